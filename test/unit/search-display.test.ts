import { describe, expect, it } from 'vitest';
import { namePinyinForms } from '../../src/lib/search/name-pinyin.ts';
import {
  facetValues,
  markedWords,
  resultAliases,
  resultExcerpt,
  withoutLeadingTitle,
} from '../../src/lib/search/search-display.ts';
import { promoteExactTitles } from '../../src/lib/search/search-rank.ts';

describe('pinyin spellings of a name', () => {
  it('gives the surname apart and together, syllables, initials and tones', () => {
    expect(namePinyinForms('赵鹏达')).toEqual([
      'zhao pengda',
      'zhao peng da',
      'zhaopengda',
      'zpd',
      'zhào péngdá',
      'zhào péng dá',
      'zhàopéngdá',
    ]);
  });
  it('reads a surname as a surname, takes two characters of a four-character name, and types ü as v and u', () => {
    expect(namePinyinForms('单雄信')[0]).toBe('shan xiongxin');
    expect(namePinyinForms('欧阳明月')[0]).toBe('ouyang mingyue');
    expect(namePinyinForms('吕娜')).toEqual(
      expect.arrayContaining(['lü na', 'lv na', 'lu na', 'lvna', 'ln']),
    );
  });
  it('gives none for what is not a Chinese name of two to four characters', () => {
    expect(namePinyinForms('Zhao Pengda')).toEqual([]);
    expect(namePinyinForms('赵')).toEqual([]);
    expect(namePinyinForms('赵鹏达创新团队')).toEqual([]);
  });
});

describe('exact names first', () => {
  it('promotes a result one of whose other spellings is the query', () => {
    const results = [
      { title: '赵鹏达劳模创新工作室' },
      { title: '赵鹏达', aliases: namePinyinForms('赵鹏达') },
    ];
    expect(promoteExactTitles(results, 'Zhao Pengda')[0]!.title).toBe('赵鹏达');
    expect(promoteExactTitles(results, 'zpd')[0]!.title).toBe('赵鹏达');
    expect(promoteExactTitles(results, 'zhao')[0]!.title).toBe('赵鹏达');
    expect(promoteExactTitles(results, 'zh')).toEqual(results);
    expect(resultAliases({ aliases: 'zhao pengda · zpd' })).toEqual(['zhao pengda', 'zpd']);
  });
});

describe('facet values', () => {
  const order = ['工作室', '人员', '成果', '获奖', '文件', '新闻', '年度报告'];
  it('follow the vocabulary, not the alphabet or the counts, and leave out values without results', () => {
    expect(
      facetValues({ 新闻: 10, 工作室: 2, 年度报告: 0, 文件: 30 }, new Set(), order, 'zh'),
    ).toEqual(['工作室', '文件', '新闻']);
  });
  it('keep a chosen value at zero, so that it can be unticked', () => {
    expect(facetValues({ 新闻: 0, 工作室: 2 }, new Set(['新闻']), order, 'zh')).toEqual([
      '工作室',
      '新闻',
    ]);
  });
  it('put years newest first and unknown values last', () => {
    expect(facetValues({ 2019: 1, 2021: 3, 2020: 2 }, new Set(), 'newest-first', 'zh')).toEqual([
      '2021',
      '2020',
      '2019',
    ]);
    expect(facetValues({ 其他: 1, 文件: 1 }, new Set(), order, 'zh')).toEqual(['文件', '其他']);
  });
});

describe('the text under a result', () => {
  it('drops the title the excerpt starts with, marks and all', () => {
    expect(
      withoutLeadingTitle(
        '<mark>赵</mark><mark>鹏</mark><mark>达</mark>劳模创新工作室. 公司首个<mark>劳模</mark>工作室',
        '赵鹏达劳模创新工作室',
      ),
    ).toBe('公司首个<mark>劳模</mark>工作室');
    expect(withoutLeadingTitle('A &amp; B. Text &lt;here&gt;', 'A & B')).toBe(
      'Text &#60;here&#62;',
    );
    expect(withoutLeadingTitle('前文 赵鹏达. 正文', '赵鹏达')).toBe('前文 赵鹏达. 正文');
    expect(withoutLeadingTitle('赵鹏达.', '赵鹏达')).toBe('赵鹏达.');
  });
  it('shows the summary when browsing or when only metadata matched, the excerpt otherwise', () => {
    const result = {
      excerpt: '赵鹏达. 锦州渤海石化装备有限公司. 长期从事<mark>检修</mark>',
      meta: { title: '赵鹏达', summary: '赵鹏达 · 车间主任 <b>', aliases: 'zhao pengda · zpd' },
    };
    expect(resultExcerpt(result, '')).toBe('赵鹏达 · 车间主任 &#60;b&#62;');
    expect(resultExcerpt(result, '检修')).toBe(
      '锦州渤海石化装备有限公司. 长期从事<mark>检修</mark>',
    );
    expect(resultExcerpt({ ...result, excerpt: '赵鹏达. 锦州渤海石化装备有限公司.' }, 'zpd')).toBe(
      '赵鹏达 · 车间主任 &#60;b&#62;',
    );
    expect(resultExcerpt({ excerpt: '标题. 正文', meta: { title: '标题' } }, '')).toBe('正文');
    expect(markedWords('<mark>Zhao </mark>x<mark>&amp;</mark>')).toEqual(['zhao', '&']);
  });
});

describe('names that start with the query', () => {
  it('come after exact names and before the rest, from three characters on', () => {
    const results = [
      { title: '2021年度报告' },
      { title: '通报', aliases: ['锦工发〔2021〕32号'] },
      { title: '决定', aliases: ['锦工发〔2021〕31号'] },
      { title: '其他', aliases: ['锦工发〔2020〕35号'] },
    ];
    expect(promoteExactTitles(results, '锦工发〔2021〕').map((r) => r.title)).toEqual([
      '通报',
      '决定',
      '2021年度报告',
      '其他',
    ]);
    expect(promoteExactTitles(results, '锦工发〔2021〕31号').map((r) => r.title)[0]).toBe('决定');
    expect(promoteExactTitles(results, '锦工')).toEqual(results);
  });
});
