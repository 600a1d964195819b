/** projects.csv, indicators.csv, narrative.json and not-figures.csv of one disclosure. */
import { parseCsv, rowWhere } from './csv';
import {
  INDICATOR_COLUMNS,
  INDICATOR_REQUIRED,
  NARRATIVE_KINDS,
  NOT_FIGURE_COLUMNS,
  NOT_FIGURE_REQUIRED,
  PROJECT_COLUMNS,
  PROJECT_REQUIRED,
  indicatorRowSchema,
  narrativeSchema,
  notFigureRowSchema,
  projectRowSchema,
  type NotFigureRow,
} from '../schema/curated';
import type { Indicator, NarrativeEntry, Project } from '../schema/normalized';
import { place, type DisclosureContext } from './context';
import { quoteContainsValue } from './locate';
import { parseJson, validateCsvRows, validateIdentifiedCsv, validateJson } from './validate-rows';

export function normalizeProjects(ctx: DisclosureContext, text: string): Project[] {
  const file = `${ctx.folder}/projects.csv`;
  const { rows } = validateIdentifiedCsv(
    file,
    text,
    { required: PROJECT_REQUIRED, columns: PROJECT_COLUMNS, schema: projectRowSchema, idColumn: 'project_id', kind: 'project' },
    ctx.problems,
  );
  const out: Project[] = [];
  for (const { at, data } of rows) {
    const p = place(ctx, file, rowWhere(at, { kind: 'project', value: data.project_id }, 'quote'), data.quote, data.after);
    if (p) out.push({ id: data.project_id, name: data.name, purpose: data.purpose, quote: p.quote, anchor: p.anchor, line: p.line, note: data.note });
  }
  return out;
}

export function normalizeIndicators(ctx: DisclosureContext, text: string, projectIds: Set<string>): Indicator[] {
  const file = `${ctx.folder}/indicators.csv`;
  const { rows } = validateIdentifiedCsv(
    file,
    text,
    { required: INDICATOR_REQUIRED, columns: INDICATOR_COLUMNS, schema: indicatorRowSchema, idColumn: 'indicator_id', kind: 'indicator' },
    ctx.problems,
  );
  const out: Indicator[] = [];
  for (const { at: ref, data } of rows) {
    const at = (c: string) => rowWhere(ref, { kind: 'indicator', value: data.indicator_id }, c);
    if (data.scope === 'project' && !projectIds.has(data.project_id)) {
      ctx.problems.push({
        file,
        where: at('project_id'),
        expected: 'the project_id of a project in projects.csv (scope is project)',
        found: data.project_id ? `"${data.project_id}", which is not in projects.csv` : 'an empty value',
      });
    }
    const p = place(ctx, file, at('quote'), data.quote, data.after);
    if (!p) continue;
    for (const col of ['target', 'actual', 'weight', 'score'] as const) {
      if (data[col] && !p.quote.includes(data[col]) && !quoteContainsValue(p.quote, data[col])) {
        ctx.problems.push({ file, where: at(col), expected: `a value that occurs in the row's quote`, found: `"${data[col]}"` });
      }
    }
    out.push({
      id: data.indicator_id,
      scope: data.scope,
      project_id: data.project_id || null,
      row_kind: data.row_kind,
      level1: data.level1,
      level2: data.level2,
      level3: data.level3,
      target: data.target,
      actual: data.actual,
      weight: data.weight,
      score: data.score,
      deviation_note: data.deviation_note,
      quote: p.quote,
      anchor: p.anchor,
      line: p.line,
      note: data.note,
    });
  }
  return out;
}

export function normalizeNarrative(ctx: DisclosureContext, text: string): NarrativeEntry[] {
  const file = `${ctx.folder}/narrative.json`;
  const json = parseJson(file, text, ctx.problems);
  if (json === undefined) return [];
  const list = validateJson(file, json, narrativeSchema, ctx.problems) ?? [];
  const out: NarrativeEntry[] = [];
  list.forEach((n, i) => {
    const p = place(ctx, file, `$[${i}].quote`, n.quote, n.after);
    if (p) out.push({ kind: n.kind, kind_zh: NARRATIVE_KINDS[n.kind], title: n.title, status: n.status, text: p.quote, anchor: p.anchor, line: p.line });
  });
  return out;
}

export interface NotFigureRule extends NotFigureRow {
  regex: RegExp;
}

export function readNotFigures(ctx: DisclosureContext, text: string): NotFigureRule[] {
  const file = `${ctx.folder}/not-figures.csv`;
  const csv = parseCsv(text, file, NOT_FIGURE_REQUIRED, NOT_FIGURE_COLUMNS);
  ctx.problems.push(...csv.problems);
  const out: NotFigureRule[] = [];
  for (const { at, data } of validateCsvRows(file, csv.rows, notFigureRowSchema, ctx.problems)) {
    let regex: RegExp;
    try {
      regex = new RegExp(data.pattern, 'g');
    } catch (e) {
      ctx.problems.push({
        file,
        where: rowWhere(at, undefined, 'pattern'),
        expected: 'a JavaScript regular expression',
        found: `"${data.pattern}" (${(e as Error).message})`,
      });
      continue;
    }
    for (const [col, t] of [
      ['after', data.after],
      ['before', data.before],
    ] as const) {
      if (t && !ctx.source.includes(t))
        ctx.problems.push({ file, where: rowWhere(at, undefined, col), expected: 'text that occurs in the source', found: `"${t}"` });
    }
    out.push({ ...data, regex });
  }
  return out;
}
