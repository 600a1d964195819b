/**
 * datapackage.json (Frictionless Data Package v1 with Table Schema),
 * generated from the table specs: every field with its type, Chinese and
 * English titles and descriptions, unit and constraints; primary and foreign
 * keys; licence, sources and version.
 */
import type { BuildInfo } from './build-info';
import type { ColumnSpec, TableSpec } from './columns';
import type { ListedFile } from './dataset';
import { NEWLINE } from './csv';

export const LICENSE = {
  name: 'CC-BY-4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
  title: 'Creative Commons Attribution 4.0 International',
} as const;

export const PACKAGE_NAME = 'county-fiscal-disclosures';
export const PACKAGE_TITLE = '县级部门决算与绩效自评公开数据';

/** A JS RegExp as a Table Schema pattern (XML Schema style: implicitly anchored). */
export function patternOf(re: RegExp): string {
  return re.source.replace(/^\^/, '').replace(/\$$/, '');
}

export function fieldDescriptor(name: string, c: ColumnSpec): Record<string, unknown> {
  const m = c.meta;
  const constraints: Record<string, unknown> = {};
  if (m.required) constraints.required = true;
  if (m.unique) constraints.unique = true;
  if (m.pattern && c.type === 'string') constraints.pattern = patternOf(m.pattern);
  if (c.enum) constraints.enum = [...c.enum];
  if (m.minimum !== undefined) constraints.minimum = m.minimum;
  const f: Record<string, unknown> = {
    name,
    type: c.type,
    format: 'default',
    title: m.zh,
    title_en: m.en,
    description: m.description,
    description_en: m.description_en,
  };
  if (m.unit) f.unit = m.unit;
  if (c.type === 'boolean') {
    f.trueValues = ['true'];
    f.falseValues = ['false'];
  }
  if (Object.keys(constraints).length) f.constraints = constraints;
  if (c.enum && m.labels) f.categories = c.enum.map((v) => ({ value: v, label: m.labels![v] ?? v }));
  return f;
}

export function tableSchema(t: TableSpec): Record<string, unknown> {
  return {
    fields: Object.entries(t.columns).map(([name, c]) => fieldDescriptor(name, c)),
    missingValues: [''],
    primaryKey: t.primaryKey,
    foreignKeys: t.foreignKeys.map((k) => ({ fields: k.fields, reference: { resource: k.resource, fields: k.referenceFields } })),
  };
}

export const CSV_DIALECT = { delimiter: ',', lineTerminator: NEWLINE, quoteChar: '"', doubleQuote: true, header: true, skipInitialSpace: false };

function resource(f: ListedFile): Record<string, unknown> {
  const base: Record<string, unknown> = {
    name: f.table ? f.table.name : f.path.replace(/\.[a-z]+$/, '').replace(/[^a-z0-9._-]/g, '-'),
    path: f.path,
    profile: f.table ? 'tabular-data-resource' : 'data-resource',
    title: f.table ? `${f.table.zh}（${f.table.en}）` : f.title,
    description: f.table ? `${f.table.description}\n\n${f.table.description_en}` : f.title,
    format: f.format,
    mediatype: f.mediatype,
    encoding: 'utf-8',
    bytes: f.bytes,
    hash: `sha256:${f.sha256}`,
  };
  if (f.table) {
    base.dialect = CSV_DIALECT;
    base.schema = tableSchema(f.table);
  }
  return base;
}

/** The descriptor for the research tables, files.csv and all.json (already measured). */
export function dataPackage(files: readonly ListedFile[], info: BuildInfo): Record<string, unknown> {
  const names = files.map((f) => resource(f).name);
  if (new Set(names).size !== names.length) throw new Error(`datapackage: duplicate resource names ${names.join(', ')}`);
  return {
    profile: 'data-package',
    name: PACKAGE_NAME,
    title: PACKAGE_TITLE,
    description:
      '县级部门依法公开的部门决算和部门整体支出绩效自评报告中的数字，逐一整理并附原文引文：每份文件一行的概要、每个数字一行的明细（金额精确到分）、项目、绩效指标、一致性核对、透明度评分和县级行政区划代码。\n\n' +
      'Figures from the final accounts and performance self-evaluations that Chinese county-level departments publish, each with its verbatim source quote: disclosures, facts (money exact to the fen), projects, indicators, consistency checks, the transparency scorecard and county codes.',
    version: info.version,
    created: `${info.date}T00:00:00Z`,
    keywords: ['部门决算', '绩效自评', '县级', '财政公开', 'final accounts', 'performance evaluation', 'China', 'county', 'fiscal transparency'],
    licenses: [LICENSE],
    sources: [
      {
        title: '各县级部门依法公开的部门决算和部门整体支出绩效自评（评价）报告；每份文件的标题、发布单位和网址见 disclosures.csv 的 title、issuer、source_url 列',
      },
    ],
    resources: files.map(resource),
  };
}
