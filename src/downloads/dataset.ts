/**
 * Every file under /data/, as a pure function of the collections: the
 * tables (research and Excel copies), the JSON, the redacted source texts,
 * the file list and the data package. Content comes in chunks (one per
 * disclosure for the big files) so a large corpus is never one huge string.
 * The build step writes these files; the /data/ page measures the very same
 * content, so the sizes and row counts it shows are the files'.
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
  chunks: () => Iterable<string>;
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
      return { summary: disclosureSummarySchema.parse(s), details: disclosureDetailsSchema.parse(d), source: sourceEntrySchema.parse(src) };
    });
  const counties = [...c.counties].sort((a, b) => a.code.localeCompare(b.code)).map((x) => countyEntrySchema.parse(x));
  return { bundles, counties };
}

function csvFile(
  t: TableSpec,
  path: string,
  rows: number,
  perPart: () => Iterable<Row[]>,
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
      for (const part of perPart()) if (part.length) yield csvRecords(t, part, { excel });
    },
  };
}

function jsonFile(path: string, group: FileGroup, title: string, disclosureId: string | null, chunks: () => Iterable<string>): DataFile {
  return { path, group, title, table: null, disclosureId, variant: 'research', format: 'json', mediatype: 'application/json', bom: false, rows: null, chunks };
}

const sum = (xs: Iterable<number>) => {
  let n = 0;
  for (const x of xs) n += x;
  return n;
};

/** The per-disclosure JSON: the summary and the details, exactly as the site uses them. */
export function disclosureJson(b: Bundle): string {
  return JSON.stringify({ summary: b.summary, details: b.details });
}

/** The content files (everything but files.csv and datapackage.json), in listing order. */
export function contentFiles(c: Collections, info: BuildInfo): DataFile[] {
  const { bundles, counties } = canonical(c);
  const per = <T>(f: (b: Bundle) => T) => () => bundles.map(f);
  const tables: { t: TableSpec; rows: number; parts: () => Iterable<Row[]>; title: string }[] = [
    { t: disclosuresTable, rows: bundles.length, parts: () => [bundles.map((b) => disclosureRow(b.summary))], title: '公开文件（每份一行，含关键数字）' },
    { t: factsTable, rows: sum(bundles.map((b) => b.details.facts.length)), parts: per((b) => factRows(b.details)), title: '数字（每个数字一行，含原文引文）' },
    { t: projectsTable, rows: sum(bundles.map((b) => b.details.projects.length)), parts: per((b) => projectRows(b.details)), title: '项目' },
    { t: indicatorsTable, rows: sum(bundles.map((b) => b.details.indicators.length)), parts: per((b) => indicatorRows(b.details)), title: '绩效指标' },
    { t: checksTable, rows: sum(bundles.map((b) => b.details.checks.length)), parts: per((b) => checkRows(b.details)), title: '一致性核对' },
    { t: countiesTable, rows: counties.length, parts: () => [countyRows(counties)], title: '县级行政区划' },
  ];
  if (tables.map((x) => x.t).join() !== DATA_TABLES.join()) throw new Error('downloads: the table list differs from DATA_TABLES');

  const files: DataFile[] = [];
  for (const x of tables) files.push(csvFile(x.t, dataFile.table(x.t.name), x.rows, x.parts, { group: 'table', title: x.title }));
  for (const x of tables) files.push(csvFile(x.t, dataFile.excel(x.t.name), x.rows, x.parts, { group: 'excel', title: `${x.title}（Excel 版）`, excel: true }));
  files.push(
    jsonFile(dataFile.all(), 'json', '全部数据（JSON：区划、每份公开文件的概要和明细）', null, function* () {
      yield `{"name":${JSON.stringify(PACKAGE_NAME)},"version":${JSON.stringify(info.version)},"created":${JSON.stringify(info.date)},"license":${JSON.stringify(LICENSE.name)},"counties":${JSON.stringify(counties)},"disclosures":[`;
      for (const [i, b] of bundles.entries()) yield (i ? ',' : '') + disclosureJson(b);
      yield ']}\n';
    }),
  );
  for (const b of bundles) {
    const id = b.summary.id;
    files.push(jsonFile(dataFile.disclosureJson(id), 'disclosure', '概要和明细（JSON）', id, () => [disclosureJson(b) + '\n']));
    files.push(csvFile(factsTable, dataFile.disclosureCsv(id), b.details.facts.length, () => [factRows(b.details)], { group: 'disclosure', title: '数字（CSV）', disclosureId: id }));
    files.push({ path: dataFile.source(id), group: 'disclosure', title: '原文（已隐去个人手机号）', table: null, disclosureId: id, variant: 'research', format: 'txt', mediatype: 'text/plain', bom: false, rows: null, chunks: () => [b.source.text] });
  }
  return files;
}

/** Byte size and SHA-256 of a file's content; `sink` receives the bytes (the build step writes them). */
export function measure(f: DataFile, sink?: (bytes: Uint8Array) => void): FileStat {
  const hash = createHash('sha256');
  let bytes = 0;
  const enc = new TextEncoder();
  for (const chunk of f.chunks()) {
    const b = enc.encode(chunk);
    hash.update(b);
    bytes += b.byteLength;
    sink?.(b);
  }
  return { bytes, sha256: hash.digest('hex') };
}

/** How a file is described in files.csv. */
export function fileFacts(f: MeasuredFile): FileFacts {
  return { path: f.path, table: f.table?.name ?? null, disclosureId: f.disclosureId, variant: f.variant, format: f.format, mediatype: f.mediatype, bom: f.bom, rows: f.rows, bytes: f.bytes, sha256: f.sha256 };
}

export type OpenFile = (path: string) => { write: (bytes: Uint8Array) => void; close: () => void };

/**
 * All files of /data/ with their sizes and hashes: the content files, then
 * files.csv (which lists them), then datapackage.json (which describes the
 * tables, files.csv and all.json). With `open`, each file's bytes are written
 * as they are measured.
 */
export function produceDataset(c: Collections, info: BuildInfo, open?: OpenFile): MeasuredFile[] {
  const run = (f: DataFile): MeasuredFile => {
    const out = open?.(f.path);
    try {
      return { ...f, ...measure(f, out?.write) };
    } finally {
      out?.close();
    }
  };
  const done = contentFiles(c, info).map(run);
  const listRows = done.map((f) => fileRow(fileFacts(f)));
  const list = run(csvFile(filesTable, dataFile.files(), listRows.length, () => [listRows], { group: 'meta', title: '文件清单（每个文件的大小和 SHA-256）' }));
  const described = [...done.filter((f) => f.group === 'table' || f.path === dataFile.all()), list];
  const pkgText = JSON.stringify(dataPackage(described, info), null, 2) + '\n';
  const pkg = run({ path: dataFile.datapackage(), group: 'meta', title: '数据包描述（Frictionless Data Package：表结构、字段说明、许可）', table: null, disclosureId: null, variant: 'research', format: 'json', mediatype: 'application/json', bom: false, rows: null, chunks: () => [pkgText] });
  return [...done, list, pkg];
}
