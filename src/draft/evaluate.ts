/**
 * Compare a draft with the hand curation of the same text. A drafted figure
 * matches a curated one when value string and unit are the same, the quotes
 * overlap in the source, and concept, phase, scope and code agree; matching
 * is one to one. Indicator rows match on row kind, the four values and
 * overlapping quotes. Pure: figures in, figures out; nothing asserted.
 */
import { parseCsv } from '../normalize/csv';
import { locateQuote } from '../normalize/locate';
import { FACT_COLUMNS, INDICATOR_COLUMNS } from '../schema/curated';
import type { Draft } from './draft';

export interface Score {
  curated: number;
  drafted: number;
  /** Curated rows a drafted row matches (recall = matched / curated). */
  matched: number;
  /** Drafted rows that match a curated row (precision = matchedDrafted / drafted). */
  matchedDrafted: number;
}

export interface Evaluation {
  table: Score;
  sentence: Score;
  indicators: Score;
  /** Counted numbers of the source a draft row or not-figure rule covers. */
  coverage: { covered: number; all: number };
}

interface Placed {
  start: number;
  end: number;
  row: Record<string, string>;
}

function placed(source: string, rows: Record<string, string>[]): Placed[] {
  return rows.flatMap((row) => {
    const l = locateQuote(source, row.quote, row.after);
    return l.ok ? [{ start: l.start, end: l.end, row }] : [];
  });
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const same = (a: Record<string, string>, b: Record<string, string>, keys: string[]) =>
  keys.every((k) => (a[k] ?? '').replace(/\s+/g, '') === (b[k] ?? '').replace(/\s+/g, ''));

const FACT_KEYS = ['value', 'unit', 'concept', 'phase', 'scope', 'code', 'status'];
const INDICATOR_KEYS = ['row_kind', 'target', 'actual', 'weight', 'score'];

/** One-to-one matching, curated rows in document order: the pairs found. */
function match<C extends Placed, D extends Placed>(curated: C[], drafted: D[], keys: string[]): Map<C, D> {
  const taken = new Set<D>();
  const pairs = new Map<C, D>();
  for (const c of curated) {
    const d = drafted.find((x) => !taken.has(x) && overlap(x, c) && same(x.row, c.row, keys));
    if (d) {
      taken.add(d);
      pairs.set(c, d);
    }
  }
  return pairs;
}

export function evaluateDraft(source: string, draft: Draft, curatedFacts: string, curatedIndicators: string | null): Evaluation {
  const withStatus = (r: Record<string, string>) => ({ ...r, status: r.status || 'reported' });
  const cur = placed(
    source,
    parseCsv(curatedFacts, 'facts.csv', [], FACT_COLUMNS).rows.map((r) => withStatus(r.values)),
  );
  const dr = draft.facts.map((f) => ({ start: f.start, end: f.end, row: withStatus(f.row), kind: f.kind }));
  const pairs = match(cur, dr, FACT_KEYS);
  const matchedDrafts = new Set(pairs.values());
  const score = (isTable: boolean): Omit<Score, 'matchedDrafted'> => ({
    curated: cur.filter((c) => Boolean(c.row.table) === isTable).length,
    drafted: dr.filter((d) => (d.kind === 'table') === isTable).length,
    matched: [...pairs.keys()].filter((c) => Boolean(c.row.table) === isTable).length,
  });
  const scoreDrafted = (isTable: boolean) => [...matchedDrafts].filter((d) => (d.kind === 'table') === isTable).length;
  const inds = curatedIndicators
    ? placed(
        source,
        parseCsv(curatedIndicators, 'indicators.csv', [], INDICATOR_COLUMNS).rows.map((r) => r.values),
      )
    : [];
  const di = draft.indicators.map((i) => ({ start: i.start, end: i.end, row: i.row as Record<string, string> }));
  const indPairs = match(inds, di, INDICATOR_KEYS);
  const table = score(true);
  const sentence = score(false);
  return {
    table: { ...table, matchedDrafted: scoreDrafted(true) },
    sentence: { ...sentence, matchedDrafted: scoreDrafted(false) },
    indicators: { curated: inds.length, drafted: di.length, matched: indPairs.size, matchedDrafted: indPairs.size },
    coverage: { covered: draft.uncovered.all - draft.uncovered.missing.length, all: draft.uncovered.all },
  };
}

export const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);
