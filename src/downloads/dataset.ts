/**
 * Every file under /data/: the whole tables, their partitions (csv.gz, and
 * Parquet and xlsx written from them), the JSON, the redacted source texts,
 * the citation files, the file list and the data package. Each
 * disclosure contributes its own files and its rows (`contribution`), so the
 * build can produce them one disclosure at a time; content comes in chunks so
 * a large corpus is never one huge string. The /data/ page reads the
 * manifest the build wrote (sizes, rows, hashes of the very files).
 */
import { createHash } from 'node:crypto';
import type { Collections } from '../normalize/corpus';
import {
  countyEntrySchema,
  disclosureDetailsSchema,
  disclosureSummarySchema,
  sourceEntrySchema,
  type CountyEntry,
  type DisclosureDetails,
  type DisclosureSummary,
  type SourceEntry,
} from '../schema/normalized';
import type { BuildInfo } from './build-info';
import type { Row, TableSpec } from './columns';
import { csvHeader, csvRecords } from './csv';
import { dataPackage, disclosurePackage, ownTableSchema } from './datapackage';
import { bibtex, changelog, citationCff, type DatasetVersion } from './citation';
import { jsonSchema } from './json-schema';
import { partitionOf, partitionPlan, type PartitionPlan } from './partitions';
import { gzipSync } from 'node:zlib';
import { dataFile } from './paths';
import { checkRows, scorecardRows, countyRows, disclosureRow, factRows, fileRow, indicatorRows, keyFigureRows, projectRows, type FileFacts } from './rows';
import {
  checksTable,
  scorecardTable,
  countiesTable,
  DATA_TABLES,
  disclosuresTable,
  factsTable,
  filesTable,
  indicatorsTable,
  keyFiguresTable,
  projectsTable,
} from './tables';

export interface Bundle {
  summary: DisclosureSummary;
  details: DisclosureDetails;
  source: SourceEntry;
}

export type FileGroup = 'table' | 'partition' | 'meta' | 'disclosure';

export type FileFormat = 'csv' | 'json' | 'txt' | 'parquet' | 'xlsx' | 'md' | 'cff' | 'bib';

export interface DataFile {
  /** Path inside /data/. */
  path: string;
  group: FileGroup;
  /** Chinese description for the listing. */
  title: string;
  /** Schema the CSV (or the Parquet file, or a workbook sheet) follows. */
  table: TableSpec | null;
  disclosureId: string | null;
  /** The bulk partition (province, or province/year) the file belongs to. */
  partition: string | null;
  format: FileFormat;
  compression: 'gz' | null;
  mediatype: string;
  bom: boolean;
  /** Data rows of a table file (header excluded); null for other formats. */
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
  o: { group: FileGroup; title: string; disclosureId?: string; partition?: string; gzip?: boolean },
): DataFile {
  const plain = function* () {
    yield csvHeader(t);
    yield* records();
  };
  return {
    path,
    group: o.group,
    title: o.title,
    table: t,
    disclosureId: o.disclosureId ?? null,
    partition: o.partition ?? null,
    format: 'csv',
    compression: o.gzip ? 'gz' : null,
    mediatype: 'text/csv',
    bom: false,
    rows,
    chunks: o.gzip ? () => gzipMembers(plain()) : plain,
  };
}

/** Bytes of content per gzip member (see gzipMembers): at most this much of a file is held in memory to compress it. */
export const GZIP_MEMBER_BYTES = 8 * 1024 * 1024;

/**
 * gzip of the content as a series of members of `memberBytes` input bytes
 * each (the last one shorter). RFC 1952 §2.2 lets a gzip file hold several
 * members, which every gunzip (zlib, Python's gzip and pandas, R, DuckDB)
 * reads as one stream; so a whole table of any size is compressed without
 * holding it. Deterministic (no file name, mtime 0, members cut at fixed byte
 * offsets whatever the chunks), so the build and the in-memory reference give
 * the same bytes.
 */
export function* gzipMembers(chunks: Iterable<Chunk>, memberBytes = GZIP_MEMBER_BYTES): Generator<Uint8Array> {
  const enc = new TextEncoder();
  let held: Uint8Array[] = [];
  let n = 0;
  let emitted = false;
  const member = (b: Uint8Array) => {
    emitted = true;
    return gzipSync(b, { level: 9 });
  };
  for (const c of chunks) {
    const b = typeof c === 'string' ? enc.encode(c) : c;
    held.push(b);
    n += b.byteLength;
    if (n < memberBytes) continue;
    const all = Buffer.concat(held);
    let at = 0;
    for (; all.byteLength - at >= memberBytes; at += memberBytes) yield member(all.subarray(at, at + memberBytes));
    held = at < all.byteLength ? [all.subarray(at)] : [];
    n = all.byteLength - at;
  }
  if (n > 0 || !emitted) yield member(Buffer.concat(held));
}

