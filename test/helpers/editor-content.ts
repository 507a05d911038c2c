/**
 * The content of the web editor's browser test (test/e2e/editor.test.ts): the sample's studio the
 * test edits and lists (赵鹏达, with its photo), the people and organisations it names, the
 * organisations the test picks in its forms (渤海石化, 锦州市总工会), and the studio's municipal and
 * provincial namings (its list row says the higher, 省级), copied from the sample (./content) when
 * the test starts, so that they stay what the sample holds. Each publish then builds about 50 pages
 * instead of the sample's 470.
 */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { parseContentFile } from '../../src/lib/content/content-files.ts';
import { ROOT } from './paths.ts';

const SAMPLE = join(ROOT, 'content');

/** The studios kept; a naming document lists only these. */
const STUDIOS = ['zhao-pengda'];

/** Sample files copied as they are, and everything they name. */
const COPIED = [
  'settings/site.yaml',
  ...STUDIOS.map((id) => `studios/${id}.yaml`),
  'studios/photos/zhao-pengda-plaque.jpg',
  'documents/attachments/jz-2021-31.pdf',
  // The studio's leader and members.
  'people/zhao-pengda.yaml',
  'people/guo-chenxi.yaml',
  'people/ma-li.yaml',
  // The studio's employer, the issuers of naming decisions and of the people's honours, their parents.
  'organisations/bohai-petrochem.yaml',
  'organisations/jinzhou-ftu.yaml',
  'organisations/liaoning-ftu.yaml',
  'organisations/acftu.yaml',
];

/** Naming documents copied with their list of named studios cut to the studios kept. */
const NAMINGS = [
  // A municipal and a provincial naming: the list row says the higher level, 省级.
  'documents/jz-2021-31.mdx',
  'documents/ln-2024-21.mdx',
];

/** A naming document of the sample, naming only the kept studios. */
function cutNaming(path: string): string {
  const { data, body, error } = parseContentFile(join(SAMPLE, path), true);
  if (error || !data) throw new Error(`${path}: ${error?.message ?? 'no front matter'}`);
  const named = (data as { named: { studio: string }[] }).named.filter((entry) =>
    STUDIOS.includes(entry.studio),
  );
  if (named.length === 0) throw new Error(`${path} names none of ${STUDIOS.join(', ')}`);
  return `---\n${stringify({ ...data, named }, { lineWidth: 0 })}---\n${body}`;
}

/** A new folder under `under` holding the editor test's content. */
export function editorContent(under: string): string {
  mkdirSync(under, { recursive: true });
  const folder = mkdtempSync(join(under, 'editor-content-'));
  const target = (path: string) => {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    return join(folder, path);
  };
  for (const path of COPIED) copyFileSync(join(SAMPLE, path), target(path));
  for (const path of NAMINGS) writeFileSync(target(path), cutNaming(path));
  return folder;
}
