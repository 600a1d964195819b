/**
 * The /compare/ page as figures: which charts the page shows and how each is
 * built from the records and the view. Build time renders them with the
 * default view; the island rebuilds them for the view in the URL and for the
 * downloads, with the same functions.
 */
import { barChartTree, barDesc, scatterChartTree, scatterDesc } from './charts';
import { citationText } from './citation';
import { exportSvg } from '../charts/export';
import { figureBody, type FigureParts } from './figure';
import type { MeasureId, PerBasis } from './measures';
import { barModel, scatterModel } from './model';
import type { CompareRecord } from './records';
import { tableCsv } from './csv';
import { barTable, scatterTable } from './table';
import type { Child, ElNode } from '../charts/tree';
import { formatView, SORT_LABELS, type ViewState } from './view-state';
import { applyFilters, filtersText, type FacetOptions, type Filters } from './filters';
import { mixNotes } from './model';

export type FigureSpec =
  | { id: string; kind: 'bar'; role: 'main' }
  | { id: string; kind: 'bar'; role: 'headline'; measure: MeasureId; per: PerBasis }
  | { id: string; kind: 'scatter'; role: 'scatter' };

/** Headline charts shipped with the page (with data tables), besides the main chart of the chosen measure. */
export const HEADLINES: { measure: MeasureId; per: PerBasis }[] = [
  { measure: 'expenditure_total', per: 'staff_actual' },
  { measure: 'expenditure_total', per: 'staff_authorised' },
  { measure: 'three_public', per: 'none' },
  { measure: 'personnel_share', per: 'none' },
  { measure: 'project_share', per: 'none' },
  { measure: 'execution_rate', per: 'none' },
  { measure: 'evaluation_score', per: 'none' },
];

export function pageFigures(): FigureSpec[] {
  return [
    { id: 'fig-main', kind: 'bar', role: 'main' },
    { id: 'fig-scatter', kind: 'scatter', role: 'scatter' },
    ...HEADLINES.map((x) => ({ id: `fig-${x.measure}${x.per === 'none' ? '' : '-' + x.per}`, kind: 'bar' as const, role: 'headline' as const, ...x })),
  ];
}

export interface PageContext {
  /** All of the department type's records; the view's filters pick the ones shown. */
  records: CompareRecord[];
  /** The facet values of `records` (filters.ts facetOptions). */
  options: FacetOptions;
  typeName: string;
  /** Absolute URL of the type's page without query (the URL of every view of it is this plus formatView). */
  pageUrl: string;
  /** Access date (YYYY-MM-DD). */
  date: string;
  /** Chart width in px. */
  width: number;
  js: boolean;
}

export interface BuiltFigure {
  body: Child[];
  title: string;
  /** The view that shows this chart as the main chart (for the citation URL and file names). */
  viewKey: string;
  csv: () => string;
  svg: (width: number) => string;
}

/** What the page says once for all its charts: which documents the view shows and how they differ. */
export interface PageScope {
  records: CompareRecord[];
  /** The filters in words ("2024年，部门决算"), "" for none. */
  label: string;
  /** The caveats every chart shares (比较须知), shown once above the charts. */
  notes: string[];
}

export function pageScope(view: ViewState, ctx: Pick<PageContext, 'records' | 'options'>): PageScope {
  return scopeOf(applyFilters(ctx.records, view.filter), view.filter, ctx.options);
}

/** The scope of records already narrowed to `filter` (a large type's one-facet table, views/compare/type-pages.ts). */
export function scopeOf(records: CompareRecord[], filter: Filters, options: FacetOptions): PageScope {
  return { records, label: filtersText(filter, options), notes: mixNotes(records) };
}

/** A chart's own notes: the ones the page's summary does not already say. */
export function ownNotes(notes: readonly string[], scope: PageScope): string[] {
  return notes.filter((n) => !scope.notes.includes(n));
}

const scoped = (title: string, scope: PageScope) => (scope.label ? `${title}（${scope.label}）` : title);

function viewFor(spec: FigureSpec, view: ViewState): ViewState {
  if (spec.kind === 'bar' && spec.role === 'headline') return { ...view, measure: spec.measure, per: spec.per };
  return view;
}

/** What differs between a bar and a scatter figure; buildFigure assembles the rest the same way. */
interface FigureKind {
  title: string;
  table: FigureParts['table'];
  /** Unit(s) named in the citation. */
  citationUnit: string;
  /** Titles of the documents plotted. */
  sources: string[];
  notes: readonly string[];
  heading: string;
  unit: string;
  formula: FigureParts['formula'];
  /** The chart at a width, and its title in an exported SVG. */
  chart: (width: number) => ElNode;
  svgTitle: string;
}

function figureKind(spec: FigureSpec, view: ViewState, scope: PageScope, typeName: string): FigureKind {
  if (spec.kind === 'scatter') {
    const m = scatterModel(spec.id, scope.records, view, typeName);
    const title = scoped(m.title, scope);
    return {
      title,
      table: scatterTable({ ...m, title }),
      citationUnit: `${m.xUnit}、${m.yUnit}`,
      sources: m.points.map((p) => p.record.title),
      notes: m.notes,
      heading: `${m.xLabel}与${m.yLabel}（散点图）`,
      unit: `横轴 ${m.xUnit}，纵轴 ${m.yUnit}`,
      formula: null,
      chart: (w) => scatterChartTree({ ...m, title }, w, scatterDesc(m)),
      svgTitle: title,
    };
  }
  const m = barModel(spec.id, scope.records, view, typeName);
  const title = scoped(m.title, scope);
  const desc = barDesc(m.marks, m.unit, SORT_LABELS[view.sort]);
  return {
    title,
    table: barTable({ ...m, title }),
    citationUnit: m.unit,
    sources: m.marks.map((x) => x.record.title),
    notes: m.notes,
    heading: spec.role === 'main' ? `${m.label}：${SORT_LABELS[view.sort]}` : m.label,
    unit: m.unit,
    formula: m.formula,
    chart: (w) => barChartTree({ id: spec.id, title: `${title}（${m.unit}）`, desc, unit: m.unit, marks: m.marks, domainAtLeast: m.domainAtLeast, width: w }),
    svgTitle: `${title}（${m.unit}）`,
  };
}

export function buildFigure(spec: FigureSpec, state: ViewState, ctx: PageContext): BuiltFigure {
  const view = viewFor(spec, state);
  const url = ctx.pageUrl + formatView(view);
  const viewKey = formatView(view).replace(/^\?/, '') || 'default';
  const scope = pageScope(view, ctx);
  const k = figureKind(spec, view, scope, ctx.typeName);
  const citation = citationText({ title: k.title, unit: k.citationUnit, sources: k.sources, url, date: ctx.date });
  const notes = ownNotes(k.notes, scope);
  const exported = [...scope.notes, ...notes];
  const parts: FigureParts = {
    id: spec.id,
    heading: k.heading,
    unit: k.unit,
    formula: k.formula,
    notes,
    chart: k.chart(ctx.width),
    table: k.table,
    citation,
    js: ctx.js,
  };
  return {
    body: figureBody(parts),
    title: k.title,
    viewKey,
    csv: () => tableCsv(k.table, citation, exported),
    svg: (w) => exportSvg(k.chart(w), k.svgTitle, citation, exported),
  };
}