function textFile(
  path: string,
  group: FileGroup,
  title: string,
  format: FileFormat,
  mediatype: string,
  chunks: () => Iterable<Chunk>,
  o: { disclosureId?: string | null; partition?: string | null; gzip?: boolean } = {},
): DataFile {
  return {
    path,
    group,
    title,
    table: null,
    disclosureId: o.disclosureId ?? null,
    partition: o.partition ?? null,
    format,
    compression: o.gzip ? 'gz' : null,
    mediatype,
    bom: false,
    rows: null,
    chunks: o.gzip ? () => gzipMembers(chunks()) : chunks,
  };
}

/** The per-disclosure JSON: the summary and the details, exactly as the site uses them. */
export function disclosureJson(b: Bundle): string {
  return JSON.stringify({ summary: b.summary, details: b.details });
}

/** The corpus-wide tables made of each disclosure's rows, in DATA_TABLES order (counties.csv comes from the registry). */
export const PER_DISCLOSURE_TABLES: readonly { t: TableSpec; rows: (b: Bundle) => Row[]; title: string }[] = [
  { t: disclosuresTable, rows: (b) => [disclosureRow(b.summary)], title: '公开文件（每份一行，含关键数字）' },
  { t: factsTable, rows: (b) => factRows(b.details, b.summary), title: '数字（每个数字一行，含原文引文）' },
  { t: keyFiguresTable, rows: (b) => keyFigureRows(b.summary), title: '关键数字（原文所载与计算值，各指向来源数字）' },
  { t: projectsTable, rows: (b) => projectRows(b.details), title: '项目' },
  { t: indicatorsTable, rows: (b) => indicatorRows(b.details), title: '绩效指标' },
  { t: checksTable, rows: (b) => checkRows(b.details), title: '一致性核对' },
  { t: scorecardTable, rows: (b) => scorecardRows(b.details), title: '透明度评分（每份文件 × 每项标准一行）' },
];
const COUNTIES_TITLE = '县级行政区划';
if ([...PER_DISCLOSURE_TABLES.map((x) => x.t), countiesTable].join() !== DATA_TABLES.join())
  throw new Error('downloads: the table list differs from DATA_TABLES');

/** One disclosure's records in one corpus-wide table. */
export interface TablePart {
  rows: number;
  research: string;
}

/**
 * One disclosure's share of /data/: its own files (JSON, CSV of its figures,
 * redacted source text, and a data package describing them), its records in
 * each corpus-wide table, and its entry in its partition's JSON. The build
 * computes this one disclosure at a time and never holds the corpus; the
 * in-memory `produceDataset` uses the same function.
 */
export interface Contribution {
  id: string;
  partition: string;
  own: DataFile[];
  /** Aligned with PER_DISCLOSURE_TABLES. */
  parts: TablePart[];
  json: string;
}

export function contribution(b: Bundle, plan: PartitionPlan): Contribution {
  const id = b.summary.id;
  const json = disclosureJson(b);
  const parts = PER_DISCLOSURE_TABLES.map(({ t, rows }) => {
    const r = rows(b);
    return { rows: r.length, research: r.length ? csvRecords(t, r) : '' };
  });
  const facts = parts[PER_DISCLOSURE_TABLES.findIndex((x) => x.t === factsTable)];
  const files: DataFile[] = [
    csvFile(factsTable, dataFile.disclosureCsv(id), facts.rows, () => [facts.research], { group: 'disclosure', title: '数字（CSV）', disclosureId: id }),
    textFile(dataFile.disclosureJson(id), 'disclosure', '概要和明细（JSON）', 'json', 'application/json', () => [json + '\n'], { disclosureId: id }),
    textFile(dataFile.source(id), 'disclosure', '原文（已隐去个人手机号）', 'txt', 'text/plain', () => [b.source.text], { disclosureId: id }),
  ];
  const measured = files.map((f) => ({ ...f, ...measure(f) }));
  const pkgText = JSON.stringify(disclosurePackage(id, measured), null, 2) + '\n';
  const own = [
    ...files,
    textFile(dataFile.disclosurePackage(id), 'disclosure', '数据包描述（本文件的三个文件）', 'json', 'application/json', () => [pkgText], { disclosureId: id }),
  ];
  return { id, partition: partitionOf(plan, id), own, parts, json };
}

