/**
 * The browser of the tests and scripts, driven by playwright-core and started so that it dials no
 * outside host. By default it comes from the npm registry (@sparticuz/chromium, a Chromium packed
 * with the libraries a bare Linux lacks), so that `npm ci && npm test` needs no system browser and
 * no system font; CHROMIUM_PATH picks another Chromium instead (Debian's /usr/bin/chromium, say).
 * Playwright gives every launch a fresh, empty profile.
 */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Sparticuz, { inflate } from '@sparticuz/chromium';
import lockfile from 'proper-lockfile';
import { chromium, type Browser } from 'playwright-core';
import { readVariable } from '../../src/lib/site/environment.ts';

/** Flags of every launch: no first-run work, no background connections, no GPU. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--font-render-hinting=none',
];

export interface BrowserSetup {
  executablePath: string;
  /** Variables the browser process needs (the packed libraries and fonts). */
  env: Record<string, string>;
}

const require = createRequire(import.meta.url);

/** The Chinese font the charts draw with, given to the browser too, so that pages and PDFs render Chinese anywhere. */
function installFonts(fontDir: string): void {
  mkdirSync(fontDir, { recursive: true });
  for (const weight of ['400Regular', '700Bold']) {
    const source = require.resolve(
      `@expo-google-fonts/noto-sans-sc/${weight}/NotoSansSC_${weight}.ttf`,
    );
    const target = join(fontDir, `NotoSansSC_${weight}.ttf`);
    if (!existsSync(target)) copyFileSync(source, target);
  }
}

let setup: Promise<BrowserSetup> | undefined;

async function unpack(): Promise<BrowserSetup> {
  const given = readVariable('CHROMIUM_PATH');
  if (given) return { executablePath: given, env: {} };
  // Test files run in parallel processes: one unpacks at a time, the others find it done.
  const lockTarget = join(tmpdir(), 'studio-showcase-chromium');
  writeFileSync(lockTarget, '', { flag: 'a' });
  const release = await lockfile.lock(lockTarget, {
    retries: { retries: 120, minTimeout: 250, maxTimeout: 1000 },
    stale: 120_000,
  });
  try {
    const executablePath = await Sparticuz.executablePath();
    // Outside Amazon Linux the package does not unpack the NSS libraries a bare Debian lacks: unpack them here.
    const bin = join(dirname(require.resolve('@sparticuz/chromium')), '..', 'bin');
    const libraries = join(await inflate(join(bin, 'al2023.tar.br')), 'lib');
    const fontDir = join(tmpdir(), 'fonts');
    installFonts(fontDir);
    return { executablePath, env: { LD_LIBRARY_PATH: libraries, FONTCONFIG_PATH: fontDir } };
  } finally {
    await release();
  }
}

/** Where the browser is and what it needs, unpacked once per process. */
export function browserSetup(): Promise<BrowserSetup> {
  setup ??= unpack();
  return setup;
}

export async function launchBrowser(): Promise<Browser> {
  const { executablePath, env } = await browserSetup();
  return chromium.launch({
    executablePath,
    args: CHROMIUM_FLAGS,
    env: { ...process.env, ...env } as Record<string, string>,
  });
}
