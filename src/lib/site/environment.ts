/**
 * Every environment variable the code reads, declared once: what it means, what it must be, its default (or none),
 * and its parsed, typed value. No other file in src/ or scripts/ reads process.env for these (test/unit/environment.test.ts).
 * The README's table of variables lists the same names. Values are read when asked for, never cached: the build sets
 * some of them (absolute paths, the fixed publishing date) for the processes it starts.
 *
 * A bad value stops with one message style: `NAME is "value"; expected …` (SITE_URL's and STUDIO_BUILD_DATE's checks
 * say more in the same style: src/lib/site/site-url-rules.ts, src/lib/site/build-date.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parseBuildDate } from './build-date.ts';
import { siteUrlProblem } from './site-url-rules.ts';

/** The environment a value is read from: process.env unless a caller (a test) gives its own. */
export type Environment = Readonly<Record<string, string | undefined>>;

/** A bad value of an environment variable: the message names the variable, the value given and what is expected. */
export class EnvironmentError extends Error {
  readonly variable: string;
  constructor(variable: string, message: string) {
    super(message);
    this.name = 'EnvironmentError';
    this.variable = variable;
  }
}

/** The one message style for a bad value. */
export const badValue = (name: string, value: string, expected: string): string =>
  `${name} is ${JSON.stringify(value)}; expected ${expected}.`;

const CACHE = join('node_modules', '.cache', 'studio-showcase');
/** A value left empty counts as not set, as a shell's `NAME=` means. */
const given = z
  .string()
  .optional()
  .transform((value) => value || undefined);
const pathOr = (fallback: string) => given.transform((value) => value ?? fallback);

interface Variable<T> {
  /** What it means, for the reader of this file (the README's table says it to users). */
  meaning: string;
  /** Its default, or 'none'. */
  fallback: string;
  /** Only the build or the tests set it, for processes they start (listed in CONTRIBUTING, not the README). */
  internal?: true;
  schema: z.ZodType<T, string | undefined>;
}

const variable = <T>(declared: Variable<T>): Variable<T> => declared;

export const VARIABLES = {
  STUDIO_CONTENT_DIR: variable({
    meaning: 'the content folder',
    fallback: 'content',
    schema: pathOr('content'),
  }),
  STUDIO_OUT_DIR: variable({
    meaning: 'the output folder, a link to the live build',
    fallback: 'dist',
    schema: pathOr('dist'),
  }),
  STUDIO_BUILD_DATE: variable({
    meaning:
      'the publishing date (YYYY-MM-DD or an ISO date-time, the day in China); a bad value throws BuildDateError',
    fallback: 'none (today in China)',
    schema: given.transform((value) => (value === undefined ? undefined : parseBuildDate(value))),
  }),
  STUDIO_LOCK_WAIT: variable({
    meaning:
      'seconds a build waits for another build on the same output, and for another build’s Astro process',
    fallback: '900',
    // Number() as before: a value given empty is 0 (refuse at once), unlike the paths.
    schema: z
      .string()
      .optional()
      .transform((value, context) => {
        const seconds = Number(value ?? 900);
        if (Number.isFinite(seconds) && seconds >= 0) return seconds;
        context.addIssue({
          code: 'custom',
          message: badValue('STUDIO_LOCK_WAIT', value!, 'a number of seconds (0 or more)'),
        });
        return z.NEVER;
      }),
  }),
  SITE_URL: variable({
    meaning:
      'the public address of the site’s root; without it nothing that must be absolute is written',
    fallback: 'none',
    schema: z
      .string()
      .optional()
      .transform((raw, context) => {
        const value = raw?.trim();
        if (!value) return undefined;
        const problem = siteUrlProblem(value);
        if (problem) {
          context.addIssue({ code: 'custom', message: problem });
          return z.NEVER;
        }
        // The root of the parsed address, not the text with "/" added: "https://host\\" is the root, never "https://host//".
        return new URL('/', value);
      }),
  }),
  STUDIO_CHART_CACHE: variable({
    meaning: 'chart drawings kept between builds',
    fallback: `${CACHE}/charts`,
    schema: pathOr(join(CACHE, 'charts')),
  }),
  STUDIO_CARD_CACHE: variable({
    meaning: 'share cards kept between builds',
    fallback: `${CACHE}/share-cards`,
    schema: pathOr(join(CACHE, 'share-cards')),
  }),
  STUDIO_SEARCH_CACHE: variable({
    meaning: 'search bundles kept between builds',
    fallback: `none (${CACHE}/search/<content key>)`,
    schema: given,
  }),
  STUDIO_LOG_LEVEL: variable({
    meaning: 'Astro’s log level: debug, else info',
    fallback: 'info',
    schema: z
      .string()
      .optional()
      .transform((value): 'debug' | 'info' => (value === 'debug' ? 'debug' : 'info')),
  }),
  STUDIO_LANG: variable({
    meaning:
      'the language of messages: zh… is Chinese, anything else English (else LC_ALL, LC_MESSAGES, LANG)',
    fallback: 'the system locale',
    // Not `given`: a value set empty is English, as before, rather than the system locale.
    schema: z.string().optional(),
  }),
  CHROMIUM_PATH: variable({
    meaning: 'a Chromium to use instead of the npm-packaged one',
    fallback: 'none',
    schema: given.superRefine((value, context) => {
      if (value !== undefined && !existsSync(value))
        context.addIssue({
          code: 'custom',
          message: badValue(
            'CHROMIUM_PATH',
            value,
            'the path of a Chromium executable; no file is there',
          ),
        });
    }),
  }),
  STUDIO_TIMINGS: variable({
    meaning: 'a file for the phase times the benchmark reads',
    fallback: 'none',
    internal: true,
    schema: given,
  }),
  STUDIO_BUILD_MANIFEST: variable({
    meaning: 'the build facts file the build hands to Astro’s process',
    fallback: 'none',
    internal: true,
    schema: given,
  }),
  STUDIO_VALIDATED: variable({
    meaning: 'the content folder the build has validated already',
    fallback: 'none',
    internal: true,
    schema: given,
  }),
};

export type VariableName = keyof typeof VARIABLES;
type ValueOf<N extends VariableName> = (typeof VARIABLES)[N] extends Variable<infer T> ? T : never;

/** The typed value of one variable; a bad value throws an EnvironmentError (a bad STUDIO_BUILD_DATE, a BuildDateError). */
export function readVariable<N extends VariableName>(
  name: N,
  env: Environment = process.env,
): ValueOf<N> {
  const parsed = (VARIABLES[name].schema as z.ZodType<ValueOf<N>, string | undefined>).safeParse(
    env[name],
  );
  if (parsed.success) return parsed.data;
  throw new EnvironmentError(name, parsed.error.issues.map((issue) => issue.message).join('\n'));
}

/** The problems of several variables at once (a BuildDateError's message among them), for a command to print before it starts. */
export function environmentProblems(
  names: VariableName[],
  env: Environment = process.env,
): string[] {
  return names.flatMap((name) => {
    try {
      readVariable(name, env);
      return [];
    } catch (error) {
      if (
        error instanceof Error &&
        (error instanceof EnvironmentError || error.name === 'BuildDateError')
      )
        return [error.message];
      throw error;
    }
  });
}

/** The language of messages: STUDIO_LANG, else the system locale (zh_CN → Chinese). */
export function environmentLocale(env: Environment = process.env): 'zh' | 'en' {
  const wanted =
    readVariable('STUDIO_LANG', env) ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? '';
  return /^zh/i.test(wanted) ? 'zh' : 'en';
}
