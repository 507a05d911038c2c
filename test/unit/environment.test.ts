/**
 * The environment module (src/lib/site/environment.ts): each variable's typed value and default, one message
 * style for a bad value, no other reader of these variables in src/ or scripts/, and the README's table of them.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildDateError } from '../../src/lib/site/build-date.ts';
import {
  EnvironmentError,
  VARIABLES,
  environmentLocale,
  environmentProblems,
  readVariable,
  type VariableName,
} from '../../src/lib/site/environment.ts';

const refusal = (name: VariableName, value: string) => {
  try {
    readVariable(name, { [name]: value });
  } catch (error) {
    return error;
  }
  throw new Error(`${name}=${value} was accepted`);
};

describe('the environment module', () => {
  it('reads paths, with their defaults when unset or empty', () => {
    expect(readVariable('STUDIO_CONTENT_DIR', {})).toBe('content');
    expect(readVariable('STUDIO_CONTENT_DIR', { STUDIO_CONTENT_DIR: '' })).toBe('content');
    expect(readVariable('STUDIO_CONTENT_DIR', { STUDIO_CONTENT_DIR: 'test/fixtures/x' })).toBe(
      'test/fixtures/x',
    );
    expect(readVariable('STUDIO_OUT_DIR', {})).toBe('dist');
    expect(readVariable('STUDIO_OUT_DIR', { STUDIO_OUT_DIR: '/srv/site' })).toBe('/srv/site');
    expect(readVariable('STUDIO_CHART_CACHE', {})).toBe(
      join('node_modules', '.cache', 'studio-showcase', 'charts'),
    );
    expect(readVariable('STUDIO_CARD_CACHE', {})).toBe(
      join('node_modules', '.cache', 'studio-showcase', 'share-cards'),
    );
    expect(readVariable('STUDIO_CARD_CACHE', { STUDIO_CARD_CACHE: '/tmp/cards' })).toBe(
      '/tmp/cards',
    );
    for (const name of [
      'STUDIO_SEARCH_CACHE',
      'STUDIO_TIMINGS',
      'STUDIO_BUILD_MANIFEST',
      'STUDIO_VALIDATED',
    ] as const) {
      expect(readVariable(name, {}), name).toBeUndefined();
      expect(readVariable(name, { [name]: '' }), name).toBeUndefined();
      expect(readVariable(name, { [name]: '/tmp/x' }), name).toBe('/tmp/x');
    }
  });

  it('reads the lock wait as seconds, 900 by default, and refuses what is not a number of seconds', () => {
    expect(readVariable('STUDIO_LOCK_WAIT', {})).toBe(900);
    expect(readVariable('STUDIO_LOCK_WAIT', { STUDIO_LOCK_WAIT: '0' })).toBe(0);
    expect(readVariable('STUDIO_LOCK_WAIT', { STUDIO_LOCK_WAIT: '2.5' })).toBe(2.5);
    for (const bad of ['-1', 'soon', 'Infinity']) {
      const error = refusal('STUDIO_LOCK_WAIT', bad);
      expect(error).toBeInstanceOf(EnvironmentError);
      expect((error as EnvironmentError).message).toBe(
        `STUDIO_LOCK_WAIT is ${JSON.stringify(bad)}; expected a number of seconds (0 or more).`,
      );
      expect((error as EnvironmentError).variable).toBe('STUDIO_LOCK_WAIT');
    }
  });

  it('reads the publishing date as the day it names, and refuses a date that does not exist in both languages', () => {
    expect(readVariable('STUDIO_BUILD_DATE', {})).toBeUndefined();
    expect(readVariable('STUDIO_BUILD_DATE', { STUDIO_BUILD_DATE: '2024-02-29' })).toBe(
      '2024-02-29',
    );
    expect(readVariable('STUDIO_BUILD_DATE', { STUDIO_BUILD_DATE: '2026-11-27T23:30:00Z' })).toBe(
      '2026-11-28',
    );
    const error = refusal('STUDIO_BUILD_DATE', '2026-02-30') as Error;
    expect(error).toBeInstanceOf(BuildDateError);
    expect(error.message).toContain(
      'STUDIO_BUILD_DATE is "2026-02-30"; expected a real date written YYYY-MM-DD',
    );
    expect(error.message).toContain('应为真实存在的日期');
  });

  it('reads SITE_URL as the root of its address, and refuses with the rule it breaks', () => {
    expect(readVariable('SITE_URL', {})).toBeUndefined();
    expect(readVariable('SITE_URL', { SITE_URL: '  ' })).toBeUndefined();
    expect(readVariable('SITE_URL', { SITE_URL: ' https://studios.example.org ' })?.href).toBe(
      'https://studios.example.org/',
    );
    const messages: Record<string, string> = {
      'studios.example.org':
        'SITE_URL is "studios.example.org"; expected an absolute address such as https://studios.example.org/.',
      'ftp://studios.example.org':
        'SITE_URL is "ftp://studios.example.org"; expected an http or https address such as https://studios.example.org/.',
      'https://me:pw@studios.example.org/': 'SITE_URL holds a user name or password',
      'https://studios.example.org/?a=1':
        "SITE_URL has a query (?…); expected the address of the site's root alone",
      'https://studios.example.org/#top':
        "SITE_URL has a fragment (#…); expected the address of the site's root alone",
      'https://studios.example.org/sub/': 'SITE_URL has a path (/sub/)',
    };
    for (const [value, message] of Object.entries(messages)) {
      const error = refusal('SITE_URL', value) as EnvironmentError;
      expect(error, value).toBeInstanceOf(EnvironmentError);
      expect(error.message, value).toContain(message);
    }
  });

  it('reads the log level, the language of messages and a Chromium that exists', () => {
    expect(readVariable('STUDIO_LOG_LEVEL', {})).toBe('info');
    expect(readVariable('STUDIO_LOG_LEVEL', { STUDIO_LOG_LEVEL: 'debug' })).toBe('debug');
    expect(readVariable('STUDIO_LOG_LEVEL', { STUDIO_LOG_LEVEL: 'verbose' })).toBe('info');
    expect(environmentLocale({ STUDIO_LANG: 'zh', LANG: 'C.UTF-8' })).toBe('zh');
    expect(environmentLocale({ STUDIO_LANG: 'en', LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(environmentLocale({ LC_ALL: 'zh_CN.UTF-8' })).toBe('zh');
    expect(environmentLocale({})).toBe('en');
    const chromium = join(mkdtempSync(join(tmpdir(), 'env-chromium-')), 'chrome');
    writeFileSync(chromium, '');
    expect(readVariable('CHROMIUM_PATH', { CHROMIUM_PATH: chromium })).toBe(chromium);
    expect((refusal('CHROMIUM_PATH', `${chromium}-gone`) as Error).message).toBe(
      `CHROMIUM_PATH is ${JSON.stringify(`${chromium}-gone`)}; expected the path of a Chromium executable; no file is there.`,
    );
  });

  it('gives every bad value at once, each message naming its variable and the value', () => {
    const problems = environmentProblems(
      ['STUDIO_BUILD_DATE', 'SITE_URL', 'STUDIO_LOCK_WAIT', 'STUDIO_OUT_DIR'],
      {
        STUDIO_BUILD_DATE: 'tomorrow',
        SITE_URL: 'ftp://x.example',
        STUDIO_LOCK_WAIT: '-5',
      },
    );
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^STUDIO_BUILD_DATE is "tomorrow"; expected /);
    expect(problems[1]).toMatch(/^SITE_URL is "ftp:\/\/x.example"; expected /);
    expect(problems[2]).toMatch(/^STUDIO_LOCK_WAIT is "-5"; expected /);
    expect(environmentProblems(['STUDIO_BUILD_DATE', 'SITE_URL', 'STUDIO_LOCK_WAIT'], {})).toEqual(
      [],
    );
  });
});

/** Every source file of the site and its scripts, with Astro's config. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|mjs|astro)$/.test(name) ? [path] : [];
  });
}

const names = `(?:${Object.keys(VARIABLES).join('|')}|STUDIO_\\w+)\\b`;
/** A read: process.env.NAME or process.env['NAME'] not being assigned, or a function defaulting to process.env. */
const read = new RegExp(
  `process\\.env(?:\\.${names}|\\[\\s*['"\`]${names}['"\`]\\s*\\])(?!\\s*(?:\\?\\?|\\|\\||&&)?=(?!=))|=\\s*process\\.env\\s*[),;]`,
);

