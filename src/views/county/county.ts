/**
 * What a county page shows: the code's place in its code history, the
 * disclosures by department and year, the headline figures of the latest
 * disclosure, and the figures over the years when there are several.
 */
import type { CountyEntry, DerivedFigure, DisclosureSummary, KeyFigureId } from '../../schema/normalized';
import { byDepartment, type DepartmentGroup } from '../site/regions';
import { lineage } from '../../core/lineage';
import { perPersonOperands, spendingTotal, viewDerived, viewKeyFigure, KEY_LABELS, type FigureView } from '../site/figures';
import { COMPUTED_TOTAL_ID, spendingTotalOf } from '../../core/spending';

export interface CountyPageModel {
  county: CountyEntry;
  /** Oldest first; includes `county`. */
  chain: CountyEntry[];
  /** The latest code of the chain. */
  current: CountyEntry;
  isCurrent: boolean;
  /** The current code's page lists the whole chain's disclosures; an older code's page only its own. */
  disclosures: DisclosureSummary[];
  departments: DepartmentGroup[];
}

/** `records` may be given as a map by code (built once per build: a county page must not scan every record). */
export function countyPageModel(
  code: string,
  records: CountyEntry[] | ReadonlyMap<string, CountyEntry>,
  byId: ReadonlyMap<string, DisclosureSummary>,
): CountyPageModel {
  const byCode: ReadonlyMap<string, CountyEntry> = Array.isArray(records)
    ? new Map(records.map((c) => [c.code, c]))
    : (records as ReadonlyMap<string, CountyEntry>);
  const county = byCode.get(code);
  if (!county) throw new Error(`no county record for code ${code}`);
  const chain = lineage(code, byCode);
  const current = chain[chain.length - 1];
  const isCurrent = current.code === county.code;
  const ids = isCurrent ? chain.flatMap((c) => c.disclosure_ids) : county.disclosure_ids;
  const disclosures = ids.map((id) => {
    const d = byId.get(id);
    if (!d) throw new Error(`county ${code} lists disclosure ${id}, which is not in the disclosures collection`);
    return d;
  });
  return { county, chain, current, isCurrent, disclosures, departments: byDepartment(disclosures) };
}

export interface FigureCell {
  id: KeyFigureId | typeof COMPUTED_TOTAL_ID | string;
  label: string;
  view: FigureView;
}

/**
 * The headline figures in reading order: `always` ones are shown even when missing (the gap is said in
 * words), `stated` ones only when the document states them.
 */
const HEADLINE: readonly (readonly [KeyFigureId, 'always' | 'stated'])[] = [
  ['expenditure_total', 'always'],
  ['basic_expenditure', 'always'],
  ['personnel', 'always'],
  ['running_costs', 'always'],
  ['project_expenditure', 'always'],
  ['project_withheld', 'stated'],
  ['budget_adjusted', 'stated'],
  ['three_public_actual', 'always'],
  ['three_public_budget', 'stated'],
  ['staff_authorised', 'stated'],
  ['staff_actual', 'always'],
  ['evaluation_total_score', 'stated'],
  ['evaluation_grade', 'stated'],
];

/** The headline figures of one disclosure, in reading order. */
export function headlineFigures(d: DisclosureSummary): { main: FigureCell; rest: FigureCell[]; derived: FigureCell[] } {
  const total = spendingTotalOf(d);
  // Headline figures read as on the disclosure page: 万元 to two decimals (约, exact beside it), per person in 元/人.
  const byFact = new Map(Object.values(d.key).flatMap((k) => (k ? [[k.fact_id, k] as const] : [])));
  const derivedView = (x: DerivedFigure) => viewDerived(x, { readable: true, perPerson: perPersonOperands(x, (id) => byFact.get(id)) });
  const main: FigureCell = {
    id: 'expenditure_total',
    label: KEY_LABELS.expenditure_total,
    view: total?.computed ? derivedView(total.figure) : viewKeyFigure(d.key.expenditure_total, { readable: true }),
  };
  const rest = HEADLINE.filter(([id, shown]) => id !== 'expenditure_total' && (shown === 'always' || d.key[id])).map(([id]) => ({
    id,
    label: KEY_LABELS[id],
    view: viewKeyFigure(d.key[id], { readable: true }),
  }));
  const derived = d.derived.filter((x) => x.id !== COMPUTED_TOTAL_ID).map((x) => ({ id: x.id, label: x.label_zh, view: derivedView(x) }));
  return { main, rest, derived };
}

/** Columns of the over-the-years table, kept when at least one row states the figure. */
const SERIES_COLUMNS: KeyFigureId[] = [
  'expenditure_total',
  'basic_expenditure',
  'personnel',
  'running_costs',
  'project_expenditure',
  'three_public_actual',
  'staff_actual',
  'evaluation_total_score',
];

export interface Series {
  columns: { id: KeyFigureId; label: string }[];
  /** Oldest year first. */
  rows: { d: DisclosureSummary; cells: FigureView[] }[];
}

/** Key figures over the years for one department: null unless there are at least two years. */
export function keyFigureSeries(g: DepartmentGroup): Series | null {
  if (g.years.length < 2) return null;
  const ds = [...g.disclosures].sort((a, b) => a.year - b.year || a.kind.localeCompare(b.kind));
  const columns = SERIES_COLUMNS.filter((id) => ds.some((d) => d.key[id] || (id === 'expenditure_total' && spendingTotal(d)))).map((id) => ({
    id,
    label: KEY_LABELS[id],
  }));
  const rows = ds.map((d) => ({
    d,
    cells: columns.map((c) => {
      if (c.id === 'expenditure_total') {
        const total = spendingTotalOf(d);
        if (total?.computed) return viewDerived(total.figure);
      }
      return viewKeyFigure(d.key[c.id]);
    }),
  }));
  return { columns, rows };
}
