/**
 * A draft as the files of a curated folder: CSV by the one CSV writer
 * (src/core/csv.ts, LF line ends, no formula neutralising: curated files are
 * read by the normalizer, not a spreadsheet), JSON pretty-printed, source.txt
 * byte for byte.
 */
import { csvText } from '../core/csv';
import { FACT_COLUMNS, INDICATOR_COLUMNS, NOT_FIGURE_COLUMNS, PROJECT_COLUMNS } from '../schema/curated';

export function csvOf(columns: readonly string[], rows: Record<string, string>[]): string {
  return csvText([columns, ...rows.map((r) => columns.map((c) => r[c] ?? ''))], '\n');
}

export interface DraftFiles {
  'disclosure.json': string;
  'facts.csv': string;
  'projects.csv'?: string;
  'indicators.csv'?: string;
  'narrative.json'?: string;
  'not-figures.csv'?: string;
  'REVIEW.md': string;
}

export function filesOf(d: {
  meta: object;
  facts: Record<string, string>[];
  projects: Record<string, string>[];
  indicators: Record<string, string>[];
  narrative: object[];
  notFigures: Record<string, string>[];
  review: string;
}): DraftFiles {
  const files: DraftFiles = { 'disclosure.json': JSON.stringify(d.meta, null, 2) + '\n', 'facts.csv': csvOf(FACT_COLUMNS, d.facts), 'REVIEW.md': d.review };
  if (d.projects.length) files['projects.csv'] = csvOf(PROJECT_COLUMNS, d.projects);
  if (d.indicators.length) files['indicators.csv'] = csvOf(INDICATOR_COLUMNS, d.indicators);
  if (d.narrative.length) files['narrative.json'] = JSON.stringify(d.narrative, null, 2) + '\n';
  if (d.notFigures.length) files['not-figures.csv'] = csvOf(NOT_FIGURE_COLUMNS, d.notFigures);
  return files;
}
