import { z } from 'astro/zod';
import { localizedSchema, ref } from './common.ts';
import { ADMIN_LEVELS, AWARD_FAMILIES } from './vocabulary.ts';
import { described } from './field-meta.ts';

/**
 * A competition or award scheme, defined once: its level and family belong to it, and every award
 * won in it takes them from here, so a filter by level finds all of its awards.
 */
export const competitionSchema = z.strictObject({
  /** Name, such as 辽宁省职工技术创新成果评选. */
  name: described(localizedSchema, {
    label: { zh: '竞赛名称', en: 'Name' },
    hint: {
      zh: '按原文照录，不要改写或简化。',
      en: 'Copy it exactly as printed; do not shorten or reword it.',
    },
    example: '辽宁省职工技术创新成果评选',
  }),
  /** Organiser, when known. */
  organiser: described(ref('organisations').optional(), {
    label: { zh: '主办单位', en: 'Organiser' },
    hint: { zh: '知道时填写，从组织中选择。', en: 'When known, chosen from the organisations.' },
    example: 'liaoning-ftu',
  }),
  /** Family of competition. */
  family: described(z.enum(AWARD_FAMILIES), {
    label: { zh: '竞赛类别', en: 'Family' },
    hint: {
      zh: '技术创新、技能竞赛、五小、QC、合理化建议或荣誉。',
      en: 'Technical innovation, skills contest, five small, QC, proposal or honour.',
    },
    example: 'tech-innovation',
  }),
  /** Level of the competition. */
  level: described(z.enum(ADMIN_LEVELS), {
    label: { zh: '竞赛级别', en: 'Level' },
    hint: { zh: '该竞赛下所有奖项都用这个级别。', en: 'Every award won in it takes this level.' },
    example: 'provincial',
  }),
});
export type Competition = z.output<typeof competitionSchema>;
