/**
 * /compare/data/<type>.json: a department type's disclosures for the pair
 * chooser (src/compare/pair-data.ts), one short row each.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allCompareRecords } from '../../../views/compare/load';
import { typeIndex, type PairTypeIndex } from '../../../compare/pair-data';
import { groupByType } from '../../../compare/pair-scale';
import { isPrimaryShard } from '../../../store/shard';

export const getStaticPaths = (async () => {
  if (!isPrimaryShard()) return [];
  const types = groupByType(await allCompareRecords());
  return [...types.entries()].map(([type, records]) => ({ params: { type }, props: { index: typeIndex(records) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ index: PairTypeIndex }> = ({ props }) =>
  new Response(JSON.stringify(props.index), { headers: { 'content-type': 'application/json; charset=utf-8' } });
