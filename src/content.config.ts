/** Content collections: the folders and schemas come from src/lib/collections.ts. */
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, contentRoot } from './lib/collections.ts';

const root = contentRoot();

const collection = <K extends keyof typeof COLLECTIONS>(name: K) =>
  defineCollection({
    loader: glob({ pattern: COLLECTIONS[name].pattern, base: join(root, COLLECTIONS[name].dir) }),
    schema: COLLECTIONS[name].schema as (typeof COLLECTIONS)[K]['schema'],
  });

export const collections = {
  organisations: collection('organisations'),
  people: collection('people'),
  studios: collection('studios'),
  documents: collection('documents'),
  documentTranslations: collection('documentTranslations'),
  designations: collection('designations'),
  awards: collection('awards'),
  figures: collection('figures'),
  news: collection('news'),
  reports: collection('reports'),
  topics: collection('topics'),
  charts: collection('charts'),
  settings: collection('settings'),
};