describe('the one reader of the environment', () => {
  it('is the environment module: no other file in src/ or scripts/ reads these variables from process.env', () => {
    const readers = [...sourceFiles('src'), ...sourceFiles('scripts'), 'astro.config.mjs']
      .filter((file) => file !== join('src', 'lib', 'site', 'environment.ts'))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .flatMap((line, index) =>
            read.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [],
          ),
      );
    expect(readers).toEqual([]);
  });

  it('finds a read when there is one (the check itself works)', () => {
    expect(read.test("const out = process.env.STUDIO_OUT_DIR || 'dist';")).toBe(true);
    expect(read.test('if (process.env.SITE_URL === x)')).toBe(true);
    expect(read.test('function f(env = process.env) {')).toBe(true);
    expect(read.test("const wait = Number(process.env['STUDIO_LOCK_WAIT'] ?? 900);")).toBe(true);
    expect(read.test('process.env.STUDIO_BUILD_DATE = buildDate;')).toBe(false);
    expect(read.test("process.env.STUDIO_LOCK_WAIT ??= '3600';")).toBe(false);
    expect(read.test('const env = { ...process.env, STUDIO_OUT_DIR: out };')).toBe(false);
  });
});

describe("the README's table of variables", () => {
  it('lists every variable a user sets, and none the module does not declare', () => {
    const readme = readFileSync('README.md', 'utf8');
    const rows = readme.split('\n').filter((line) => /^\| `[A-Z_]+`/.test(line));
    const listed = new Set(
      rows.flatMap((row) =>
        [...row.split('|')[1]!.matchAll(/`((?:STUDIO_|SITE_URL|CHROMIUM_PATH)[A-Z_]*)`/g)].map(
          (match) => match[1]!,
        ),
      ),
    );
    const declared = Object.entries(VARIABLES)
      .filter(([, variable]) => !('internal' in variable))
      .map(([name]) => name);
    expect([...listed].sort()).toEqual(declared.sort());
  });
});
