/**
 * `npm run new` for every kind, as an editor would run it, into a copy of the sample content:
 * each file passes the content check, and the site builds with them.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validate.ts';
import { copySampleContent, runBuild } from '../helpers/build.ts';
import { page, textOf } from '../helpers/html.ts';
import { ROOT, TMP } from '../helpers/paths.ts';

let contentDir: string;
const outDir = join(TMP, 'scaffold-dist');
const scaffold = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/new.ts', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, STUDIO_CONTENT_DIR: contentDir, STUDIO_BUILD_DATE: '2026-11-26' } });

const RUNS: Array<[string, string[], string]> = [
  ['organisation', ['--name', '锦州滨海新区总工会', '--short-name', '滨海新区总工会', '--kind', 'union-federation', '--level', 'district', '--region', '辽宁省锦州市滨海新区', '--id', 'binhai-ftu'], 'organisations/binhai-ftu.yaml'],
  ['person', ['--name', '李建华', '--name-en', 'Li Jianhua', '--job-title', '焊工班长', '--employer', 'bohai-petrochem'], 'people/li-jianhua.yaml'],
  ['studio', ['--title', '李建华职工创新工作室', '--kind', 'employee', '--leader', 'li-jianhua', '--employer', 'bohai-petrochem', '--industry', 'petrochemical', '--region', '辽宁省锦州市', '--founded', '2026-03', '--focus', '焊接工艺,管道检修', '--summary', '专注焊接工艺改进。'], 'studios/li-jianhua.yaml'],
  ['decision', ['--number', '锦工发〔2026〕8号', '--issuer', 'jinzhou-ftu', '--date', '2026-11-20', '--title', '关于命名2026年度锦州市职工创新工作室的决定', '--summary', '命名2026年度市级工作室。', '--studios', 'li-jianhua', '--level', 'municipal', '--designation', '锦州市职工创新工作室', '--funding', '3'], 'documents/jgf-2026-8.mdx'],
  ['assessment', ['--number', '锦工发〔2026〕9号', '--issuer', 'jinzhou-ftu', '--date', '2026-11-21', '--title', '关于2025—2026年度考核结果的通报', '--summary', '通报考核结果。', '--cycle', '2025—2026', '--results', 'zhao-pengda:excellent:95,chen-lei:good'], 'documents/jgf-2026-9.mdx'],
  ['pairing', ['--number', '锦工发〔2026〕10号', '--issuer', 'jinzhou-ftu', '--date', '2026-11-22', '--title', '关于结对共建的通知', '--summary', '组织结对共建。', '--studios', 'li-jianhua,zhao-pengda', '--topic', '焊接与检修'], 'documents/jgf-2026-10.mdx'],
  ['award', ['--competition', '锦州市职工职业技能大赛', '--organiser', 'jinzhou-ftu', '--family', 'skills-contest', '--level', 'municipal', '--rank', 'place', '--place', '3', '--year', '2026', '--achievement', '焊工项目', '--person', 'li-jianhua', '--studio', 'li-jianhua'], 'awards/2026-han-gong-xiang-mu.yaml'],
  ['news', ['--title', '李建华职工创新工作室获命名', '--summary', '市总工会命名新一批工作室。', '--studios', 'li-jianhua', '--tags', 'naming', '--slug', 'li-jianhua-named'], 'news/zh/li-jianhua-named.md'],
  ['news', ['--lang', 'en', '--slug', 'li-jianhua-named', '--title', 'Li Jianhua studio named', '--summary', 'The Federation named new studios.'], 'news/en/li-jianhua-named.md'],
  ['report', ['--year', '2026', '--title', '2026年度工作报告', '--summary', '本年工作综述。'], 'reports/zh/2026.mdx'],
];

beforeAll(() => {
  contentDir = copySampleContent('scaffold');
  for (const [kind, args, file] of RUNS) {
    const result = scaffold(kind, ...args);
    expect(result.status, `${kind}: ${result.stderr}`).toBe(0);
    expect(result.stdout).toContain(file);
  }
});

describe('npm run new', () => {
  it('writes files that pass the content check, with a comment on the fields', () => {
    expect(validateContent(contentDir).problems).toEqual([]);
    const studio = readFileSync(join(contentDir, 'studios/li-jianhua.yaml'), 'utf8');
    expect(studio).toMatch(/^# Official title, kept verbatim\.$/m);
    expect(readFileSync(join(contentDir, 'news/zh/li-jianhua-named.md'), 'utf8')).toContain("date: '2026-11-26'");
  });

  it('never overwrites an entry', () => {
    const before = readFileSync(join(contentDir, 'people/li-jianhua.yaml'), 'utf8');
    const again = scaffold('person', '--name', '李建华', '--job-title', '另一个', '--employer', 'bohai-petrochem');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('exists already; nothing written');
    expect(readFileSync(join(contentDir, 'people/li-jianhua.yaml'), 'utf8')).toBe(before);
  });

  it('lists what is missing or wrong and writes nothing', () => {
    const result = scaffold('studio', '--title', '王五创新工作室', '--kind', 'robot', '--employer', 'nowhere');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--kind "robot" must be one of');
    expect(result.stderr).toContain('--employer "nowhere" is not an entry of content/organisations');
    expect(result.stderr).toContain('--summary is required');
  });

  it('builds a site in which the new studio holds the title the new decision grants', () => {
    const result = runBuild(contentDir, outDir);
    expect(result.status, result.output).toBe(0);
    const studio = page(outDir, '/studios/li-jianhua/');
    expect(textOf(studio.querySelector('[data-testid="designations"]'))).toContain('锦工发〔2026〕8号');
    expect(textOf(studio.querySelector('[data-testid="pairings"]'))).toContain('焊接与检修');
    expect(textOf(page(outDir, '/en/news/li-jianhua-named/').querySelector('h1'))).toBe('Li Jianhua studio named');
  });
});
