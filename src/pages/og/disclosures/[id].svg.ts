/**
 * /og/disclosures/<id>.svg: a disclosure's share preview image (og:image of
 * its page in production builds, src/layouts/Base.astro), rendered at build
 * time from its summary (src/views/site/share-image.ts).
 */
import type { APIRoute } from 'astro';
import { shardDisclosureIds, summaryOf } from '../../../store/collections';
import { disclosureCard, shareImageSvg, SHARE_IMAGE } from '../../../views/site/share-image';

export function getStaticPaths() {
  return shardDisclosureIds().map((id) => ({ params: { id } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(shareImageSvg(disclosureCard(summaryOf(params.id!))), { headers: { 'content-type': `${SHARE_IMAGE.type}; charset=utf-8` } });
