/** Publishes an achievement's original files at /achievements/<id>/files/<file name>. */
import type { APIRoute } from 'astro';
import { loadSite } from '../../../../data/site-model.ts';
import { achievementAttachment, publishedBytes } from '../../../../lib/content/attachments.ts';

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
  new Response(publishedBytes(props.source), { headers: { 'Content-Type': props.mime } });
