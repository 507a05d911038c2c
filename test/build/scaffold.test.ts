/**
 * `npm run new` for every kind, as an editor would run it, into copies of the sample content: once
 * with only the answers it requires, once with every flag, and once answering its questions in a
 * real terminal. Each file passes the content check, holds no value it was not told, and the site
 * builds with them. The case table runs the command's own function (scripts/lib/new-entry.ts, all
 * of scripts/new.ts but reading the process) in this process; the real command is spawned for a
 * refusal of each kind and for the two terminal dialogues.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { newEntry } from '../../scripts/lib/new-entry.ts';
import type { Answers } from '../../src/lib/scaffold/scaffold-kinds.ts';
import { messageLocale, validateContent } from '../../src/lib/validation/index.ts';
import { copySampleContent } from '../helpers/build.ts';
import { page, textOf } from '../helpers/html.ts';
import { ROOT } from '../helpers/paths.ts';
import {
  dataOfFile,
  SCAFFOLD_CASES,
  type ScaffoldCase,
  unfaithfulValues,
} from '../helpers/scaffold-cases.ts';
import { sharedBuild } from '../helpers/shared-builds.ts';
import { runInTerminal } from '../helpers/terminal.ts';

const TODAY = '2026-11-26';
const environment = (contentDir: string) => ({
  ...process.env,
  STUDIO_CONTENT_DIR: contentDir,
  STUDIO_BUILD_DATE: TODAY,
});
const flagsOf = (answers: Answers) =>
  Object.entries(answers).flatMap(([flag, value]) => [`--${flag}`, value!]);

interface Run {
  label: string;
  testCase: ScaffoldCase;
  answers: Answers;
  status: number;
  stdout: string;
  stderr: string;
  /** The file written, from the script's "Written <file>" line (relative to the working directory). */
  file?: string;
}

/**
 * What `npm run new <kind> <args>` does without a terminal, as a script or CI would run it: the
 * command's function with the environment the spawned command would read (the content folder, the
 * publishing date TODAY, the language of this environment) and its messages kept.
 */
async function scaffold(
  contentDir: string,
  kind: string,
  args: string[],
): Promise<Omit<Run, 'label' | 'testCase' | 'answers'>> {
  let stdout = '';
  let stderr = '';
  const status = await newEntry({
    args: [kind, ...args],
    contentDir,
    publishingDate: () => TODAY,
    locale: messageLocale(),
    output: { stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text) },
  });
  return { status, stdout, stderr, file: stdout.match(/^Written (.+?)\. /m)?.[1] };
}

/** One set of answers per case, run one after another in one content folder. */
async function runAll(
  contentDir: string,
  sets: Array<{ label: string; testCase: ScaffoldCase; answers: Answers; id?: string }>,
): Promise<Run[]> {
  const runs: Run[] = [];
  for (const { label, testCase, answers, id } of sets) {
    const result = await scaffold(contentDir, testCase.kind, [
      ...flagsOf(answers),
      ...(id ? ['--id', id] : []),
    ]);
    runs.push({ label, testCase, answers, ...result });
  }
  return runs;
}

/** A file the command wrote, by the name it printed. */
const written = (file: string) => readFileSync(resolve(file), 'utf8');

let minimalDir: string;
let fullDir: string;
let runs: Run[];

beforeAll(async () => {
  minimalDir = copySampleContent('scaffold-minimal');
  fullDir = copySampleContent('scaffold-full');
  const minimal = SCAFFOLD_CASES.flatMap((testCase) =>
    // Two minimal answers of one kind would propose the same id: the second chooses its own.
    testCase.minimal.map((answers, i) => ({
      label: `${testCase.kind} ${JSON.stringify(answers)}`,
      testCase,
      answers,
      id: i > 0 ? `${testCase.kind}-alternative-${i}` : undefined,
    })),
  );
  const full = SCAFFOLD_CASES.map((testCase) => ({
    label: `${testCase.kind} with every flag ${testCase.full.lang ?? ''}`,
    testCase,
    answers: testCase.full,
  }));
  // About 30 runs, each checking its folder after writing, in this process (a spawned command took seconds each on a busy 2-core machine).
  runs = [...(await runAll(minimalDir, minimal)), ...(await runAll(fullDir, full))];
}, 600_000);

