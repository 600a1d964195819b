/**
 * Which partitions of the search index a search reads first: those of the
 * place the reader chose (?place=<code>), filtered by (province, prefecture
 * or county filters) or named in the query (江华 项目支出); with none, every
 * partition, in the manifest's order. Pure functions.
 */
import { partitionsOfPlace, placeByCode, placeInQuery, type PlaceLevel, type PlaceRow, type SearchManifest } from './manifest';
import type { SearchState } from './query';

export type ScopeSource = 'place' | 'filter' | 'query' | 'all';

export interface Scope {
  source: ScopeSource;
  /** The places the scope names (empty for 'all'). */
  places: PlaceRow[];
  /** Partitions to search first, in manifest order. */
  partitions: string[];
  /**
   * True when results from the other partitions cannot change the results
   * (filters by place: other partitions hold none of those places).
   */
  closed: boolean;
}

const FILTER_LEVEL: Record<'province' | 'prefecture' | 'county', PlaceLevel> = { province: 'province', prefecture: 'prefecture', county: 'county' };

function ordered(ids: Iterable<string>, m: SearchManifest): string[] {
  const want = new Set(ids);
  return m.partitions.map((p) => p.id).filter((id) => want.has(id));
}

function scopeOf(source: ScopeSource, places: PlaceRow[], m: SearchManifest, closed: boolean): Scope | null {
  const partitions = ordered(
    places.flatMap((r) => partitionsOfPlace(r[0], m.partitions)),
    m,
  );
  return partitions.length ? { source, places, partitions, closed } : null;
}

export function resolveScope(state: SearchState, m: SearchManifest): Scope {
  const all: Scope = { source: 'all', places: [], partitions: m.partitions.map((p) => p.id), closed: true };
  if (state.place) {
    const row = placeByCode(state.place, m.places);
    const s = row ? scopeOf('place', [row], m, false) : null;
    if (s) return s;
  }
  const filtered: PlaceRow[] = [];
  for (const key of ['county', 'prefecture', 'province'] as const) {
    for (const name of state.filters[key]) {
      const row = m.places.find((r) => r[1] === FILTER_LEVEL[key] && r[2] === name);
      if (row) filtered.push(row);
    }
  }
  if (filtered.length) {
    const s = scopeOf('filter', filtered, m, true);
    if (s) return s;
  }
  const named = placeInQuery(state.q, m.places);
  if (named) {
    const s = scopeOf('query', [named.row], m, false);
    if (s) return s;
  }
  return all;
}

/** Partitions a scope has not searched yet, in manifest order. */
export function remainingPartitions(m: SearchManifest, loaded: ReadonlySet<string>): string[] {
  return m.partitions.map((p) => p.id).filter((id) => !loaded.has(id));
}

/** Names of the partitions, joined (湖南省、河北省). */
export function partitionNames(ids: readonly string[], m: SearchManifest): string {
  return ids.map((id) => m.partitions.find((p) => p.id === id)?.name ?? id).join('、');
}

/**
 * What the reader is told about the scope: which places were searched and
 * whether the results are complete. Empty when the whole index was searched
 * and nothing was scoped.
 */
export function scopeText(scope: Scope, m: SearchManifest, loaded: ReadonlySet<string>, merging: boolean): string {
  const total = m.partitions.length;
  const done = m.partitions.filter((p) => loaded.has(p.id)).map((p) => p.id);
  const left = total - done.length;
  const named = scope.places.map((r) => r[2]).join('、');
  if (scope.source === 'all') {
    if (left === 0) return total > 1 ? `已搜索全部 ${total} 个地区分区（${partitionNames(done, m)}）。` : '';
    return `结果尚不完整：已搜索${partitionNames(done, m)}（${done.length}/${total} 个地区分区），正在搜索其余地区…`;
  }
  if (scope.closed) return `已搜索${named}所在的地区分区（${partitionNames(scope.partitions, m)}）。`;
  if (left === 0) return `先列出${named}所在的${partitionNames(scope.partitions, m)}的结果，再列出其他地区的结果；已搜索全部 ${total} 个地区分区。`;
  if (merging) return `结果尚不完整：已搜索${partitionNames(done, m)}，正在搜索其余 ${left} 个地区分区…`;
  return `结果尚不完整：只搜索了${named}所在的${partitionNames(done, m)}，其余 ${left} 个地区分区尚未搜索。`;
}
