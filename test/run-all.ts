/**
 * `npm test`: the typecheck (`astro check`) and the three test layers (vitest) at the same time,
 * since neither needs the other and each leaves a core idle much of its time. The typecheck's
 * report is printed when both have ended; the exit code is non-zero when either failed.
 * Arguments go to vitest (`npm test -- test/build/foo.test.ts`).
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

function run(args: string[], quiet: boolean): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', quiet ? 'pipe' : 'inherit', quiet ? 'pipe' : 'inherit'] });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

const started = performance.now();
// Astro shares its .astro/ folder with the tests' builds: the typecheck takes its turn with them (test/helpers/astro-lock.ts).
const typecheck = run(['test/helpers/with-astro-lock.ts', 'node_modules/astro/bin/astro.mjs', 'check'], true).then((result) => ({ ...result, seconds: (performance.now() - started) / 1000 }));
const tests = await run(['node_modules/vitest/vitest.mjs', 'run', '--config', 'test/vitest.config.ts', ...process.argv.slice(2)], false);
const checked = await typecheck;
console.log(`\n── typecheck (astro check, ${checked.seconds.toFixed(0)} s, alongside the tests) ──`);
console.log(checked.code === 0 ? checked.output.trim().split('\n').slice(-4).join('\n') : checked.output);
if (checked.code !== 0) console.error('\nThe typecheck failed (above).');
process.exit(tests.code !== 0 ? tests.code : checked.code);
