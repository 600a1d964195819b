/**
 * datapackage.json (Frictionless Data Package v1 with Table Schema),
 * generated from the table specs: every field with its type, Chinese and
 * English titles and descriptions, unit and constraints; primary and foreign
 * keys; id, homepage, contributors, licence, sources and version. Each
 * disclosure's own files have a package of their own.
 */
import type { BuildInfo } from './build-info';
import { buildDateTime } from '../core/build-date';
import type { ColumnSpec, TableSpec } from './columns';
import { LICENSE, PACKAGE_NAME, PACKAGE_TITLE, PUBLISHER, type DatasetVersion } from './citation';
import type { ListedFile } from './dataset';
import { partitionSlug } from './partitions';
import { dataFile } from './paths';
import { PER_DISCLOSURE_TABLE_NAMES } from './tables';
import { NEWLINE } from './csv';

export { LICENSE, PACKAGE_NAME, PACKAGE_TITLE } from './citation';

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

/** A table's resource name, in a partition "<table>-<partition slug>". */
export const resourceName = (table: string, partition: string | null): string => (partition === null ? table : `${table}-${partitionSlug(partition)}`);

/** Tables that are partitioned with the disclosures (counties.csv is small at any scale and stays whole). */
const PARTITIONED = new Set(PER_DISCLOSURE_TABLE_NAMES);

/** A partition's links point into the same partition (the registry of counties is whole). */
function partitionSchema(t: TableSpec, partition: string | null): Record<string, unknown> {
  const schema = tableSchema(t);
  if (partition === null) return schema;
  const keys = t.foreignKeys.map((k) => {
    const target = k.resource === '' ? t.name : k.resource;
    return {
      fields: k.fields,
      reference: { resource: k.resource === '' ? '' : PARTITIONED.has(target) ? resourceName(target, partition) : target, fields: k.referenceFields },
    };
  });
  return { ...schema, foreignKeys: keys };
}

function resource(f: ListedFile, withSchema = true): Record<string, unknown> {
  const tabular = f.table !== null && f.format === 'csv';
  const name = f.table
    ? resourceName(f.table.name, f.partition) + (f.format === 'csv' ? '' : `-${f.format}`)
    : f.path.toLowerCase().replace(/[^a-z0-9_-]+/g, '-');
  const base: Record<string, unknown> = {
    name,
    path: f.path,
    type: tabular ? 'table' : 'file',
    profile: tabular ? 'tabular-data-resource' : 'data-resource',
    title: f.table ? `${f.table.zh}（${f.table.en}）${f.partition ? ` · ${f.partition}` : ''}${f.format === 'parquet' ? ' · Parquet' : ''}` : f.title,
    description: f.table ? `${f.table.description}\n\n${f.table.description_en}` : f.title,
    format: f.format,
    mediatype: f.mediatype,
    bytes: f.bytes,
    hash: `sha256:${f.sha256}`,
  };
  if (f.format !== 'parquet' && f.format !== 'xlsx') base.encoding = 'utf-8';
  if (f.compression) base.compression = f.compression;
  if (tabular) {
    base.dialect = CSV_DIALECT;
    if (withSchema) base.schema = partitionSchema(f.table!, f.partition);
  }
  return base;
}

const DESCRIPTION =
  '县级部门依法公开的部门决算和部门整体支出绩效自评报告中的数字，逐一整理并附原文引文：每份文件一行的概要、每个数字一行的明细（金额精确到分）、关键数字、项目、绩效指标、一致性核对、透明度评分和县级行政区划代码。\n\n' +
  'Figures from the final accounts and performance self-evaluations that Chinese county-level departments publish, each with its verbatim source quote: disclosures, facts (money exact to the fen), key figures, projects, indicators, consistency checks, the transparency scorecard and county codes.';

