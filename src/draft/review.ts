/**
 * REVIEW.md: what a curator must look at. The numbers of the text that no
 * drafted row covers (with their lines), the table rows the drafter could not
 * classify, what the metadata lacks, and a checklist.
 */
import { countedNumbers, excludedSpans, numbersIn } from '../normalize/coverage';
import type { NotFigureRule } from '../normalize/items';
import type { Line } from './text';
import type { DraftFact, DraftIndicator, NotFigureCols } from './types';

export interface Uncovered {
  text: string;
  line: number;
  lineText: string;
}

interface Span {
  start: number;
  end: number;
  numbers: Set<string>;
}

export function spansOf(facts: DraftFact[], indicators: DraftIndicator[]): Span[] {
  return [
    ...facts.map((f) => ({ start: f.start, end: f.end, numbers: new Set(numbersIn(f.row.value)) })),
    ...indicators.map((i) => ({ start: i.start, end: i.end, numbers: new Set([i.row.target, i.row.actual, i.row.weight, i.row.score].flatMap(numbersIn)) })),
  ];
}

export function rulesOf(rows: NotFigureCols[]): NotFigureRule[] {
  return rows.map((r) => ({ ...r, reason: r.reason as NotFigureRule['reason'], regex: new RegExp(r.pattern, 'g') }));
}

/** The counted numbers (as the coverage test counts them) that no draft row or not-figure rule covers. */
export function uncovered(
  source: string,
  lines: Line[],
  facts: DraftFact[],
  indicators: DraftIndicator[],
  notFigures: NotFigureCols[],
): { all: number; missing: Uncovered[] } {
  const spans = spansOf(facts, indicators);
  const excluded = excludedSpans(source, rulesOf(notFigures));
  const all = countedNumbers(source);
  const missing = all
    .filter(
      (t) => !spans.some((s) => s.start <= t.start && t.end <= s.end && s.numbers.has(t.text)) && !excluded.some((x) => x.start <= t.start && t.end <= x.end),
    )
    .map((t) => ({ text: t.text, line: t.line, lineText: lines[t.line - 1].text }));
  return { all: all.length, missing };
}

const show = (s: string) => s.replace(/\t/g, ' ⇥ ').replace(/\|/g, '\\|').slice(0, 160);

export function reviewMarkdown(input: {
  id: string;
  counts: Record<string, number>;
  missingMeta: string[];
  uncovered: { all: number; missing: Uncovered[] };
  unclassified: { line: number; text: string; why: string }[];
  tables: { name: string; line: number; kind: string }[];
}): string {
  const { uncovered: u } = input;
  const out: string[] = [];
  out.push(`# Review: ${input.id}`, '');
  out.push(
    'Drafted by `npm run draft`. Every drafted row says in its `note` which rule drafted it. Check each against the text,',
    'fix or delete it, add what is missing below, then run `npm run check` (see content/README.md, "Drafting").',
    '',
  );
  out.push('## Drafted', '');
  for (const [k, v] of Object.entries(input.counts)) out.push(`- ${k}: ${v}`);
  out.push('', `Standard tables recognised: ${input.tables.length ? input.tables.map((t) => `${t.name} (line ${t.line}, ${t.kind})`).join('; ') : 'none'}`, '');
  out.push('## Metadata to complete', '');
  out.push(
    input.missingMeta.length ? input.missingMeta.map((m) => `- ${m}`).join('\n') : '- nothing missing; check the title, names and dates against the text',
  );
  out.push('', `## Numbers no row covers (${u.missing.length} of ${u.all} counted numbers)`, '');
  if (!u.missing.length) out.push('None.');
  else {
    out.push(
      'Each is a figure to add to facts.csv / indicators.csv or a number to list in not-figures.csv.',
      '',
      '| line | number | line text |',
      '|---|---|---|',
    );
    for (const m of u.missing) out.push(`| ${m.line} | ${m.text} | ${show(m.lineText)} |`);
  }
  out.push('', `## Table rows not classified (${input.unclassified.length})`, '');
  if (!input.unclassified.length) out.push('None.');
  else {
    out.push('| line | why | row |', '|---|---|---|');
    for (const r of input.unclassified) out.push(`| ${r.line} | ${show(r.why)} | ${show(r.text)} |`);
  }
  out.push(
    '',
    '## Checklist',
    '',
    '- [ ] disclosure.json: id, names, title, dates',
    '- [ ] every drafted fact: concept, phase, scope, part_of, of/base',
    '- [ ] the numbers listed above',
    '- [ ] projects (purpose), indicators, narrative',
    '- [ ] `npm run check`, then move the folder into content/disclosures/ and run `npm test`',
    '',
  );
  return out.join('\n');
}