describe('npm run new, for every kind', () => {
  it('writes a file with only the required answers and with every flag', () => {
    for (const run of runs) {
      expect(run.status, `${run.label}\n${run.stdout}\n${run.stderr}`).toBe(0);
      expect(run.file, run.label).toBeDefined();
    }
    expect(runs.filter((run) => run.answers === run.testCase.full)).toHaveLength(
      SCAFFOLD_CASES.length,
    );
  });

  it('writes files that pass the content check (npm run check finds no problem)', () => {
    expect(validateContent(minimalDir).problems).toEqual([]);
    expect(validateContent(fullDir).problems).toEqual([]);
  });

  it('writes every answer it was given, and no value for an answer it was not given', () => {
    for (const run of runs) {
      const text = written(run.file!);
      // A news article without --date gets today, its own publishing date, as the script says.
      const dated = run.testCase.kind === 'news' && !run.answers.date;
      const answers = dated ? { ...run.answers, date: TODAY } : run.answers;
      expect(
        unfaithfulValues(
          run.testCase.kind,
          answers,
          run.testCase.full,
          dataOfFile(text, run.file!),
          dated ? ['date'] : [],
        ),
        `${run.label}\n${text}`,
      ).toEqual([]);
    }
  });

  it('leaves an unknown founding date, kind and leader out of a studio: commented out, not filled in', () => {
    const run = runs.find((r) => r.testCase.kind === 'studio' && r.answers !== r.testCase.full)!;
    const text = written(run.file!);
    expect(dataOfFile(text, run.file!)).toEqual({ title: '量子导航创新工作室' });
    expect(text).toMatch(/^# founded: "YYYY-MM" {3}\(未注明 not stated\)$/m);
    expect(text).not.toMatch(/^members:/m);
    expect(text).not.toContain(TODAY.slice(0, 7));
  });

  it("proposes today only as a news article's own publishing date, and says so", () => {
    const run = runs.find((r) => r.testCase.kind === 'news' && !r.answers.date)!;
    expect(run.stdout).toContain(`--date not given: ${TODAY} (today, the publishing date)`);
    expect(written(run.file!)).toContain(`date: "${TODAY}"`);
  });

  it('keeps a partial or "before" date as given', () => {
    const studio = written(
      runs.find((r) => r.testCase.kind === 'studio' && r.answers === r.testCase.full)!.file!,
    );
    expect(studio).toContain('founded: { before: "2015-06" }');
    const commendation = written(
      runs.find((r) => r.testCase.kind === 'commendation' && r.answers !== r.testCase.full)!.file!,
    );
    expect(commendation).toContain('date: "2026"');
    expect(commendation).not.toMatch(/^number:/m);
  });

  it('never overwrites an entry', () => {
    const run = runs.find((r) => r.testCase.kind === 'person' && r.answers === r.testCase.full)!;
    const before = written(run.file!);
    const again = spawnSync(
      process.execPath,
      ['scripts/new.ts', 'person', '--name', '李建华', '--job-title', '另一个'],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: environment(fullDir),
      },
    );
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('exists already; nothing written');
    expect(written(run.file!)).toBe(before);
  });

  it('lists what is missing or wrong and writes nothing', () => {
    const result = spawnSync(
      process.execPath,
      [
        'scripts/new.ts',
        'award',
        '--competition',
        '锦州市职工职业技能大赛',
        '--rank',
        'gold',
        '--year',
        '26',
        '--achievement',
        '焊工项目',
      ],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: environment(fullDir),
      },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      '--competition "锦州市职工职业技能大赛" is not an entry of content/competitions',
    );
    expect(result.stderr).toContain('--year "26" is not a year');
    // No winner is no problem: an announcement may name none (the award shows 未注明).
    expect(result.stderr).not.toContain('--team is required');
    expect(result.stdout).not.toContain('Written');
  });
});

