import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/lib/model/model.ts';
import { programmeTotals } from '../../src/lib/figures/yearly-figures.ts';
import { formatNumber, formatQuantity } from '../../src/lib/site/format.ts';
import { studiosByTier } from '../../src/lib/model/stats.ts';
import { formatProblems, validateContent } from '../../src/lib/validation/index.ts';
import { htmlPages, page, textOf } from '../helpers/html.ts';
import { ROOT, SAMPLE_DIST } from '../helpers/paths.ts';

const { content, problems } = validateContent(join(ROOT, 'content'));
const model = buildModel(content);

describe('the sample site', () => {
  it('has sample content without a problem', () => {
    expect(formatProblems(problems)).toBe('0 problems in 0 files:');
    expect(content.studios.length).toBeGreaterThanOrEqual(12);
  });

  it('has a page for every studio, in Chinese and in English', () => {
    for (const studio of content.studios) {
      expect(existsSync(join(SAMPLE_DIST, 'studios', studio.id, 'index.html')), studio.id).toBe(
        true,
      );
      expect(existsSync(join(SAMPLE_DIST, 'en/studios', studio.id, 'index.html')), studio.id).toBe(
        true,
      );
    }
  });

  it('marks Chinese pages zh-CN and English pages en', () => {
    for (const path of htmlPages(SAMPLE_DIST)) {
      const lang = page(SAMPLE_DIST, path).querySelector('html')!.getAttribute('lang');
      expect(lang, path).toBe(path.startsWith('/en/') ? 'en' : 'zh-CN');
    }
  });

  it('shows key figures on the home page computed from the content', () => {
    const home = page(SAMPLE_DIST, '/');
    const figure = (name: string) => textOf(home.querySelector(`[data-figure="${name}"]`));
    expect(figure('documents')).toBe(String(content.documents.length));
    expect(figure('awards')).toBe(String(content.awards.length));
    expect(figure('proposals')).toBe(
      formatQuantity('zh', programmeTotals(model).proposalsSubmitted),
    );
    const { unstated, ...tiers } = studiosByTier(model);
    for (const [tier, count] of Object.entries(tiers))
      expect(figure(`tier-${tier}`), tier).toBe(formatNumber('zh', count));
    // Every naming of the sample states its level: no 级别未注明 row.
    expect(unstated).toBe(0);
    expect(figure('tier-not-stated')).toBe('');
  });

  it("shows the Zhao Pengda studio's naming of 2021-12-07 with a link to the decision", () => {
    const studio = page(SAMPLE_DIST, '/studios/zhao-pengda/');
    const rows = studio.querySelectorAll('[data-testid="designations"] tbody tr').map(textOf);
    expect(rows[0]).toContain('2021年12月7日');
    expect(rows[0]).toContain('锦工发〔2021〕31号');
    expect(
      studio.querySelector('[data-testid="designations"] a[href="/documents/jz-2021-31/"]'),
    ).not.toBeNull();
    expect(textOf(studio.querySelector('[data-figure="2021-proposalsSubmitted"]'))).toBe('22');
    expect(textOf(studio.querySelector('[data-figure="2021-proposalsImplemented"]'))).toBe('22');
    const english = page(SAMPLE_DIST, '/en/studios/zhao-pengda/');
    expect(textOf(english.querySelector('h1'))).toBe('Zhao Pengda Model Worker Innovation Studio');
    expect(textOf(english.querySelector('[data-testid="designations"]'))).toContain(
      '7 December 2021',
    );
  });

  it('lists the studios a decision names, each linked', () => {
    const decision = page(SAMPLE_DIST, '/documents/jz-2021-31/');
    expect(textOf(decision.querySelector('[data-field="number"]'))).toBe('锦工发〔2021〕31号');
    const links = decision
      .querySelectorAll('[data-testid="named"] a')
      .map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      '/studios/zhao-pengda/',
      '/studios/gao-yan/',
      '/studios/smart-port-handling/',
    ]);
  });
});
