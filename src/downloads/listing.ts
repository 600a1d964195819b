/**
 * What the /data/ page says about the downloads: sizes for people, type
 * names, loading snippets for pandas, R and DuckDB. Pure functions. The
 * snippets take the /data/ URL, or for a preview build (no PORTAL_SITE) the
 * local folder the files were downloaded to: never a made-up host.
 */
import { MONEY_SQL_TYPE, type FieldType, type TableSpec } from './columns';
import { dataFile } from './paths';
import { textColumns, disclosuresTable, factsTable } from './tables';

/** The whole tables' paths as a build published them (plain, or gzipped above a row count): what the snippets read. */
export interface WholeTables {
  disclosures: string;
  facts: string;
}

/** The path of a whole table in a build's listing (src/downloads/manifest.ts), e.g. "facts.csv" or "facts.csv.gz". */
export function wholeTablePath(files: readonly { path: string; group: string; table: { name: string } | null }[], name: string): string {
  const f = files.find((x) => x.group === 'table' && x.table?.name === name);
  if (!f) throw new Error(`downloads: the listing has no whole table ${name}`);
  return f.path;
}

/** Where the snippets read from when the site's address is not known. */
export const LOCAL_DATA_DIR = 'data/';

/** "906 字节", "3.4 KB", "1.2 MB" (1 KB = 1024 bytes). */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} 字节`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

export const TYPE_LABELS: Record<FieldType, string> = {
  string: '文本',
  integer: '整数',
  number: '数值',
  boolean: '布尔（true/false）',
};

export const FORMAT_LABELS: Record<string, string> = {
  csv: 'CSV',
  json: 'JSON',
  txt: '纯文本',
  parquet: 'Parquet',
  xlsx: 'Excel 工作簿',
  md: 'Markdown',
  cff: 'CFF',
  bib: 'BibTeX',
};

/** Keys and links of a table in words: "主键 disclosure_id, fact_id". */
export function keyText(t: TableSpec): { primary: string; foreign: string[] } {
  return {
    primary: t.primaryKey.join(' + '),
    foreign: t.foreignKeys.map((k) => `${k.fields.join(' + ')} → ${k.resource === '' ? t.name : k.resource}.csv 的 ${k.referenceFields.join(' + ')}`),
  };
}

/** A Python list, a few names per line. */
const py = (xs: readonly string[]) => {
  const lines: string[] = [];
  for (let i = 0; i < xs.length; i += 5)
    lines.push(
      '    ' +
        xs
          .slice(i, i + 5)
          .map((x) => JSON.stringify(x))
          .join(', ') +
        ',',
    );
  return `[\n${lines.join('\n')}\n]`;
};

/** pandas: code columns as text (leading zeros and all digits kept), only empty fields missing. */
export function pandasSnippet(baseUrl: string, whole: WholeTables): string {
  return [
    'import pandas as pd',
    '',
    `base = ${JSON.stringify(baseUrl)}`,
    '# 代码和原文数值按文本读取（430223、2013701、0.00 保持原样）；只有空格为缺失值（not_applicable 等不是缺失值）',
    `text_columns = ${py(textColumns())}`,
    'codes = {c: str for c in text_columns}',
    'def read(name, **kw):',
    '    return pd.read_csv(base + name, dtype=codes, keep_default_na=False, na_values=[""], **kw)',
    '',
    '# .csv.gz 由 pandas 按扩展名自动解压',
    `disclosures = read(${JSON.stringify(whole.disclosures)})`,
    `facts = read(${JSON.stringify(whole.facts)})`,
    '# 需要精确到分的求和时，把金额读成 Decimal',
    'from decimal import Decimal',
    `exact = read(${JSON.stringify(whole.facts)}, converters={"amount_yuan": lambda s: Decimal(s) if s else None})`,
    '# 或用整数的 amount_fen（单位分）；同一数额可能出现多次，求和只取 headline 为 True 的行',
    'headline = facts[facts["headline"]]',
    'joined = facts.merge(disclosures, on="disclosure_id")',
  ].join('\n');
}

/** readr: per table, its code columns as character. */
export function rSnippet(baseUrl: string, whole: WholeTables): string {
  const colTypes = (t: TableSpec) =>
    `cols(\n${[...textColumns([t]).map((c) => `${c} = col_character()`), '.default = col_guess()'].map((x) => `    ${x}`).join(',\n')}\n  )`;
  return [
    'library(readr)',
    `base <- ${JSON.stringify(baseUrl)}`,
    '# UTF-8 是 readr 的默认编码；代码和原文数值按文本读取；只有空格为缺失值；',
    '# trim_ws = FALSE：引文开头的制表符和空格是原文的一部分；.csv.gz 由 readr 自动解压',
    `disclosures <- read_csv(paste0(base, ${JSON.stringify(whole.disclosures)}), na = "", trim_ws = FALSE,\n  col_types = ${colTypes(disclosuresTable)})`,
    `facts <- read_csv(paste0(base, ${JSON.stringify(whole.facts)}), na = "", trim_ws = FALSE,\n  col_types = ${colTypes(factsTable)})`,
    '# 基础 R：全部按文本读取，再把数值列转换为数字',
    '# read.csv(url, fileEncoding = "UTF-8", na.strings = "", colClasses = "character", strip.white = FALSE)',
  ].join('\n');
}

/** The columns of a table with their SQL type where guessing would lose something: money DECIMAL, codes text. */
function duckTypes(t: TableSpec): string {
  const entries = Object.entries(t.columns).flatMap(([n, c]) =>
    c.type === 'number' && c.meta.unit === '元'
      ? [[n, MONEY_SQL_TYPE]]
      : c.meta.readAsText || c.type === 'string'
        ? [[n, 'VARCHAR']]
        : c.type === 'integer'
          ? [[n, 'BIGINT']]
          : [],
  );
  return `{${entries.map(([n, ty]) => `'${n}': '${ty}'`).join(', ')}}`;
}

/**
 * DuckDB SQL: the Parquet partitions (money already DECIMAL) and the plain
 * CSV with money declared DECIMAL, so sums are exact.
 */
export function duckdbSnippet(baseUrl: string, partitions: readonly string[], whole: WholeTables): string {
  const remote = /^https?:/.test(baseUrl);
  const files = partitions.map((p) => `'${baseUrl}${dataFile.partParquet(p, 'facts')}'`);
  return [
    ...(remote ? ['-- 通过网址读取需要 httpfs 扩展', 'INSTALL httpfs; LOAD httpfs;', ''] : []),
    '-- Parquet：金额为精确的 DECIMAL(18,2)，按省级分区',
    `CREATE VIEW facts AS SELECT * FROM read_parquet([${files.join(', ')}]);`,
    "SELECT disclosure_id, sum(amount_yuan) AS total_yuan FROM facts WHERE headline AND concept = 'expenditure_total' AND phase = 'actual' GROUP BY disclosure_id ORDER BY disclosure_id;",
    '',
    '-- CSV：把金额声明为 DECIMAL（否则 DuckDB 读成 DOUBLE，求和有浮点误差），代码和原文数值为文本',
    `CREATE VIEW facts_csv AS SELECT * FROM read_csv('${baseUrl}${whole.facts}', header = true, nullstr = '',\n  types = ${duckTypes(factsTable)});`,
    "SELECT sum(amount_yuan) AS total_yuan FROM facts_csv WHERE headline AND concept = 'three_public_total' AND phase = 'actual';",
  ].join('\n');
}