describe('npm run new in a terminal', () => {
  it('asks for a studio, accepts a studio without leader and without founding date, re-asks a wrong date, and writes a file that passes the check', async () => {
    const contentDir = copySampleContent('scaffold-terminal');
    const blank = (prompt: string) => ({ prompt, answer: '' });
    // The questions are the schema's labels (src/schemas/studio.ts), in the terminal's language.
    const run = await runInTerminal([process.execPath, 'scripts/new.ts', 'studio'], {
      cwd: ROOT,
      env: { ...environment(contentDir), STUDIO_LANG: 'en' },
      dialogue: [
        { prompt: 'Studio title: ', answer: '智能巡检创新工作室' },
        blank('Studio title (English)'),
        blank('Studio kind [model-worker Model worker'),
        blank('Leader (id)'),
        blank('Host employer (id)'),
        blank('Industry [petrochemical'),
        blank('Industry in words'),
        { prompt: 'Region (Enter', answer: '辽宁省锦州市凌河区' },
        { prompt: 'Founded (Enter', answer: '2019-13' },
        { prompt: 'is not a date at the precision the source gives', answer: '' },
        blank('Focus areas (separated by commas)'),
        blank('Headcount (a number'),
        blank('Site area (a number'),
        blank('Status [active'),
        blank('Summary (Enter'),
        blank('Featured [true / false]'),
        blank('id [zhi-neng-xun-jian]'),
      ],
    });
    expect(run.unanswered, run.transcript).toEqual([]);
    expect(run.status, run.transcript).toBe(0);
    expect(run.transcript).toContain('(Enter: 未注明 not stated, left out)');
    // Each question's hint and example from the schema's metadata, above it.
    expect(run.transcript).toContain(
      'The full title exactly as the naming document prints it; the only required field. e.g. 赵鹏达劳模创新工作室',
    );
    expect(run.transcript).not.toContain('Merged into');
    const text = readFileSync(join(contentDir, 'studios/zhi-neng-xun-jian.yaml'), 'utf8');
    expect(dataOfFile(text, 'studio.yaml')).toEqual({
      title: '智能巡检创新工作室',
      region: '辽宁省锦州市凌河区',
    });
    expect(validateContent(contentDir).problems).toEqual([]);
    // What `npm run check` prints for the folder with the new file.
    const check = spawnSync(process.execPath, ['scripts/check-content.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: environment(contentDir),
    });
    expect(check.status, check.stdout + check.stderr).toBe(0);
  });

  it('asks for a news date proposing today, saying so, and keeps today when Enter is pressed (in Chinese)', async () => {
    const contentDir = copySampleContent('scaffold-terminal-news');
    const run = await runInTerminal(
      [
        process.execPath,
        'scripts/new.ts',
        'news',
        '--title',
        '工作室开放日',
        '--summary',
        '开放日活动。',
        '--studios',
        'chen-lei',
      ],
      {
        cwd: ROOT,
        env: { ...environment(contentDir), STUDIO_LANG: 'zh' },
        dialogue: [
          { prompt: '语言 [zh / en] (Enter: zh, Chinese)', answer: '' },
          { prompt: `发布日期 (Enter: ${TODAY}, today, the publishing date)`, answer: '' },
          { prompt: '相关人物（标识', answer: '' },
          { prompt: '专题（标识', answer: '' },
          { prompt: '网址名', answer: 'open-day' },
          { prompt: 'id [open-day]', answer: '' },
        ],
      },
    );
    expect(run.unanswered, run.transcript).toEqual([]);
    expect(run.transcript).toContain('完整日期，如 2023-05-18；写未来的日期时到那一天才发布。');
    expect(run.status, run.transcript).toBe(0);
    const text = readFileSync(join(contentDir, 'news/zh/open-day.md'), 'utf8');
    expect(dataOfFile(text, 'open-day.md')).toEqual({
      title: '工作室开放日',
      date: TODAY,
      summary: '开放日活动。',
      studios: ['chen-lei'],
      draft: false,
    });
  });
});

describe('a site built with every kind npm run new wrote', () => {
  it('shows the new decision, designation and pairing on the studio pages, and the translated article', async () => {
    // The real build command; a later run whose folder and code are the same reads the build it made (test/helpers/shared-builds.ts).
    const outDir = await sharedBuild('scaffold', fullDir);
    expect(
      textOf(page(outDir, '/studios/zhao-pengda/').querySelector('[data-testid="designations"]')),
    ).toContain('锦工发〔2026〕8号');
    expect(
      textOf(page(outDir, '/studios/chen-lei/').querySelector('[data-testid="pairings"]')),
    ).toContain('焊接与检修');
    expect(
      textOf(page(outDir, '/studios/ma-li/').querySelector('[data-testid="designations"]')),
    ).toContain('全国能源化学地质系统劳模创新工作室');
    expect(textOf(page(outDir, '/en/news/2022-ma-li-studio/').querySelector('h1'))).toBe(
      'Ma Li studio opens',
    );
  });
});
