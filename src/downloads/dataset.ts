/**
 * Every file under /data/: the tables (research and Excel copies), the JSON,
 * the redacted source texts, the file list and the data package. Each
 * disclosure contributes its own files and its rows (`contribution`), so the
 * build can produce them one disclosure at a time; content comes in chunks so
 * a large corpus is never one huge string. The /data/ page reads the
 * manifest the build wrote (sizes, rows, hashes of the very files).
 */
import { createHash } from 'node:crypto';
import type { Collections } from '../normalize/corpus';
import { countyEntrySchema, disclosureDetailsSchema, disclosureSummarySchema, sourceEntrySchema, type CountyEntry, type DisclosureDetails, type DisclosureSummary, type SourceEntry } from '../schema/normalized';
import type { BuildInfo } from './build-info';
import type { Row, TableSpec } from './columns';
import { BOM, csvHeader, csvRecords } from './csv';
import { dataPackage, LICENSE, PACKAGE_NAME } from './datapackage';
import { dataFile } from './paths';
import { checkRows, countyRows, disclosureRow, factRows, fileRow, indicatorRows, projectRows, type FileFacts } from './rows';
import { checksTable, countiesTable, DATA_TABLES, disclosuresTable, factsTable, filesTable, indicatorsTable, projectsTable } from './tables';

export interface Bundle {
  summary: DisclosureSummary;
  details: DisclosureDetails;
  source: SourceEntry;
}

export type FileGroup = 'table' | 'excel' | 'json' | 'meta' | 'disclosure';

export interface DataFile {
  /** Path inside /data/. */
  path: string;
  group: FileGroup;
  /** Chinese description for the listing. */
  title: string;
  /** Schema the CSV follows. */
  table: TableSpec | null;
  disclosureId: string | null;
  variant: 'research' | 'excel';
  format: 'csv' | 'json' | 'txt';
  mediatype: string;
  bom: boolean;
  /** Data rows of a CSV (header excluded); null for other formats. */
  rows: number | null;
  chunks: () => Iterable<Chunk>;
}

export interface FileStat {
  bytes: number;
  sha256: string;
}

export interface MeasuredFile extends DataFile, FileStat {}

/**
 * Canonical entries: parsed by the normalized zod schemas (which fixes key
 * order and drops anything else), disclosures by id, counties by code. The
 * build (normalizer output) and the page (Astro collections) give the same bytes.
 */
export function canonical(c: Collections): { bundles: Bundle[]; counties: CountyEntry[] } {
  const details = new Map(c.details.map((d) => [d.id, d]));
  const sources = new Map(c.sources.map((s) => [s.id, s]));
  const bundles = [...c.disclosures]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((s) => {
      const d = details.get(s.id);
      const src = sources.get(s.id);
      if (!d) throw new Error(`downloads: disclosure ${s.id} has no details entry`);
      if (!src) throw new Error(`downloads: disclosure ${s.id} has no source entry`);
      return canonicalBundle({ summary: s, details: d, source: src });
    });
  return { bundles, counties: canonicalCounties(c.counties) };
}

export function canonicalBundle(b: Bundle): Bundle {
  return { summary: disclosureSummarySchema.parse(b.summary), details: disclosureDetailsSchema.parse(b.details), source: sourceEntrySchema.parse(b.source) };
}

export function canonicalCounties(counties: readonly CountyEntry[]): CountyEntry[] {
  return [...counties].sort((a, b) => a.code.localeCompare(b.code)).map((x) => countyEntrySchema.parse(x));
}

/** A piece of a file's content: text, or bytes already encoded as UTF-8 (parts read back from disk). */
export type Chunk = string | Uint8Array;

function csvFile(
  t: TableSpec,
  path: string,
  rows: number,
  records: () => Iterable<Chunk>,
  o: { group: FileGroup; title: string; excel?: boolean; disclosureId?: string },
): DataFile {
  const excel = o.excel ?? false;
  return {
    path,
    group: o.group,
    title: o.title,
    table: t,
    disclosureId: o.disclosureId ?? null,
    variant: excel ? 'excel' : 'research',
    format: 'csv',
    mediatype: 'text/csv',
    bom: excel,
    rows,
    chunks: function* () {
      yield (excel ? BOM : '') + csvHeader(t);
      yield* records();
    },
  };
}

function jsonFile(path: string, group: FileGroup, title: string, disclosureId: string | null, chunks: () => Iterable<Chunk>): DataFile {
  return { path, group, title, table: null, disclosureId, variant: 'research', format: 'json', mediatype: 'application/json', bom: false, rows: null, chunks };
}

