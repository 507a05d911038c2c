/**
 * What an editor's list shows beside an entry's own fields: a studio's standing (its highest level
 * in force, or revoked, merged, only publicised) and its employer's name, a person's employer.
 * They are facts of the whole archive, worked out by the site's own model, so that the list says
 * what the public pages say. Keys start with `_`: the editor shows them and never saves them
 * (src/lib/editor/entry-shapes.ts).
 */
import { COLLECTION_NAMES, type CollectionName } from '../content/collections.ts';
import type { ContentSet } from '../content/types.ts';
import { loadContent } from '../validation/loading.ts';
import { buildModel, publishingDate, studioStanding } from '../model/model.ts';
import { organisationName } from '../views/names.ts';
import { standingLabel } from '../views/standing.ts';

/** Helpers by entry, keyed `<collection>/<id>` (a studio: `studios/zhao-pengda`). */
export type ListHelpers = Map<string, Record<string, string>>;

/** The list helpers of every studio and person, in Chinese (`_level`) and English (`_level_en`). */
export function listHelpers(content: ContentSet, asOf = publishingDate()): ListHelpers {
  const model = buildModel(content, asOf);
  const helpers: ListHelpers = new Map();
  for (const [id, studio] of model.studios) {
    const standing = studioStanding(model, id);
    helpers.set(`studios/${id}`, {
      _level: standingLabel('zh', model, standing),
      _level_en: standingLabel('en', model, standing),
      _employer: organisationName('zh', model, studio.data.employer),
      _employer_en: organisationName('en', model, studio.data.employer),
    });
  }
  for (const [id, person] of model.people)
    helpers.set(`people/${id}`, {
      _employer: organisationName('zh', model, person.data.employer),
      _employer_en: organisationName('en', model, person.data.employer),
    });
  return helpers;
}

/** The helpers of one file (path under the content folder), or none. */
export function helpersOf(helpers: ListHelpers, contentPath: string): Record<string, string> {
  return helpers.get(contentPath.replace(/\.[^./]+$/, '')) ?? {};
}

/** What a studio's standing and a person's employer depend on: no news, awards or figures need reading. */
const STANDING_COLLECTIONS: CollectionName[] = [
  'studios',
  'people',
  'organisations',
  'documents',
  'designations',
  'settings',
];

/** The list helpers of the content folder `root`, reading only the collections they depend on. */
export function listHelpersOf(root: string): ListHelpers {
  const { content } = loadContent(root, [], STANDING_COLLECTIONS);
  const whole = Object.fromEntries(
    COLLECTION_NAMES.map((name) => [name, content[name] ?? []]),
  ) as unknown as ContentSet;
  return listHelpers(whole);
}
