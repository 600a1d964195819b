/** One disclosure folder → its summary, details and source entries. */
import { disclosureMetaSchema } from '../schema/curated';
import { DISCLOSURE_ID, DISCLOSURE_KINDS } from '../core/disclosure-id';
import type { CheckResult, DisclosureDetails, DisclosureSummary, Fact, Indicator, NarrativeEntry, NoteEntry, Project, SourceEntry } from '../schema/normalized';
import { checkNoteCharts, MDX_NOTE_FILE, NOTE_FILE, parseNote } from './note';
import { place, type DisclosureContext } from './context';
import { normalizeFacts } from './facts';
import { normalizeIndicators, normalizeNarrative, normalizeProjects, readNotFigures, type NotFigureRule } from './items';
import { derivedFigures, keyFigures } from './key-figures';
import { redactPersonalData } from './redact';
import { unsafeCharacters } from './text-safety';
import { countyValidIn, type Registries } from './registries';
import { parseJson, validateJson } from './validate-rows';
import { laminarAnchors } from './anchors';
import { lineStarts } from './locate';
import type { Problem } from '../core/problems';
import type { DocumentInput } from '../checks/document';
import { scorecardCriteria, summarizeScorecard } from '../checks/scorecard';
import { isStructuralRule } from '../checks/rules';

export interface NormalizedDisclosure {
  summary: DisclosureSummary;
  details: DisclosureDetails;
  source: SourceEntry;
  notFigures: NotFigureRule[];
  /** The verbatim source text as curated (tests check quotes and coverage against it). */
  verbatim: string;
  /** The editorial note (note.md), parsed; null when there is none. */
  note: NoteEntry | null;
}

export type ReadText = (path: string, opts?: { optional?: boolean }) => string | null;
export type RunChecks = (input: { facts: Fact[]; indicators: Indicator[]; projects: Project[]; document?: DocumentInput }) => CheckResult[];