/**
 * Where the corpus-wide content comes from, disclosure by disclosure in id
 * order: contributions in memory (tests, the reference) or the part files the
 * build's workers wrote (src/build/normalize-stream.ts).
 */
export interface CorpusParts {
  counties: readonly CountyEntry[];
  /** The partitions, sorted. */
  partitions: readonly string[];
  /** Data rows of a PER_DISCLOSURE_TABLES table (by index), of the whole corpus or of one partition. */
  rows: (table: number, partition: string | null) => number;
  /** Its records (no header), as chunks. */
  records: (table: number, partition: string | null) => Iterable<Chunk>;
  /** A partition's JSON entries, comma-separated, as chunks. */
  json: (partition: string) => Iterable<Chunk>;
}

export function partsInMemory(contribs: readonly Contribution[], counties: readonly CountyEntry[]): CorpusParts {
  const of = (p: string | null) => (p === null ? contribs : contribs.filter((c) => c.partition === p));
  return {
    counties,
    partitions: [...new Set(contribs.map((c) => c.partition))].sort(),
    rows: (i, p) => of(p).reduce((n, c) => n + c.parts[i].rows, 0),
    records: (i, p) => of(p).map((c) => c.parts[i].research),
    json: (p) => of(p).map((c, k) => (k ? ',' : '') + c.json),
  };
}

/** The partition JSON's `$schema`: the JSON Schema's path from the partition's folder (provinces/<province>[/<year>]/). */
export function partitionJsonSchemaRef(partition: string): string {
  const depth = dataFile.partJson(partition).split('/').length - 1;
  return '../'.repeat(depth) + dataFile.jsonSchema('partition');
}

/**
 * A whole table is plain CSV up to this many data rows (facts.csv about 6 MB,
 * checks.csv about 7 MB: opened as they are by any editor or spreadsheet) and
 * gzipped above (table.csv.gz; pandas, readr and DuckDB read it as it is). The
 * partitions are the bulk download at scale; the whole tables repeat them.
 */
export const WHOLE_PLAIN_MAX_ROWS = 10_000;

export interface CorpusFileOptions {
  /** Default WHOLE_PLAIN_MAX_ROWS. */
  plainMaxRows?: number;
}

/** The tables a disclosure's own files follow (their full schema is written once under schemas/). */
const OWN_TABLES = [factsTable];

/**
 * The corpus-wide files: the whole tables (plain CSV, or csv.gz above
 * `plainMaxRows`), then per partition each table (csv.gz) and the
 * disclosures' JSON (json.gz), and the schemas (JSON Schemas of the JSON,
 * full Table Schemas of the per-disclosure CSV). None of them carries the
 * version or the date: the version is their hash.
 */
