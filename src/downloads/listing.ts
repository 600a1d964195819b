/**
 * What the /data/ page says about the downloads: sizes for people, type
 * names, loading snippets for pandas and R, the citation. Pure functions.
 */
import type { BuildInfo } from './build-info';
import type { FieldType, TableSpec } from './columns';
import { LICENSE, PACKAGE_TITLE } from './datapackage';
import { textColumns, disclosuresTable, factsTable } from './tables';

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

export const FORMAT_LABELS: Record<string, string> = { csv: 'CSV', json: 'JSON', txt: '纯文本' };

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
  for (let i = 0; i < xs.length; i += 5) lines.push('    ' + xs.slice(i, i + 5).map((x) => JSON.stringify(x)).join(', ') + ',');
  return `[\n${lines.join('\n')}\n]`;
};

/** pandas: code columns as text (leading zeros and all digits kept), only empty fields missing. */
export function pandasSnippet(baseUrl: string): string {
  return [
    'import pandas as pd',
    '',
    `base = ${JSON.stringify(baseUrl)}`,
    '# 代码和原文数值按文本读取（430223、2013701、0.00 保持原样）；只有空格为缺失值',
    `text_columns = ${py(textColumns())}`,
    'codes = {c: str for c in text_columns}',
    'def read(name, **kw):',
    '    return pd.read_csv(base + name, dtype=codes, keep_default_na=False, na_values=[""], **kw)',
    '',
    'disclosures = read("disclosures.csv")',
    'facts = read("facts.csv")',
    '# 需要精确到分的求和时，把金额读成 Decimal',
    'from decimal import Decimal',
    'exact = read("facts.csv", converters={"amount_yuan": lambda s: Decimal(s) if s else None})',
    'facts.merge(disclosures, on="disclosure_id")',
  ].join('\n');
}

/** readr: per table, its code columns as character. */
export function rSnippet(baseUrl: string): string {
  const colTypes = (t: TableSpec) => `cols(\n${[...textColumns([t]).map((c) => `${c} = col_character()`), '.default = col_guess()'].map((x) => `    ${x}`).join(',\n')}\n  )`;
  return [
    'library(readr)',
    `base <- ${JSON.stringify(baseUrl)}`,
    '# UTF-8 是 readr 的默认编码；代码和原文数值按文本读取；只有空格为缺失值',
    `disclosures <- read_csv(paste0(base, "disclosures.csv"), na = "",\n  col_types = ${colTypes(disclosuresTable)})`,
    `facts <- read_csv(paste0(base, "facts.csv"), na = "",\n  col_types = ${colTypes(factsTable)})`,
    '# 基础 R：全部按文本读取，再把数值列转换为数字',
    '# read.csv(url, fileEncoding = "UTF-8", na.strings = "", colClasses = "character")',
  ].join('\n');
}

export interface Citation {
  zh: string;
  en: string;
}

export const PUBLISHER = { zh: '县级财政公开数据', en: 'County Fiscal Disclosures portal (县级财政公开数据)' };
export const TITLE_EN = 'Final accounts and performance self-evaluations of county departments';

/** Versioned citation: package version and build date. */
export function citation(info: BuildInfo, url: string): Citation {
  return {
    zh: `${PUBLISHER.zh}. ${PACKAGE_TITLE}：版本 ${info.version}（构建日期 ${info.date}）[数据集]. 许可：CC BY 4.0. ${url}`,
    en: `${PUBLISHER.en} (${info.date.slice(0, 4)}). ${TITLE_EN} (${PACKAGE_TITLE}) [Data set], version ${info.version}, built ${info.date}. Licence: ${LICENSE.name}. ${url}`,
  };
}
