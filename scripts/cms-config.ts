/**
 * `npm run cms:config`: writes the web editor's configuration from the schemas
 * (src/lib/editor/cms-config.ts). `-- --check` writes nothing and fails when a committed file
 * differs from what would be written (the unit tests run the same comparison).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { cmsConfigFiles } from '../src/lib/editor/cms-config-files.ts';

const check = process.argv.includes('--check');
const stale: string[] = [];
for (const [path, text] of Object.entries(cmsConfigFiles())) {
  let committed: string | undefined;
  try {
    committed = readFileSync(path, 'utf8');
  } catch {
    committed = undefined;
  }
  if (committed === text) continue;
  if (check) stale.push(path);
  else {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    console.log(`wrote ${path}`);
  }
}
if (stale.length > 0) {
  console.error(
    `The editor's configuration is out of date with the schemas: ${stale.join(', ')}. Run npm run cms:config and commit the result.`,
  );
  process.exit(1);
}
if (check) console.log('The editor configuration matches the schemas.');
