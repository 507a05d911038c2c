/**
 * Closed vocabularies of the domain. The order of each list is meaningful (highest first) and
 * the labels live in the i18n dictionary (`src/lib/site/i18n.ts`), keyed by these values.
 */

/** Designation levels of a studio, from the most to the least prestigious. */
export const STUDIO_LEVELS = [
  'national-demonstrative',
  'national-supported',
  'national',
  'national-industry',
  'provincial-demonstrative',
  'provincial',
  'provincial-industry',
  'municipal-demonstrative',
  'municipal',
  // A city's industry union (沈阳市总工会机械轻化工会): the industry tier, below the city federation's own title.
  'municipal-industry',
  'district',
  'enterprise',
] as const;
export type StudioLevel = (typeof STUDIO_LEVELS)[number];

/**
 * Coarse tiers used to group designation levels in figures and charts. Industry-union levels
 * (national, provincial or municipal industry) are a tier of their own: an industry union's title is not a
 * national or provincial federation's, and is never counted as one.
 */
export const LEVEL_TIERS = [
  'national',
  'provincial',
  'industry',
  'municipal',
  'district',
  'enterprise',
] as const;
export type LevelTier = (typeof LEVEL_TIERS)[number];

/** Kinds of studio as they appear in official titles. */
export const STUDIO_KINDS = [
  'model-worker',
  'employee',
  'model-worker-craftsman',
  'craftsman',
  'science-talent',
] as const;

/**
 * Stages of a recognition. Only `named` makes a studio a named studio of that level: `publicised`
 * is a 公示 (selected, announced for public comment), `commended` a commendation or reward of a
 * studio already named, and `supported` funding of an existing studio (重点支持), not a naming.
 */
export const RECOGNITION_STAGES = ['named', 'publicised', 'commended', 'supported'] as const;
export type RecognitionStage = (typeof RECOGNITION_STAGES)[number];

/**
 * Who made a recognition: a union (the only scheme whose namings are counted as namings), a human
 * resources and social security department (人社: 技能大师工作室), or another body. Each is shown as
 * what it is; only `union` namings of a studio count in any figure.
 */
export const RECOGNITION_SCHEMES = ['union', 'skill-master', 'other-body'] as const;
export type RecognitionScheme = (typeof RECOGNITION_SCHEMES)[number];

/** The levels a recognition by a body other than a union can have (a 人社 title has no union level such as demonstrative). */
export const BODY_LEVELS = [
  'national',
  'provincial',
  'municipal',
  'district',
  'enterprise',
] as const;

/** What a recognition names: the studio itself, or a team (创新团队) of it, which is never counted as a studio naming. */
export const RECOGNITION_RECIPIENTS = ['studio', 'team'] as const;
export type RecognitionRecipient = (typeof RECOGNITION_RECIPIENTS)[number];

/** Where a studio stands, derived from its whole history (src/lib/model/model.ts studioStanding); not written by editors. */
export const STANDING_STATUSES = [
  'named',
  'publicised',
  'revoked',
  'merged',
  'unrecorded',
] as const;
export type StandingStatus = (typeof STANDING_STATUSES)[number];

/** Lifecycle status of a studio. */
export const STUDIO_STATUSES = ['active', 'revoked', 'merged'] as const;

/** Roles of a studio member. */
export const MEMBER_ROLES = ['leader', 'deputy', 'core', 'member', 'mentor'] as const;

/** Skill and professional grades (职业技能等级 and 职称). */
export const SKILL_GRADES = [
  'senior-technician',
  'technician',
  'senior-worker',
  'intermediate-worker',
  'senior-engineer',
  'engineer',
  'assistant-engineer',
  'chief-technician',
] as const;
export type SkillGrade = (typeof SKILL_GRADES)[number];

/** Kinds of organisation. */
export const ORGANISATION_KINDS = [
  'union-federation',
  'industry-union',
  'enterprise-union',
  'party-committee',
  'enterprise',
  'government',
  'public-institution',
  'hospital',
  'school',
  'university',
  'research-institute',
  'other',
] as const;

/** Administrative levels of organisations, honours and awards. */
export const ADMIN_LEVELS = [
  'national',
  'provincial',
  'municipal',
  'district',
  'industry',
  'enterprise',
] as const;
export type AdminLevel = (typeof ADMIN_LEVELS)[number];

/** Industries the studios work in. */
export const INDUSTRIES = [
  'petrochemical',
  'energy',
  'power',
  'heating',
  'mining',
  'manufacturing',
  'aerospace',
  'automotive',
  'electronics',
  'pharmaceutical',
  'food-beverage',
  'textile',
  'railway',
  'transport',
  'port-logistics',
  'construction',
  'metallurgy',
  'healthcare',
  'education',
  'research',
  'agriculture',
  'telecom',
  'water',
  'environment-sanitation',
  'public-services',
  'finance',
  'commerce',
  'other',
] as const;

