/**
 * /compare/data/<type>/<shard>.json: the comparison records of one
 * prefecture of a department type, read by the client-rendered pair view
 * (src/compare/pair-data.ts, shardOf in src/compare/pair-scale.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allCompareRecords } from '../../../../views/compare/load';
import { typeShards, type PairShard } from '../../../../compare/pair-data';
import { groupByType } from '../../../../compare/pair-scale';
import { isPrimaryShard } from '../../../../store/shard';

export const getStaticPaths = (async () => {
  if (!isPrimaryShard()) return [];
  const types = groupByType(await allCompareRecords());
  return [...types.entries()].flatMap(([type, records]) => typeShards(records).map((shard) => ({ params: { type, shard: shard.shard }, props: { shard } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ shard: PairShard }> = ({ props }) =>
  new Response(JSON.stringify(props.shard), { headers: { 'content-type': 'application/json; charset=utf-8' } });