export function normalizeDisclosure(
  folder: string,
  readText: ReadText,
  registries: Registries,
  problems: Problem[],
  runChecks: RunChecks,
): NormalizedDisclosure | null {
  const before = problems.length;
  const metaFile = `${folder}/disclosure.json`;
  const metaText = readText(metaFile);
  const json = metaText === null ? undefined : parseJson(metaFile, metaText, problems);
  const meta = json === undefined ? null : validateJson(metaFile, json, disclosureMetaSchema, problems);
  const folderName = folder.split('/').pop()!;
  if (meta) {
    if (meta.id !== folderName)
      problems.push({
        file: metaFile,
        where: '$.id',
        expected: `the folder name "${folderName}" (a disclosure folder is named by its id)`,
        found: JSON.stringify(meta.id),
      });
    const m = DISCLOSURE_ID.exec(meta.id);
    if (m) {
      const parts: [string, string, string][] = [
        ['county_code', m[1], meta.county_code],
        ['department_type', m[2], meta.department_type],
        ['year', m[3], String(meta.year)],
        ['kind', m[4], meta.kind],
      ];
      for (const [field, inId, inMeta] of parts) {
        if (inId !== inMeta)
          problems.push({ file: metaFile, where: `$.${field}`, expected: `"${inId}" as in the id ${meta.id}`, found: JSON.stringify(inMeta) });
      }
    }
    const county = registries.counties.get(meta.county_code);
    if (!county)
      problems.push({
        file: metaFile,
        where: '$.county_code',
        expected: 'a county code listed in content/registries/counties.csv',
        found: `unknown county code ${meta.county_code}`,
      });
    else if (!countyValidIn(county, meta.year))
      problems.push({
        file: metaFile,
        where: '$.county_code',
        expected: `a code valid in ${meta.year} (${county.name} ${meta.county_code} is valid ${county.valid_from || '…'}–${county.valid_to || '…'}${county.successor_code ? `; successor ${county.successor_code}` : ''}${county.predecessor_code ? `; predecessor ${county.predecessor_code}` : ''})`,
        found: meta.county_code,
      });
    if (!registries.departmentTypes.has(meta.department_type))
      problems.push({
        file: metaFile,
        where: '$.department_type',
        expected: `a department type in content/registries/department-types.json (${[...registries.departmentTypes.keys()].join(', ')})`,
        found: JSON.stringify(meta.department_type),
      });
  }
  const sourceText = readText(`${folder}/source.txt`);
  if (sourceText !== null && sourceText.trim() === '') problems.push({ file: `${folder}/source.txt`, expected: "the document's text", found: 'an empty file' });
  const badChar = sourceText === null ? null : unsafeCharacters(sourceText, true);
  if (badChar) problems.push({ file: `${folder}/source.txt`, expected: 'text without NUL or control characters (tabs and line breaks aside)', found: badChar });
  const factsText = readText(`${folder}/facts.csv`);
  if (sourceText === null || sourceText.trim() === '') return null;
  // Even with a broken disclosure.json, the other files are checked, so every problem shows at once.
  const redacted = redactPersonalData(sourceText);
  const ctx: DisclosureContext = { folder, source: redacted.text, lines: lineStarts(redacted.text), registries, problems };
  const titleAt = meta && place(ctx, metaFile, '$.title_quote', meta.title_quote, undefined);
  const placedDates = (meta?.dates ?? []).flatMap((d, i) => {
    const p = place(ctx, metaFile, `$.dates[${i}].quote`, d.quote, d.after);
    return p ? [{ index: i, date: { type: d.type, value: d.value, quote: p.quote, anchor: p.anchor } }] : [];
  });
  const dates = placedDates.map((p) => p.date);
  const facts = factsText === null ? [] : normalizeFacts(ctx, factsText);
  // A 截至 date is the cut-off of the figures stated with it: its quote must overlap a figure's quote.
  for (const { index, date: d } of placedDates) {
    const r = anchorRange(d.anchor);
    if (d.type !== 'as_of' || facts.some((f) => overlaps(r, anchorRange(f.anchor)))) continue;
    problems.push({
      file: metaFile,
      where: `$.dates[${index}].quote`,
      expected: 'an as_of (截至) date quoted where a figure of facts.csv is quoted (it dates that figure)',
      found: `"${d.quote}", which overlaps no figure's quote`,
    });
  }
  if (factsText !== null && facts.length === 0 && !problems.slice(before).some((p) => p.file === `${folder}/facts.csv`)) {
    problems.push({
      file: `${folder}/facts.csv`,
      expected: 'at least one figure (a disclosure is published for its figures; record each with its quote)',
      found: 'no figures: the file has a header and no data rows',
    });
  }
  const projectsText = readText(`${folder}/projects.csv`, { optional: true });
  const projects = projectsText === null ? [] : normalizeProjects(ctx, projectsText);
  const projectIds = new Set(projects.map((p) => p.id));
  for (const f of facts) {
    if (f.project_id && !projectIds.has(f.project_id))
      problems.push({
        file: `${folder}/facts.csv`,
        where: `fact ${f.id}, column project_id`,
        expected: 'the project_id of a project in projects.csv',
        found: `"${f.project_id}"`,
      });
  }
  const indicatorsText = readText(`${folder}/indicators.csv`, { optional: true });
  const indicators = indicatorsText === null ? [] : normalizeIndicators(ctx, indicatorsText, projectIds);
  const narrativeText = readText(`${folder}/narrative.json`, { optional: true });
  const narrative = narrativeText === null ? [] : normalizeNarrative(ctx, narrativeText);
  const notFiguresText = readText(`${folder}/not-figures.csv`, { optional: true });
  const notFigures = notFiguresText === null ? [] : readNotFigures(ctx, notFiguresText);
  const noteFile = `${folder}/${NOTE_FILE}`;
  const noteText = readText(noteFile, { optional: true });
  const noteBlocks = noteText === null ? null : parseNote(noteText, noteFile, problems);
  if (noteBlocks) checkNoteCharts(noteBlocks, facts, noteFile, problems);
  if (readText(`${folder}/${MDX_NOTE_FILE}`, { optional: true }) !== null) {
    problems.push({
      file: `${folder}/${MDX_NOTE_FILE}`,
      expected: `the editorial note as plain Markdown in ${NOTE_FILE} (see content/README.md)`,
      found: 'an MDX note: MDX is compiled to code that runs at build time, so notes are not MDX',
    });
  }
  if (problems.length > before || !meta || !titleAt) return null;

  const county = registries.counties.get(meta.county_code)!;
  const dept = registries.departmentTypes.get(meta.department_type)!;
  const checks = runChecks({ facts, indicators, projects, document: { kind: meta.kind, source: redacted.text, narrative } });
  const key = keyFigures(facts);
  const scorecard = scorecardCriteria({ kind: meta.kind, year: meta.year, dates, facts, narrative, checks });
  // The consistency counts (does the document agree with itself?); the structural results feed the scorecard.
  const consistency = checks.filter((c) => !isStructuralRule(c.rule));
  const count = (s: CheckResult['status']) => consistency.filter((c) => c.status === s).length;
  const summary: DisclosureSummary = {
    id: meta.id,
    county_code: county.code,
    county_name: county.name,
    county_short_name: county.short_name,
    prefecture: county.prefecture,
    prefecture_code: county.prefecture_code,
    province: county.province,
    province_code: county.province_code,
    department_type: dept.id,
    department_type_name: dept.name,
    department_type_variants: dept.variants,
    department_name: meta.department_name,
    department_short_name: meta.department_short_name,
    year: meta.year,
    kind: meta.kind,
    kind_zh: DISCLOSURE_KINDS[meta.kind],
    title: meta.title,
    title_anchor: titleAt.anchor,
    issuer: meta.issuer,
    source_file: meta.source_file,
    source_url: meta.source_url ?? null,
    source_completeness: meta.source_completeness,
    source_completeness_note: meta.source_completeness === 'complete' ? null : (meta.source_completeness_note ?? null),
    dates,
    counts: {
      facts: facts.length,
      projects: projects.length,
      indicators: indicators.length,
      narrative: narrative.length,
      withheld: facts.filter((f) => f.status === 'withheld').length,
    },
    key,
    derived: derivedFigures(key),
    checks: { total: consistency.length, pass: count('pass'), rounding: count('rounding'), fail: count('fail'), not_applicable: count('not_applicable') },
    scorecard: summarizeScorecard(scorecard),
  };
  const ranges = [
    { start: titleAt.start, end: titleAt.end },
    ...[...facts, ...projects, ...indicators, ...narrative, ...dates].map((x) => anchorRange(x.anchor)),
  ];
  return {
    summary,
    details: { id: meta.id, facts, projects, indicators, narrative, checks, scorecard },
    source: { id: meta.id, text: redacted.text, redactions: redacted.count, anchors: laminarAnchors(ranges) },
    notFigures,
    verbatim: sourceText,
    note: noteBlocks && noteBlocks.length ? { id: meta.id, blocks: noteBlocks } : null,
  };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

function anchorRange(anchor: string): { start: number; end: number } {
  const [, s, e] = anchor.split('-');
  return { start: Number(s), end: Number(e) };
}