/** The per-disclosure JSON: the summary and the details, exactly as the site uses them. */
export function disclosureJson(b: Bundle): string {
  return JSON.stringify({ summary: b.summary, details: b.details });
}

/** The corpus-wide tables made of each disclosure's rows, in DATA_TABLES order (counties.csv comes from the registry). */
export const PER_DISCLOSURE_TABLES: readonly { t: TableSpec; rows: (b: Bundle) => Row[]; title: string }[] = [
  { t: disclosuresTable, rows: (b) => [disclosureRow(b.summary)], title: '公开文件（每份一行，含关键数字）' },
  { t: factsTable, rows: (b) => factRows(b.details), title: '数字（每个数字一行，含原文引文）' },
  { t: projectsTable, rows: (b) => projectRows(b.details), title: '项目' },
  { t: indicatorsTable, rows: (b) => indicatorRows(b.details), title: '绩效指标' },
  { t: checksTable, rows: (b) => checkRows(b.details), title: '一致性核对' },
];
const COUNTIES_TITLE = '县级行政区划';
if ([...PER_DISCLOSURE_TABLES.map((x) => x.t), countiesTable].join() !== DATA_TABLES.join()) throw new Error('downloads: the table list differs from DATA_TABLES');

/** One disclosure's records in one corpus-wide table, in both variants. */
export interface TablePart {
  rows: number;
  research: string;
  excel: string;
}

/**
 * One disclosure's share of /data/: its own files (JSON, CSV of its figures,
 * redacted source text), its records in each corpus-wide table, and its entry
 * in all.json. The build computes this one disclosure at a time and never
 * holds the corpus; the in-memory `produceDataset` uses the same function.
 */
export interface Contribution {
  id: string;
  own: DataFile[];
  /** Aligned with PER_DISCLOSURE_TABLES. */
  parts: TablePart[];
  json: string;
}

export function contribution(b: Bundle): Contribution {
  const id = b.summary.id;
  const json = disclosureJson(b);
  const parts = PER_DISCLOSURE_TABLES.map(({ t, rows }) => {
    const r = rows(b);
    return { rows: r.length, research: r.length ? csvRecords(t, r) : '', excel: r.length ? csvRecords(t, r, { excel: true }) : '' };
  });
  const facts = parts[PER_DISCLOSURE_TABLES.findIndex((x) => x.t === factsTable)];
  const own: DataFile[] = [
    jsonFile(dataFile.disclosureJson(id), 'disclosure', '概要和明细（JSON）', id, () => [json + '\n']),
    // Offered on the disclosure page to readers, who open it in a spreadsheet: the Excel variant (BOM, formulas neutralised).
    csvFile(factsTable, dataFile.disclosureCsv(id), facts.rows, () => [facts.excel], { group: 'disclosure', title: '数字（CSV，电子表格用）', disclosureId: id, excel: true }),
    { path: dataFile.source(id), group: 'disclosure', title: '原文（已隐去个人手机号）', table: null, disclosureId: id, variant: 'research', format: 'txt', mediatype: 'text/plain', bom: false, rows: null, chunks: () => [b.source.text] },
  ];
  return { id, own, parts, json };
}

/**
 * Where the corpus-wide content comes from, disclosure by disclosure in id
 * order: contributions in memory (tests, the reference) or the part files the
 * build's workers wrote (scripts/lib/normalize-stream.ts).
 */
export interface CorpusParts {
  counties: readonly CountyEntry[];
  /** Data rows of a PER_DISCLOSURE_TABLES table (by index). */
  rows: (table: number) => number;
  /** Its records (no header), as chunks. */
  records: (table: number, variant: 'research' | 'excel') => Iterable<Chunk>;
  /** all.json's disclosure entries, comma-separated, as chunks. */
  json: () => Iterable<Chunk>;
}

export function partsInMemory(contribs: readonly Contribution[], counties: readonly CountyEntry[]): CorpusParts {
  return {
    counties,
    rows: (i) => contribs.reduce((n, c) => n + c.parts[i].rows, 0),
    records: (i, v) => contribs.map((c) => c.parts[i][v]),
    json: () => contribs.map((c, k) => (k ? ',' : '') + c.json),
  };
}

