/** Content collections: the folders and schemas come from src/lib/collections.ts. */
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, contentRoot } from './lib/collections.ts';
import { makeAchievementSchema } from './schemas/achievement.ts';
import { makeNewsSchema } from './schemas/news.ts';
import { makePersonSchema } from './schemas/person.ts';
import { makeStudioSchema } from './schemas/studio.ts';

const root = contentRoot();

const loader = (name: keyof typeof COLLECTIONS) => glob({ pattern: COLLECTIONS[name].pattern, base: join(root, COLLECTIONS[name].dir) });

const collection = <K extends keyof typeof COLLECTIONS>(name: K) =>
  defineCollection({ loader: loader(name), schema: COLLECTIONS[name].schema as (typeof COLLECTIONS)[K]['schema'] });

/** Collections with photos: Astro's image() makes them optimisable images (responsive sizes, cached). */
const withImages = {
  studios: defineCollection({ loader: loader('studios'), schema: ({ image }) => makeStudioSchema(image()) }),
  people: defineCollection({ loader: loader('people'), schema: ({ image }) => makePersonSchema(image()) }),
  news: defineCollection({ loader: loader('news'), schema: ({ image }) => makeNewsSchema(image()) }),
  achievements: defineCollection({ loader: loader('achievements'), schema: ({ image }) => makeAchievementSchema(image()) }),
};

export const collections = {
  organisations: collection('organisations'),
  people: withImages.people,
  studios: withImages.studios,
  documents: collection('documents'),
  documentTranslations: collection('documentTranslations'),
  designations: collection('designations'),
  competitions: collection('competitions'),
  awards: collection('awards'),
  achievements: withImages.achievements,
  figures: collection('figures'),
  news: withImages.news,
  reports: collection('reports'),
  topics: collection('topics'),
  charts: collection('charts'),
  settings: collection('settings'),
};
