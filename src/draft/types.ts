/** What the recognisers produce: rows in the curated format plus where they sit. */
import type { FACT_COLUMNS, INDICATOR_COLUMNS, NOT_FIGURE_COLUMNS, PROJECT_COLUMNS } from '../schema/curated';

export type FactCols = Record<(typeof FACT_COLUMNS)[number], string>;
export type IndicatorCols = Record<(typeof INDICATOR_COLUMNS)[number], string>;
export type ProjectCols = Record<(typeof PROJECT_COLUMNS)[number], string>;
export type NotFigureCols = Record<(typeof NOT_FIGURE_COLUMNS)[number], string>;

/** Which recogniser drafted a figure (eval splits by it). */
export type FactKind = 'table' | 'sentence';

export interface DraftFact {
  kind: FactKind;
  row: FactCols;
  /** Offsets of the quote in the source. */
  start: number;
  end: number;
}

export interface DraftIndicator {
  row: IndicatorCols;
  start: number;
  end: number;
}

export interface DraftProject {
  row: ProjectCols;
  start: number;
  end: number;
}

export function emptyFact(): FactCols {
  return {
    fact_id: '',
    concept: '',
    phase: '',
    scope: '',
    code: '',
    code_system: '',
    item: '',
    value: '',
    unit: '',
    status: '',
    direction: '',
    of: '',
    base: '',
    part_of: '',
    project_id: '',
    section: '',
    table: '',
    row: '',
    column: '',
    quote: '',
    after: '',
    note: '',
  };
}

export function emptyIndicator(): IndicatorCols {
  return {
    indicator_id: '',
    scope: '',
    project_id: '',
    row_kind: '',
    level1: '',
    level2: '',
    level3: '',
    target: '',
    actual: '',
    weight: '',
    score: '',
    deviation_note: '',
    quote: '',
    after: '',
    note: '',
  };
}

/** Ids unique within a draft: a taken id gets .2, .3 … */
export type TakeId = (id: string) => string;
export function idAllocator(): TakeId {
  const used = new Set<string>();
  return (id) => {
    let out = id;
    for (let k = 2; used.has(out); k++) out = `${id}.${k}`;
    used.add(out);
    return out;
  };
}
