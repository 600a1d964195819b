/**
 * A draft as the files of a curated folder: CSV written with papaparse
 * (RFC 4180, fields with commas, quotes, tabs, line breaks or edge spaces
 * quoted), JSON pretty-printed, source.txt byte for byte.
 */
import Papa from 'papaparse';
import { FACT_COLUMNS, INDICATOR_COLUMNS, NOT_FIGURE_COLUMNS, PROJECT_COLUMNS } from '../schema/curated';

const NEEDS_QUOTES = /[",\r\n\t]|^\s|\s$/;

export function csvOf(columns: readonly string[], rows: Record<string, string>[]): string {
  return Papa.unparse([columns as string[], ...rows.map((r) => columns.map((c) => r[c] ?? ''))], { newline: '\n', quotes: (v: unknown) => typeof v === 'string' && NEEDS_QUOTES.test(v) }) + '\n';
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
