/**
 * Two reviewers publishing at once: the second publication waits for the first, so that two
 * builds never run side by side and each build sees the content of its own publication.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BuildRunner } from '../../src/lib/editor/publisher.ts';
import { as, editorRepo, type EditorRepo } from '../helpers/editor-repo.ts';

let t: EditorRepo;
afterEach(() => t?.cleanup());

const organisation = (name: string) => `name: ${name}\nkind: enterprise\n`;

describe('two publications at once', () => {
  it('run one after the other, each build seeing its own publication', async () => {
    const seen: string[][] = [];
    let running = 0;
    let overlapped = false;
    const build =
      (content: string): BuildRunner =>
      async (onLine) => {
        overlapped ||= running > 0;
        running++;
        // What the build would read: the published organisations at its start.
        seen.push(
          ['first-org', 'second-org'].filter((slug) =>
            existsSync(join(content, 'organisations', `${slug}.yaml`)),
          ),
        );
        await new Promise((done) => setTimeout(done, 300));
        running--;
        onLine('built');
        return 0;
      };
    t = await editorRepo({ build });
    for (const slug of ['first-org', 'second-org'])
      expect(
        (
          await t.api('persistEntry', {
            dataFiles: [
              {
                slug,
                path: `organisations/${slug}.yaml`,
                raw: organisation(slug === 'first-org' ? '第一单位' : '第二单位'),
              },
            ],
            assets: [],
            options: {
              collectionName: 'organisations',
              commitMessage: 'x',
              useWorkflow: true,
              status: 'draft',
              newEntry: true,
            },
          })
        ).status,
      ).toBe(200);
    const reviewer = as('李审核', 'reviewer');
    const [first, second] = await Promise.all([
      t.api(
        'publishUnpublishedEntry',
        { collection: 'organisations', slug: 'first-org' },
        reviewer,
      ),
      t.api(
        'publishUnpublishedEntry',
        { collection: 'organisations', slug: 'second-org' },
        as('赵审核', 'reviewer'),
      ),
    ]);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(overlapped).toBe(false);
    expect(seen).toEqual([['first-org'], ['first-org', 'second-org']]);
  });
});
