/**
 * One document's text → a draft disclosure folder (in memory). Pure: the
 * caller reads the text and registries and writes the files (scripts/draft.ts).
 */
import { DISCLOSURE_KINDS, formatDisclosureId } from '../core/disclosure-id';
import type { Registries } from '../normalize/registries';
import { draftBasicData } from './basic-data';
import { draftIndicators } from './indicators';
import { blocksOf, rowsOf } from './layout';
import { draftMeta, type DraftMeta } from './metadata';
import { draftNarrative, type DraftNarrative } from './narrative';
import { reviewMarkdown, uncovered } from './review';
import { functionalNames } from './functional-names';
import { draftSentences } from './sentences';
import { draftStandardTables, type DocContext } from './standard-tables';
import { linesOf, quoteAt, sectionsOf } from './text';
import { idAllocator, type DraftFact, type DraftIndicator, type DraftProject, type NotFigureCols } from './types';
import { filesOf, type DraftFiles } from './writer';

export interface Draft {
  id: string | null;
  meta: DraftMeta;
  facts: DraftFact[];
  indicators: DraftIndicator[];
  projects: DraftProject[];
  narrative: DraftNarrative[];
  notFigures: NotFigureCols[];
  uncovered: ReturnType<typeof uncovered>;
  files: DraftFiles;
}

export function idOf(m: DraftMeta): string | null {
  return m.county && m.departmentType && m.year && m.kind
    ? formatDisclosureId({ county_code: m.county.code, department_type: m.departmentType, year: m.year, kind: m.kind })
    : null;
}

export function draftDisclosure(source: string, registries: Registries, opts: { id?: string; sourceFile: string }): Draft {
  const lines = linesOf(source);
  const sections = sectionsOf(lines);
  const ctx: DocContext = { source, lines, sections, registries };
  const meta = draftMeta(source, lines, registries);
  const rows = rowsOf(lines);
  const blocks = blocksOf(rows, lines);
  const take = idAllocator();
  const tables = draftStandardTables(ctx, blocks, take);
  const evaluation = draftIndicators(ctx, blocks, take);
  const tableLines = new Set(rows.flatMap((r) => Array.from({ length: r.lastLine - r.line + 1 }, (_, k) => r.line + k)));
  const basic = draftBasicData(ctx, blocks, meta.year, take);
  const tableFacts = [...tables.facts, ...evaluation.facts, ...basic];
  const covered = (s: number, e: number) => tableFacts.some((f) => f.start <= s && e <= f.end);
  const projects = [...evaluation.projects];
  const project = (name: string, start: number, end: number, purpose: string): string | null => {
    const known = projects.find((p) => p.row.name === name);
    if (known) return known.row.project_id;
    const q = quoteAt(source, start, end);
    if (!q) return null;
    const id = `p${projects.length + 1}`;
    projects.push({ row: { project_id: id, name, purpose, quote: q.quote, after: q.after, note: 'draft: project named in a sentence' }, start, end });
    return id;
  };
  const sentences = draftSentences({
    source,
    lines,
    sections,
    tableLines,
    covered,
    project,
    functionalClasses: new Map([...registries.functional.values()].filter((e) => e.code.length === 3).map((e) => [e.name, e.code])),
    functionalNames: functionalNames(registries.functional.values()),
  });
  const facts = [...tableFacts, ...sentences].sort((a, b) => a.start - b.start || a.end - b.end);
  const narrative = draftNarrative(source, lines);
  const notFigures: NotFigureCols[] = [...tables.notFigures];
  if (/联系电话/.test(source))
    notFigures.push({ after: '', before: '', pattern: '联系电话[：:]\\s*(\\d+)', reason: 'phone', note: 'draft: telephone numbers are not figures' });
  const id = opts.id ?? idOf(meta);
  const unc = uncovered(source, lines, facts, evaluation.indicators, notFigures);
  const review = reviewMarkdown({
    id: id ?? '(id unknown)',
    counts: {
      'table cells': tableFacts.length,
      'sentence figures': sentences.length,
      'indicator rows': evaluation.indicators.length,
      projects: projects.length,
      'narrative sections': narrative.length,
      'not-figure rules': notFigures.length,
    },
    missingMeta: meta.missing,
    uncovered: unc,
    unclassified: tables.unclassified,
    tables: tables.tables.map((t) => ({ name: t.name, line: t.line, kind: t.kind })),
  });
  const county = meta.county;
  const kindZh = meta.kind ? DISCLOSURE_KINDS[meta.kind] : '';
  const deptName = meta.departmentName ?? '';
  const disclosure = {
    id: id ?? '',
    county_code: county?.code ?? '',
    department_type: meta.departmentType ?? '',
    department_name: deptName,
    department_short_name: meta.departmentShortName ?? deptName,
    year: meta.year ?? 0,
    kind: meta.kind ?? '',
    title: `${deptName}${meta.year ?? ''}年度${kindZh}`,
    title_quote: meta.titleQuote ?? '',
    issuer: deptName,
    source_file: opts.sourceFile,
    source_note: 'Drafted by npm run draft from the plain text; to be reviewed (see REVIEW.md).',
    dates: meta.dates,
  };
  const files = filesOf({
    meta: disclosure,
    facts: facts.map((f) => f.row),
    projects: projects.map((p) => p.row),
    indicators: evaluation.indicators.map((i) => i.row),
    narrative: narrative.map(({ kind, title, quote, after }) => ({ kind, title, quote, ...(after ? { after } : {}) })),
    notFigures,
    review,
  });
  return { id, meta, facts, indicators: evaluation.indicators, projects, narrative, notFigures, uncovered: unc, files };
}
