/** The site model of the sample content, built from the raw files for tests that count independently of the pages. */
import { join } from 'node:path';
import { buildModel } from '../../src/lib/model/model.ts';
import { validateContent } from '../../src/lib/validation/index.ts';
import { ROOT } from './paths.ts';

export const model = buildModel(validateContent(join(ROOT, 'content')).content);
