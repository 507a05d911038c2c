/**
 * Red-team round: web addresses in content. `https://www.acftu.org.cn@evil.example/` reads as the
 * ACFTU's site and goes to evil.example (the part before @ is a user name), and
 * `https://www.acftu.org.cn\@evil.example` is read by browsers as another address than it shows.
 * Both passed `webUrlSchema`; SITE_URL already refused a user name. Now an organisation's website
 * and every source's url are refused with them, named by file and field.
 */
import { describe, expect, it } from 'vitest';
import { webUrlSchema } from '../../src/schemas/common.ts';
import { validateContent } from '../../src/lib/validation/index.ts';
import { writeContentFolder } from '../helpers/content-folder.ts';

describe('a web address in content', () => {
  for (const address of [
    'https://www.acftu.org.cn@evil.example/',
    'https://user:secret@www.acftu.org.cn/',
    'https://:secret@www.acftu.org.cn/',
    'https://www.acftu.org.cn\\@evil.example/',
    'https://www.acftu.org.cn/ news',
  ])
    it(`is refused with a user name, a password, a backslash or a space: ${address}`, () => {
      expect(webUrlSchema.safeParse(address).success).toBe(false);
      const { problems } = validateContent(
        writeContentFolder({
          'organisations/spoof.yaml': `name: 某单位\nwebsite: "${address.replace(/\\/g, '\\\\')}"\n`,
        }),
      );
      const found = problems.filter((p) => p.file.endsWith('organisations/spoof.yaml'));
      expect(found.map((p) => p.field)).toEqual(['website']);
    });

  it('held: ordinary, upper-case, IDN, port, query and fragment addresses are fine', () => {
    for (const address of [
      'https://www.acftu.org.cn/',
      'HTTPS://WWW.ACFTU.ORG.CN/',
      'http://中国工会.中国/',
      'https://example.org:8443/a/b?c=1&d=%20#e',
    ])
      expect(webUrlSchema.safeParse(address).success, address).toBe(true);
  });
});
