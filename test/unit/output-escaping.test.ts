import { describe, expect, it } from 'vitest';
import { cssString } from '../../src/lib/site/css-string.ts';
import { toCsv } from '../../src/lib/site/csv.ts';
import { jsonForScript } from '../../src/lib/site/json-ld.ts';
import { xmlText } from '../../src/lib/site/xml-text.ts';

describe('JSON-LD for an inline script', () => {
  const hostile =
    '</script><meta http-equiv="refresh" content="0;url=https://evil.example"><!-- & \u2028\u2029';

  it('leaves no markup, no ampersand and no line separators in the output', () => {
    const json = jsonForScript({ name: hostile });
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain('\\u003c/script\\u003e');
    expect(json).toContain('\\u0026');
    expect(json).toContain('\\u2028\\u2029');
  });

  it('parses back to the same value', () => {
    const value = {
      '@type': 'Person',
      name: hostile,
      nested: [{ title: 'a < b && c > d' }],
      n: -1.5,
      ok: true,
      none: null,
    };
    expect(JSON.parse(jsonForScript(value))).toEqual(value);
  });

  it('leaves ordinary text as JSON.stringify writes it', () => {
    const value = { name: '赵鹏达劳模创新工作室', url: 'https://studios.example.org/en/' };
    expect(jsonForScript(value)).toBe(JSON.stringify(value));
  });
});

describe('the CSV writer', () => {
  const BOM = '\uFEFF';

  it('writes a header and rows with CRLF line ends after a byte-order mark', () => {
    expect(
      toCsv(
        ['id', 'count'],
        [
          ['a', 1],
          ['b', null],
        ],
      ),
    ).toBe(`${BOM}id,count\r\na,1\r\nb,\r\n`);
  });

  it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    expect(toCsv(['x'], [['a,b'], ['say "hi"'], ['two\nlines'], ['cr\ronly']])).toBe(
      `${BOM}x\r\n"a,b"\r\n"say ""hi"""\r\n"two\nlines"\r\n"cr\ronly"\r\n`,
    );
  });

  it('neutralises text cells a spreadsheet would run as a formula', () => {
    const csv = toCsv(
      ['title'],
      [
        ['=HYPERLINK("http://x","y")'],
        ['+1+2'],
        ['-2+3'],
        ['@SUM(A1)'],
        ['\t=1'],
        ['\r=1'],
        ['＝1+1'],
      ],
    );
    expect(csv.slice(1).split('\r\n')).toEqual([
      'title',
      `"'=HYPERLINK(""http://x"",""y"")"`,
      "'+1+2",
      "'-2+3",
      "'@SUM(A1)",
      "'\t=1",
      `"'\r=1"`,
      "'＝1+1",
      '',
    ]);
  });

  it('neutralises the header too (chart series are named by editors)', () => {
    expect(toCsv(['', '=cmd|calc'], []).slice(1)).toBe(",'=cmd|calc\r\n");
  });

  it('keeps numbers as numbers, negative ones too, and booleans as words', () => {
    expect(
      toCsv(
        ['a', 'b', 'c', 'd'],
        [
          [-12, 3.5, 0, true],
          [-0.25, 1e21, false, 'text - not first'],
        ],
      ).slice(1),
    ).toBe('a,b,c,d\r\n-12,3.5,0,true\r\n-0.25,1e+21,false,text - not first\r\n');
  });

  it('leaves text that only contains a formula character later on alone', () => {
    expect(toCsv(['x'], [['2021-12'], ['a=b'], ['锦工发〔2021〕31号']]).slice(1)).toBe(
      'x\r\n2021-12\r\na=b\r\n锦工发〔2021〕31号\r\n',
    );
  });
});

describe('text for XML', () => {
  it('drops the characters XML 1.0 forbids and keeps everything else', () => {
    expect(xmlText('a\u0000b\u0007c\u000Bd\u000Ce\u001Ff\uFFFEg\uFFFF')).toBe('abcdefg');
    expect(xmlText('tab\tline\nreturn\r & < > " 锦工发〔2021〕31号 😀')).toBe(
      'tab\tline\nreturn\r & < > " 锦工发〔2021〕31号 😀',
    );
  });
  it('drops lone surrogates but keeps pairs', () => {
    expect(xmlText('a\uD800b\uDC00c\uD83D\uDE00')).toBe('abc\uD83D\uDE00');
  });
});

describe('a CSS string', () => {
  it('keeps quotes, backslashes and line breaks inside the string', () => {
    expect(cssString('锦州 "A" \\ B')).toBe('"锦州 \\"A\\" \\\\ B"');
    // A raw line break would end the string and let the rest of the line be read as rules.
    expect(cssString('x\n} body { display: none } @page {')).toBe(
      '"x\\a } body { display: none } @page {"',
    );
    expect(cssString('a\r\u0000\u007Fb')).toBe('"a\\d \\0 \\7f b"');
  });
});
