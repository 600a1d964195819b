/**
 * What the client-rendered pair view shows for ?a=…&b=…: the two records
 * (from their shards), a redirect to the pre-rendered page of a small type,
 * or why there is nothing to show. Pure apart from `getShard`, which the
 * browser implements with fetch and the tests with the build's functions.
 */
import { unpackRecord, type PairShard, type PairTypeMeta } from './pair-data';
import { shardOf } from './pair-scale';
import { parseDisclosureId } from '../core/disclosure-id';
import type { CompareRecord } from './records';
import { pairPaths } from '../core/routes';

export type PairLoad =
  { status: 'ok'; a: CompareRecord; b: CompareRecord; meta: PairTypeMeta } | { status: 'prerendered'; path: string } | { status: 'error'; message: string };

/** The shard file of a type, or null when there is none (HTTP 404). */
export type ShardGetter = (type: string, shard: string) => Promise<PairShard | null>;

const unknown = (id: string): PairLoad => ({ status: 'error', message: `没有编号为“${id}”的文件，请在下面重新选择。` });

export async function loadPair(aId: string, bId: string, getShard: ShardGetter, hrefOf: (id: string) => string): Promise<PairLoad> {
  if (!aId || !bId) return { status: 'error', message: '请在下面选择要对比的两份文件。' };
  const pa = parseDisclosureId(aId);
  const pb = parseDisclosureId(bId);
  if (!pa) return unknown(aId);
  if (!pb) return unknown(bId);
  if (aId === bId) return { status: 'error', message: '文件 A 和文件 B 是同一份文件，请选择两份不同的文件。' };
  if (pa.department_type !== pb.department_type) return { status: 'error', message: '只能并排对比同类部门的两份文件，请在下面重新选择。' };
  const type = pa.department_type;
  const keys = [...new Set([shardOf(aId), shardOf(bId)])];
  const shards = await Promise.all(keys.map((k) => getShard(type, k)));
  const meta = shards.find((s): s is PairShard => s !== null);
  if (meta?.prerendered) return { status: 'prerendered', path: pairPaths.view(aId, bId, true) };
  const find = (id: string) => {
    const s = shards[keys.indexOf(shardOf(id))];
    const p = s?.records.find((r) => r.id === id);
    return s && p ? unpackRecord(p, s, hrefOf) : null;
  };
  const a = find(aId);
  const b = find(bId);
  if (!a) return unknown(aId);
  if (!b) return unknown(bId);
  return { status: 'ok', a, b, meta: meta! };
}