/** The corpus-wide files (research tables, Excel copies, all.json), in listing order. */
export function corpusFiles(p: CorpusParts, info: BuildInfo): DataFile[] {
  const countyRecords = (excel: boolean) => () => [csvRecords(countiesTable, countyRows(p.counties), { excel })];
  const tables = [
    ...PER_DISCLOSURE_TABLES.map((x, i) => ({ t: x.t, title: x.title, rows: p.rows(i), records: (excel: boolean) => () => p.records(i, excel ? 'excel' : 'research') })),
    { t: countiesTable, title: COUNTIES_TITLE, rows: p.counties.length, records: countyRecords },
  ];
  return [
    ...tables.map((x) => csvFile(x.t, dataFile.table(x.t.name), x.rows, x.records(false), { group: 'table', title: x.title })),
    ...tables.map((x) => csvFile(x.t, dataFile.excel(x.t.name), x.rows, x.records(true), { group: 'excel', title: `${x.title}（Excel 版）`, excel: true })),
    jsonFile(dataFile.all(), 'json', '全部数据（JSON：区划、每份公开文件的概要和明细）', null, function* () {
      yield `{"name":${JSON.stringify(PACKAGE_NAME)},"version":${JSON.stringify(info.version)},"created":${JSON.stringify(info.date)},"license":${JSON.stringify(LICENSE.name)},"counties":${JSON.stringify(p.counties)},"disclosures":[`;
      yield* p.json();
      yield ']}\n';
    }),
  ];
}

/** Byte size and SHA-256 of a file's content; `sink` receives the bytes (the build step writes them). */
export function measure(f: DataFile, sink?: (bytes: Uint8Array) => void): FileStat {
  const hash = createHash('sha256');
  let bytes = 0;
  const enc = new TextEncoder();
  for (const chunk of f.chunks()) {
    const b = typeof chunk === 'string' ? enc.encode(chunk) : chunk;
    hash.update(b);
    bytes += b.byteLength;
    sink?.(b);
  }
  return { bytes, sha256: hash.digest('hex') };
}

/** How a file is described in files.csv. */
export function fileFacts(f: ListedFile): FileFacts {
  return { path: f.path, table: f.table?.name ?? null, disclosureId: f.disclosureId, variant: f.variant, format: f.format, mediatype: f.mediatype, bom: f.bom, rows: f.rows, bytes: f.bytes, sha256: f.sha256 };
}

export type OpenFile = (path: string) => { write: (bytes: Uint8Array) => void; close: () => void };

/** Measure a file, writing its bytes through `open` when given. */
export function runFile(f: DataFile, open?: OpenFile): MeasuredFile {
  const out = open?.(f.path);
  try {
    return { ...f, ...measure(f, out?.write) };
  } finally {
    out?.close();
  }
}

/** A measured file without its content (what the listing, the data package and the manifest need). */
export type ListedFile = Omit<MeasuredFile, 'chunks'>;

/**
 * files.csv (which lists every content file) and datapackage.json (which
 * describes the tables, files.csv and all.json), after the content files.
 */
export function finishDataset(done: readonly ListedFile[], info: BuildInfo, open?: OpenFile): MeasuredFile[] {
  const listRows = done.map((f) => fileRow(fileFacts(f)));
  const list = runFile(csvFile(filesTable, dataFile.files(), listRows.length, () => [csvRecords(filesTable, listRows)], { group: 'meta', title: '文件清单（每个文件的大小和 SHA-256）' }), open);
  const described = [...done.filter((f) => f.group === 'table' || f.path === dataFile.all()), list];
  const pkgText = JSON.stringify(dataPackage(described, info), null, 2) + '\n';
  const pkg = runFile({ path: dataFile.datapackage(), group: 'meta', title: '数据包描述（Frictionless Data Package：表结构、字段说明、许可）', table: null, disclosureId: null, variant: 'research', format: 'json', mediatype: 'application/json', bom: false, rows: null, chunks: () => [pkgText] }, open);
  return [list, pkg];
}

/**
 * All files of /data/ with their sizes and hashes, from collections in
 * memory: the corpus-wide files, each disclosure's own files, then files.csv
 * and datapackage.json. With `open`, each file's bytes are written as they are
 * measured. The build produces the same files without holding the corpus
 * (scripts/lib/normalize-stream.ts); the tests compare the two.
 */
export function produceDataset(c: Collections, info: BuildInfo, open?: OpenFile): MeasuredFile[] {
  const { bundles, counties } = canonical(c);
  const contribs = bundles.map(contribution);
  const done = [...corpusFiles(partsInMemory(contribs, counties), info), ...contribs.flatMap((x) => x.own)].map((f) => runFile(f, open));
  return [...done, ...finishDataset(done, info, open)];
}
