/** Publishes a document's original files at /documents/<id>/<file name>. */
import type { APIRoute } from 'astro';
import { loadSite } from '../../../data/site-model.ts';
import { attachmentInfo, publishedBytes } from '../../../lib/content/attachments.ts';

export async function getStaticPaths() {
  const { model } = await loadSite();
  return [...model.documents.values()].flatMap((doc) =>
    doc.data.attachments.map((attachment) => {
      const info = attachmentInfo(doc.id, doc.file, attachment.file);
      return {
        params: { id: doc.id, file: info.fileName },
        props: { source: info.source, mime: info.mime },
      };
    }),
  );
}

export const GET: APIRoute = ({ props }) =>
  new Response(publishedBytes(props.source), { headers: { 'Content-Type': props.mime } });
