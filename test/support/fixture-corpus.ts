/**
 * A small, valid curated corpus in memory (registries + one disclosure) for
 * normalizer tests. Tests mutate a copy to produce each kind of bad input.
 */
import Papa from 'papaparse';
import type { CorpusFiles } from '../../src/normalize/corpus';
import { FACT_COLUMNS } from '../../src/schema/curated';

export const FIXTURE_ID = '430223-cac-2024-final-accounts';
export const FIXTURE_DIR = `content/disclosures/${FIXTURE_ID}`;

export const FIXTURE_SOURCE = [
  '中共攸县县委网络安全和信息化委员会办公室',
  '2024年度部门决算',
  '本部门共有编制人数 9 人，实有人数 9 人。',
  '公开 05 表',
  '合计\t\t89.93\t89.93\t',
  '20137\t网信事务\t89.93\t89.93\t',
  '2024年度财政拨款基本支出89.93万元，其中：人员经费35.55万元，占基本支出的39.53%；公用经费54.39万元。',
  '衡山县 2023 决算总收入162.935556万元。',
  '填表人：王某   联系电话：18890256850',
].join('\n');

export const FIXTURE_META = {
  id: FIXTURE_ID,
  county_code: '430223',
  department_type: 'cac',
  department_name: '中共攸县县委网络安全和信息化委员会办公室',
  department_short_name: '攸县县委网信办',
  year: 2024,
  kind: 'final-accounts',
  title: '中共攸县县委网络安全和信息化委员会办公室2024年度部门决算',
  title_quote: '中共攸县县委网络安全和信息化委员会办公室\n2024年度部门决算',
  issuer: '中共攸县县委网络安全和信息化委员会办公室',
  source_file: 'fixture.txt',
  dates: [],
};

type FactInput = Partial<Record<(typeof FACT_COLUMNS)[number], string>>;

export const FIXTURE_FACTS: FactInput[] = [
  {
    fact_id: 'staff.authorised',
    concept: 'staff_authorised',
    phase: 'none',
    scope: 'unspecified',
    value: '9',
    unit: '人',
    section: '部门概况',
    quote: '本部门共有编制人数 9 人',
  },
  {
    fact_id: 't05.total',
    concept: 'expenditure_total',
    phase: 'actual',
    scope: 'general_budget',
    value: '89.93',
    unit: '万元',
    section: '公开05表',
    table: '公开05表',
    row: '合计',
    quote: '合计\t\t89.93\t89.93\t',
  },
  {
    fact_id: 't05.20137',
    concept: 'expenditure_total',
    phase: 'actual',
    scope: 'general_budget',
    code: '20137',
    code_system: 'functional',
    item: '网信事务',
    value: '89.93',
    unit: '万元',
    section: '公开05表',
    table: '公开05表',
    row: '20137',
    quote: '20137\t网信事务\t89.93\t89.93\t',
    after: '公开 05 表',
  },
  {
    fact_id: 'text.basic',
    concept: 'basic_expenditure',
    phase: 'actual',
    scope: 'general_budget',
    value: '89.93',
    unit: '万元',
    section: '说明',
    quote: '2024年度财政拨款基本支出89.93万元',
  },
  {
    fact_id: 'text.personnel',
    concept: 'personnel',
    phase: 'actual',
    scope: 'general_budget',
    value: '35.55',
    unit: '万元',
    part_of: 'text.basic',
    section: '说明',
    quote: '人员经费35.55万元',
  },
  {
    fact_id: 'text.personnel_share',
    concept: 'share',
    phase: 'actual',
    scope: 'general_budget',
    value: '39.53',
    unit: '%',
    of: 'text.personnel',
    base: 'text.basic',
    section: '说明',
    quote: '占基本支出的39.53%',
  },
  {
    fact_id: 'text.six_decimals',
    concept: 'income_total',
    phase: 'actual',
    scope: 'all',
    value: '162.935556',
    unit: '万元',
    section: '说明',
    quote: '决算总收入162.935556万元',
  },
];

export function factsCsv(rows: FactInput[]): string {
  return Papa.unparse(
    rows.map((r) => Object.fromEntries(FACT_COLUMNS.map((c) => [c, r[c] ?? '']))),
    { columns: [...FACT_COLUMNS], newline: '\n' },
  );
}

const enc = (s: string) => new TextEncoder().encode(s);

export function fixtureCorpus(): CorpusFiles {
  const files: CorpusFiles = new Map();
  files.set(
    'content/registries/counties.csv',
    enc(
      'code,name,short_name,prefecture,prefecture_code,province,province_code,valid_from,valid_to,predecessor_code,successor_code,note\n430223,攸县,攸县,株洲市,430200,湖南省,430000,,,,,\n430124,宁乡县,宁乡,长沙市,430100,湖南省,430000,,2016,,430182,\n',
    ),
  );
  files.set(
    'content/registries/department-types.json',
    enc(JSON.stringify([{ id: 'cac', name: '网信办', full_name: '网络安全和信息化委员会办公室', en: 'CAC', variants: ['网信办'] }])),
  );
  files.set('content/registries/functional-codes.csv', enc('code,name\n201,一般公共服务支出\n20137,网信事务\n2013701,行政运行\n'));
  files.set('content/registries/economic-codes.csv', enc('code,name\n301,工资福利支出\n30101,基本工资\n'));
  files.set(`${FIXTURE_DIR}/disclosure.json`, enc(JSON.stringify(FIXTURE_META, null, 2)));
  files.set(`${FIXTURE_DIR}/source.txt`, enc(FIXTURE_SOURCE));
  files.set(`${FIXTURE_DIR}/facts.csv`, enc(factsCsv(FIXTURE_FACTS)));
  return files;
}

export function setText(files: CorpusFiles, path: string, text: string): CorpusFiles {
  files.set(path, enc(text));
  return files;
}

export function getText(files: CorpusFiles, path: string): string {
  return new TextDecoder().decode(files.get(path)!);
}
