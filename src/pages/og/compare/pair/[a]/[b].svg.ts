/**
 * /og/compare/pair/<a>/<b>.svg: the share preview image of a pre-rendered
 * side-by-side comparison (/compare/pair/<a>/<b>/, the same pairs), rendered
 * at build time (src/views/site/share-image.ts).
 */
import type { APIRoute } from 'astro';
import { allCompareRecords } from '../../../../../views/compare/load';
import { prerenderedPairs } from '../../../../../compare/pair-scale';
import { pairTitle } from '../../../../../compare/pair-view';
import type { CompareRecord } from '../../../../../compare/records';
import { pairCard, shareImageSvg, SHARE_IMAGE } from '../../../../../views/site/share-image';
import { isPrimaryShard } from '../../../../../store/shard';

export async function getStaticPaths() {
  if (!isPrimaryShard()) return [];
  return prerenderedPairs(await allCompareRecords()).map(({ a, b }) => ({ params: { a: a.id, b: b.id }, props: { a, b } }));
}

export const GET: APIRoute = ({ props }) => {
  const { a, b } = props as { a: CompareRecord; b: CompareRecord };
  return new Response(shareImageSvg(pairCard(pairTitle(a, b), a, b)), { headers: { 'content-type': `${SHARE_IMAGE.type}; charset=utf-8` } });
};