/** Assessment grades, best first. */
export const ASSESSMENT_GRADES = ['excellent', 'good', 'pass', 'basic-pass', 'fail'] as const;
export type AssessmentGrade = (typeof ASSESSMENT_GRADES)[number];

/** Consequences an assessment can carry besides the grade. */
export const ASSESSMENT_OUTCOMES = ['retained', 'rectify', 'revoked'] as const;
export type AssessmentOutcome = (typeof ASSESSMENT_OUTCOMES)[number];

/** Forms of pairing construction (结对共建). */
export const PAIRING_KINDS = ['pair', 'alliance', 'incubation'] as const;

/** Families of competitions and awards. */
export const AWARD_FAMILIES = [
  'tech-innovation',
  'skills-contest',
  'five-small',
  'qc',
  'proposal',
  'honour',
] as const;
export type AwardFamily = (typeof AWARD_FAMILIES)[number];

/**
 * Ranks of an award, best first; `place` carries a number; `other` is an honour of no rank of these
 * (优秀组织单位, 金牌班组), always with the announcement's own words (rankAs).
 */
export const AWARD_RANKS = [
  'special',
  'first',
  'second',
  'third',
  'gold',
  'silver',
  'bronze',
  'place',
  'excellence',
  'winner',
  'other',
] as const;
export type AwardRank = (typeof AWARD_RANKS)[number];

/**
 * Kinds of result in the achievements register (成果库). Patents are kinds of their own so that a
 * register entry for a patent says which; a result of another kind may still list its patents.
 */
export const ACHIEVEMENT_TYPES = [
  'tech-innovation',
  'invention-patent',
  'utility-model-patent',
  'design-patent',
  'proposal',
  'five-small',
  'qc',
  'operating-method',
  'standard',
  'paper',
  'software-copyright',
] as const;
export type AchievementType = (typeof ACHIEVEMENT_TYPES)[number];

/** Stages of an achievement over time, in the order they happen: proposed, adopted, implemented, promoted to other units (推广应用). */
export const ACHIEVEMENT_STAGES = ['proposed', 'adopted', 'implemented', 'promoted'] as const;
export type AchievementStage = (typeof ACHIEVEMENT_STAGES)[number];

/** Kinds of Chinese patent; the digit after the year of an application number says which (1, 2, 3). */
export const PATENT_TYPES = ['invention', 'utility-model', 'design'] as const;
export type PatentType = (typeof PATENT_TYPES)[number];

/** Where a patent stands: applied for (申请) or granted (授权). */
export const PATENT_STATUSES = ['applied', 'granted'] as const;

/**
 * Qualifiers of a reported number: "1200多万元" is at least 1200, "近300人" a little under 300
 * (nearly), "约30" about 30.
 */
export const QUANTITY_QUALIFIERS = ['exact', 'at-least', 'nearly', 'about'] as const;

/** The value of a facet for entries whose fact is not stated (in a URL: /awards/year/not-stated/): a category of its own, never dropped. */
export const NOT_STATED = 'not-stated';

/** Document kinds, the discriminator of the documents collection. */
export const DOCUMENT_TYPES = [
  'naming-decision',
  'selection-notice',
  'commendation',
  'assessment-notice',
  'pairing-notice',
  'agreement',
  'other',
] as const;

/** Precision of a date as the source gives it. */
export const DATE_PRECISIONS = ['year', 'month', 'day'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** Locales of the site; the first is the default and lives at the root. */
export const LOCALES = ['zh', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Chart types: bar-line draws series with `axis: y2` as a line on a second axis. */
export const CHART_TYPES = ['bar', 'stacked-bar', 'line', 'pie', 'doughnut', 'bar-line'] as const;

/** Where a chart appears: the home page, the awards page, each studio page with figures, each annual report, the achievements register. */
export const CHART_PLACEMENTS = ['home', 'awards', 'studio', 'report', 'achievements'] as const;

/** The value axis a series of a chart's own data is drawn against: the main one, or the second of a bar-line chart. */
export const CHART_AXES = ['y', 'y2'] as const;

/** Who can receive an award: a person, a team, a studio or an organisation (src/schemas/award.ts). */
export const RECIPIENT_TYPES = ['person', 'team', 'studio', 'organisation'] as const;
export type ChartPlacement = (typeof CHART_PLACEMENTS)[number];

/** Metrics computed from the content (src/lib/charts/metrics.ts). */
export const METRICS = [
  'studios-by-level',
  'named-per-year-by-level',
  'cumulative-studios',
  'proposals',
  'benefit',
  'patents-by-type',
  'achievements-by-type',
  'people-trained',
  'people-promoted',
  'awards-by-level-rank',
  'awards-by-family',
  'awards-per-year',
  'assessment-grades',
  'pairings',
  'funding-by-level',
  'studios-by-industry',
  'register-by-type-per-year',
  'register-benefit-by-studio',
] as const;
export type MetricName = (typeof METRICS)[number];
