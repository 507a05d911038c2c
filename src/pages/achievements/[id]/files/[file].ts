/** Publishes an achievement's original files at /achievements/<id>/files/<file name>. */
import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { loadSite } from '../../../../data/site-model.ts';
import { achievementAttachment } from '../../../../lib/content/attachments.ts';

export async function getStaticPaths() {
  const { model } = await loadSite();
  return [...model.achievements.values()].flatMap((entry) =>
    entry.data.attachments.map((attachment) => {
      const info = achievementAttachment(entry.id, entry.file, attachment.file);
      return {
        params: { id: entry.id, file: info.fileName },
        props: { source: info.source, mime: info.mime },
      };
    }),
  );
}

export const GET: APIRoute = ({ props }) =>
  new Response(readFileSync(props.source), { headers: { 'Content-Type': props.mime } });
