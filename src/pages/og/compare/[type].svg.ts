/**
 * /og/compare/<type>.svg: the share preview image of a department type's
 * comparison (/compare/type/<type>/, and /compare/ for the largest type),
 * rendered at build time (src/views/site/share-image.ts).
 */
import type { APIRoute } from 'astro';
import { departmentTypesOnce, type DepartmentType } from '../../../views/compare/load';
import { compareCard, shareImageSvg, SHARE_IMAGE } from '../../../views/site/share-image';
import { isPrimaryShard } from '../../../store/shard';

export async function getStaticPaths() {
  if (!isPrimaryShard()) return [];
  return (await departmentTypesOnce()).map((type) => ({ params: { type: type.id }, props: { type } }));
}

export const GET: APIRoute = ({ props }) => {
  const { type } = props as { type: DepartmentType };
  return new Response(shareImageSvg(compareCard(type.name, type.records)), { headers: { 'content-type': `${SHARE_IMAGE.type}; charset=utf-8` } });
};