export function corpusFiles(p: CorpusParts, o: CorpusFileOptions = {}): DataFile[] {
  const plainMax = o.plainMaxRows ?? WHOLE_PLAIN_MAX_ROWS;
  const wholeTable = (t: TableSpec, rows: number, records: () => Iterable<Chunk>, title: string) => {
    const gzip = rows > plainMax;
    return csvFile(t, dataFile.table(t.name, gzip), rows, records, { group: 'table', title: gzip ? `${title}（gzip 压缩）` : title, gzip });
  };
  const whole = [
    ...PER_DISCLOSURE_TABLES.map((x, i) => wholeTable(x.t, p.rows(i, null), () => p.records(i, null), x.title)),
    wholeTable(countiesTable, p.counties.length, () => [csvRecords(countiesTable, countyRows(p.counties))], COUNTIES_TITLE),
  ];
  const parts = p.partitions.flatMap((part) => [
    ...PER_DISCLOSURE_TABLES.map((x, i) =>
      csvFile(x.t, dataFile.partCsv(part, x.t.name), p.rows(i, part), () => p.records(i, part), {
        group: 'partition',
        title: `${x.title}（${part}，gzip 压缩）`,
        partition: part,
        gzip: true,
      }),
    ),
    textFile(
      dataFile.partJson(part),
      'partition',
      `概要和明细（JSON，${part}，gzip 压缩）`,
      'json',
      'application/json',
      function* () {
        yield `{"$schema":${JSON.stringify(partitionJsonSchemaRef(part))},"partition":${JSON.stringify(part)},"disclosures":[`;
        yield* p.json(part);
        yield ']}\n';
      },
      { partition: part, gzip: true },
    ),
  ]);
  const schemas = [
    ...(['disclosure', 'partition'] as const).map((w) =>
      textFile(
        dataFile.jsonSchema(w),
        'meta',
        w === 'disclosure' ? 'JSON Schema：单份公开文件的 JSON' : 'JSON Schema：分区 JSON（解压后）',
        'json',
        'application/schema+json',
        () => [JSON.stringify(jsonSchema(w), null, 2) + '\n'],
      ),
    ),
    ...OWN_TABLES.map((t) =>
      textFile(dataFile.tableSchema(t.name), 'meta', `Table Schema：单份公开文件的 ${t.name}.csv（字段的完整说明）`, 'json', 'application/json', () => [
        JSON.stringify(ownTableSchema(t), null, 2) + '\n',
      ]),
    ),
  ];
  return [...whole, ...parts, ...schemas];
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
  return {
    path: f.path,
    table: f.table?.name ?? null,
    disclosure_id: f.disclosureId,
    partition: f.partition,
    format: f.format,
    compression: f.compression,
    mediatype: f.mediatype,
    rows: f.rows,
    bytes: f.bytes,
    sha256: f.sha256,
  };
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
 * The dataset version: the build date and the hash of every text content file
 * (the data, never the date). Parquet and xlsx are derived from the CSV and
 * carry writer details (zip timestamps), so they are left out: the same data
 * gives the same version.
 */
export function datasetVersion(content: readonly ListedFile[], date: string): DatasetVersion {
  const h = createHash('sha256');
  const text = content.filter((f) => f.format !== 'parquet' && f.format !== 'xlsx');
  for (const f of [...text].sort((a, b) => (a.path < b.path ? -1 : 1))) h.update(`${f.path}\t${f.sha256}\n`);
  const hash = h.digest('hex');
  return { date, contentHash: hash, version: `${date}.${hash.slice(0, 12)}` };
}

/**
 * After the content files (and the binary ones written from them): the
 * citation files, files.csv (which lists every file but itself and
 * datapackage.json) and datapackage.json (which describes every bulk file;
 * each disclosure's files are described by its own package).
 */
export function finishDataset(done: readonly ListedFile[], info: BuildInfo, open?: OpenFile): { files: MeasuredFile[]; version: DatasetVersion } {
  const version = datasetVersion(done, info.date);
  const cite = [
    textFile(dataFile.citation(), 'meta', '引用信息（CITATION.cff）', 'cff', 'application/x-yaml', () => [citationCff(version, info)]),
    textFile(dataFile.bibtex(), 'meta', '引用信息（BibTeX）', 'bib', 'application/x-bibtex', () => [bibtex(version, info)]),
    textFile(dataFile.changelog(), 'meta', '更新记录（CHANGELOG）', 'md', 'text/markdown', () => [changelog(version, info)]),
  ].map((f) => runFile(f, open));
  const listed = [...done, ...cite];
  const listRows = listed.map((f) => fileRow(fileFacts(f)));
  const list = runFile(
    csvFile(filesTable, dataFile.files(), listRows.length, () => [csvRecords(filesTable, listRows)], {
      group: 'meta',
      title: '文件清单（每个文件的大小、行数和 SHA-256）',
    }),
    open,
  );
  const described = [...listed.filter((f) => f.group !== 'disclosure'), list];
  const pkgText = JSON.stringify(dataPackage(described, version, info), null, 2) + '\n';
  const pkg = runFile(
    textFile(dataFile.datapackage(), 'meta', '数据包描述（Frictionless Data Package：表结构、字段说明、许可）', 'json', 'application/json', () => [pkgText]),
    open,
  );
  return { files: [...cite, list, pkg], version };
}

/**
 * All files of /data/ with their sizes and hashes, from collections in
 * memory: the corpus-wide files, each disclosure's own files, then the
 * citation files, files.csv and datapackage.json. `binary` are the files
 * written from the CSV afterwards (Parquet, xlsx), measured on disk. With
 * `open`, each file's bytes are written as they are measured. The build
 * produces the same files without holding the corpus
 * (src/build/normalize-stream.ts); the tests compare the two.
 */
export function produceDataset(c: Collections, info: BuildInfo, open?: OpenFile, binary: readonly ListedFile[] = []): MeasuredFile[] {
  const { bundles, counties } = canonical(c);
  const plan = partitionPlan(bundles.map((b) => b.summary.id));
  const contribs = bundles.map((b) => contribution(b, plan));
  const corpus = corpusFiles(partsInMemory(contribs, counties)).map((f) => runFile(f, open));
  const own = contribs.flatMap((x) => x.own).map((f) => runFile(f, open));
  // In the build's order: the corpus-wide files, the binary ones written from them, each disclosure's.
  return [...corpus, ...own, ...finishDataset([...corpus, ...binary, ...own], info, open).files];
}