/** The descriptor of the bulk files, files.csv and the citation files (already measured). */
export function dataPackage(files: readonly ListedFile[], v: DatasetVersion, info: BuildInfo): Record<string, unknown> {
  const resources = files.map((f) => resource(f));
  const names = resources.map((r) => r.name as string);
  if (new Set(names).size !== names.length)
    throw new Error(`datapackage: duplicate resource names ${names.filter((n, i) => names.indexOf(n) !== i).join(', ')}`);
  const homepage = info.dataUrl ?? undefined;
  return {
    profile: 'tabular-data-package',
    // Globally unique for this content: a new version gets a new id.
    id: `urn:sha256:${v.contentHash}`,
    name: PACKAGE_NAME,
    title: PACKAGE_TITLE,
    description: DESCRIPTION,
    ...(homepage ? { homepage } : {}),
    version: v.version,
    portal_version: info.version,
    created: buildDateTime(info.date),
    keywords: ['部门决算', '绩效自评', '县级', '财政公开', 'final accounts', 'performance evaluation', 'China', 'county', 'fiscal transparency'],
    licenses: [LICENSE],
    contributors: [{ title: PUBLISHER.zh, role: 'publisher', ...(homepage ? { path: homepage } : {}) }],
    sources: [
      {
        title:
          '各县级部门依法公开的部门决算和部门整体支出绩效自评（评价）报告；每份文件的标题、发布单位和网址见 disclosures.csv 的 title、issuer、source_url 列',
        ...(homepage ? { path: new URL('disclosures.csv', homepage).href } : {}),
      },
    ],
    resources,
  };
}

/** The full schema of a table as one disclosure's file follows it (no links to other tables), written once as `dataFile.tableSchema`. */
export function ownTableSchema(t: TableSpec): Record<string, unknown> {
  return { ...tableSchema(t), foreignKeys: [] };
}

/**
 * A Table Schema with what reading and validating the file needs (each
 * field's name, type, Chinese title, constraints and boolean values; missing
 * values, primary key), without the dictionary's descriptions, English titles,
 * units and category labels, which the full schema `dataFile.tableSchema` and
 * the bulk datapackage.json carry once. No foreign keys: a disclosure's file
 * is valid on its own.
 */
export function compactSchema(t: TableSpec): Record<string, unknown> {
  const full = tableSchema(t);
  const fields = (full.fields as Record<string, unknown>[]).map((f) => {
    const out: Record<string, unknown> = { name: f.name, type: f.type, title: f.title };
    for (const k of ['trueValues', 'falseValues', 'constraints']) if (f[k] !== undefined) out[k] = f[k];
    return out;
  });
  return { fields, missingValues: full.missingValues, primaryKey: full.primaryKey };
}

/** Where a disclosure package's reader finds the full schema of its table (paths inside the data folder, and from the package). */
function fullSchemaNote(table: string, folder: string): string {
  const inData = dataFile.tableSchema(table);
  const fromHere = '../'.repeat(folder.split('/').filter(Boolean).length) + inData;
  return (
    `字段的完整说明（英文名、说明、单位、取值含义）见数据文件夹中的 ${inData}（从本文件夹为 ${fromHere}）和 ${dataFile.datapackage()}。\n` +
    `Full field descriptions: ${inData} in the data folder (${fromHere} from here) and ${dataFile.datapackage()}.`
  );
}

/**
 * The package of one disclosure's own files (its facts CSV, JSON and source
 * text): valid on its own. Its table's schema is the compact one, inlined:
 * Frictionless forbids a schema path outside the package's own folder
 * ("../", frictionless-py: "path is not safe"), so a shared schema file
 * cannot be referenced by path from disclosures/<id>/; the resource's
 * description names the full schema instead.
 */
export function disclosurePackage(id: string, files: readonly ListedFile[]): Record<string, unknown> {
  const prefix = dataFile.disclosurePackage(id).replace(/[^/]+$/, '');
  return {
    profile: 'data-package',
    name: `${PACKAGE_NAME}-${id}`,
    title: `${PACKAGE_TITLE}：${id}`,
    licenses: [LICENSE],
    resources: files.map((f) => {
      const r = resource(f, false);
      const path = f.path.slice(prefix.length);
      const tabular = f.table !== null && f.format === 'csv';
      return {
        ...r,
        name: path.replace(/\.[a-z]+$/, ''),
        path,
        ...(tabular
          ? {
              description: `${r.description}\n\n${fullSchemaNote(f.table!.name, prefix)}`,
              schema: compactSchema(f.table!),
            }
          : {}),
      };
    }),
  };
}
