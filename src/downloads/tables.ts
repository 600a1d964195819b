/**
 * The download tables: one spec per CSV file, every column defined once
 * (see columns.ts). Columns that carry a normalized field are built from the
 * zod schema in src/schema/normalized.ts.
 */
import { CONCEPTS, FACT_STATUSES, PHASES, SCOPES } from '../core/concepts';
import { SOURCE_COMPLETENESS } from '../schema/curated';
import { DISCLOSURE_ID_PATTERN as DISCLOSURE_ID, DISCLOSURE_KINDS } from '../core/disclosure-id';
import {
  checkResultSchema,
  countyEntrySchema,
  disclosureSummarySchema,
  factSchema,
  indicatorSchema,
  KEY_FIGURE_IDS,
  projectSchema,
  SCORE_STATUSES,
  scorecardCriterionSchema,
  type KeyFigureId,
} from '../schema/normalized';
import { boolean, choice, decimal, fromField, integer, text, yuan, type ColumnMeta, type ColumnSpec, type TableSpec } from './columns';

const COUNTY_CODE = /^\d{6}$/;
const CLASSIFICATION_CODE = /^\d{3}(\d{2}(\d{2})?)?$/;
const ITEM_ID = /^[a-z0-9][a-z0-9_.-]*$/;

const conceptLabels = Object.fromEntries(Object.entries(CONCEPTS).map(([k, v]) => [k, v.zh]));

// ------------------------------------------------------------ shared columns

const disclosureId = (pk: boolean): ColumnSpec =>
  fromField(disclosureSummarySchema.shape.id, {
    zh: '公开文件编号',
    en: 'Disclosure ID',
    description:
      '公开文件的稳定编号：<县级区划代码>-<部门类型>-<年度>-<文件类型>，例如 430223-cac-2024-final-accounts。' + (pk ? '' : '与 disclosures.csv 关联。'),
    description_en:
      'Stable identifier <county_code>-<department_type>-<year>-<kind>, e.g. 430223-cac-2024-final-accounts.' + (pk ? '' : ' Joins disclosures.csv.'),
    required: true,
    pattern: DISCLOSURE_ID,
  });

const quote = (what: string, what_en: string): ColumnSpec =>
  fromField(factSchema.shape.quote, {
    zh: '原文引文',
    en: 'Source quote',
    description: `${what}在原文中的出处：原文的逐字摘录（表格行保留制表符和换行），可在 sources/<disclosure_id>.txt 中找到。`,
    description_en: `Where the ${what_en} is stated: a verbatim excerpt of the source text (table rows keep their tabs and line breaks), found in sources/<disclosure_id>.txt.`,
    required: true,
  });

const anchor: ColumnSpec = fromField(factSchema.shape.anchor, {
  zh: '原文位置',
  en: 'Source anchor',
  description: '引文在已脱敏原文 sources/<disclosure_id>.txt 中的位置，形如 q-<起>-<止>：从 0 起算的字符偏移区间 [起, 止)，按 UTF-16 码元计（汉字各占 1）。',
  description_en:
    'Position of the quote in the redacted source text sources/<disclosure_id>.txt as q-<start>-<end>: the character range [start, end) counted from 0 in UTF-16 code units (one per Chinese character).',
  required: true,
  pattern: /^q-\d+-\d+$/,
});

const sourceLine: ColumnSpec = fromField(factSchema.shape.line, {
  zh: '原文行号',
  en: 'Source line',
  description: '引文起始处在原文中的行号（从 1 起算）。',
  description_en: 'Line of the source text where the quote starts (1-based).',
  required: true,
  minimum: 1,
});

const note = (of: string, of_en: string): ColumnSpec =>
  fromField(factSchema.shape.note, {
    zh: '整理说明',
    en: 'Curator note',
    description: `整理者对该${of}的说明（例如为何如此记录），不是原文内容；无说明时为空。`,
    description_en: `The curator's note on the ${of_en} (e.g. why it is recorded this way); not part of the source. Empty when there is none.`,
  });

const projectRef = (table: string): ColumnSpec =>
  fromField(factSchema.shape.project_id, {
    zh: '项目编号',
    en: 'Project ID',
    description: `${table}所属项目的编号，与 projects.csv 中同一公开文件的 project_id 关联；不属于具体项目时为空。`,
    description_en: `The project this ${table === '该数字' ? 'figure' : 'row'} belongs to: joins project_id of the same disclosure in projects.csv. Empty when not about a named project.`,
    pattern: ITEM_ID,
  });

/**
 * The dataset-wide id of an item (fact, project) of one disclosure:
 * "<disclosure_id>:<item_id>". Links between tables use these single
 * columns, so a link is either empty or whole; a composite link whose second
 * part is empty is what the reference validator (frictionless-py) reports as
 * a broken foreign key.
 */
export const ITEM_KEY = /^\d{6}-[a-z][a-z0-9]*-\d{4}-[a-z-]+:[a-z0-9][a-z0-9_.-]*$/;
const itemKeyColumn = (o: { zh: string; en: string; of: string; of_en: string; table: string; required?: boolean; unique?: boolean }): ColumnSpec =>
  text({
    zh: o.zh,
    en: o.en,
    description: `${o.of}在整个数据集中的编号：<disclosure_id>:<${o.table}>（如 430223-cac-2024-final-accounts:t01.income）。${o.required ? '' : '无则为空。'}`,
    description_en: `Dataset-wide id of the ${o.of_en}: <disclosure_id>:<${o.table}> (e.g. 430223-cac-2024-final-accounts:t01.income).${o.required ? '' : ' Empty when none.'}`,
    required: o.required,
    unique: o.unique,
    pattern: ITEM_KEY,
  });

/**
 * The value of "no budget phase" in the downloads. The curated vocabulary says
 * "none", which csvkit, pandas and R read as a missing value.
 */
export const NO_PHASE = 'not_applicable';
export const downloadPhase = (p: string): string => (p === 'none' ? NO_PHASE : p);
const phaseLabels = Object.fromEntries(Object.entries(PHASES).map(([k, v]) => [downloadPhase(k), k === 'none' ? '不适用' : v]));

/** Integer fen beside a yuan column: exact without any decimal parsing. */
const fen = (zh: string, en: string, what: string, what_en: string): ColumnSpec =>
  integer({
    zh: `${zh}（分）`,
    en: `${en} (fen)`,
    unit: '分',
    description: `${what}，单位分（整数，1 元 = 100 分），与对应的 _yuan 列数值相同；为空时同样为空。`,
    description_en: `${what_en} in fen (an integer, 1 yuan = 100 fen): the same amount as the matching _yuan column, empty when it is empty.`,
  });

const countyCode = (zh: string, en: string, description: string, description_en: string, required = true): ColumnSpec =>
  fromField(countyEntrySchema.shape.code, { zh, en, description, description_en, required, pattern: COUNTY_CODE, readAsText: true });

// ------------------------------------------------------------ disclosures.csv

interface KeyMeta {
  kind: 'money' | 'count' | 'score' | 'text';
  zh: string;
  en: string;
  description: string;
  description_en: string;
}

const KEY_META: Record<KeyFigureId, KeyMeta> = {
  expenditure_total: {
    kind: 'money',
    zh: '支出合计（决算）',
    en: 'Total expenditure (actual)',
    description: '本年支出合计决算数',
    description_en: 'Total expenditure, actual',
  },
  basic_expenditure: {
    kind: 'money',
    zh: '基本支出（决算）',
    en: 'Basic expenditure (actual)',
    description: '基本支出决算数（人员经费 + 公用经费）',
    description_en: 'Basic expenditure (personnel + running costs), actual',
  },
  personnel: {
    kind: 'money',
    zh: '人员经费（决算）',
    en: 'Personnel costs (actual)',
    description: '人员经费决算数',
    description_en: 'Personnel costs, actual',
  },
  running_costs: {
    kind: 'money',
    zh: '公用经费（决算）',
    en: 'Running costs (actual)',
    description: '公用经费决算数',
    description_en: 'Running costs (公用经费), actual',
  },
  project_expenditure: {
    kind: 'money',
    zh: '项目支出（决算）',
    en: 'Project expenditure (actual)',
    description: '项目支出决算数',
    description_en: 'Project expenditure, actual',
  },
  project_withheld: {
    kind: 'money',
    zh: '涉密未公开项目支出',
    en: 'Project expenditure withheld as classified',
    description: '文件载明因涉密不予公开明细的项目支出金额',
    description_en: 'Project expenditure whose detail is withheld as classified, as stated',
  },
  three_public_budget: {
    kind: 'money',
    zh: '“三公”经费预算',
    en: 'Three public expenses (budget)',
    description: '“三公”经费预算数（优先取全年预算，否则年初预算）',
    description_en: 'Three public expenses, budget (adjusted budget, else initial budget)',
  },
  three_public_actual: {
    kind: 'money',
    zh: '“三公”经费决算',
    en: 'Three public expenses (actual)',
    description: '“三公”经费决算数',
    description_en: 'Three public expenses, actual',
  },
  three_public_overseas: {
    kind: 'money',
    zh: '因公出国（境）费（决算）',
    en: 'Official travel abroad (actual)',
    description: '“三公”经费中因公出国（境）费决算数',
    description_en: 'Three public expenses: official travel abroad, actual',
  },
  three_public_vehicles: {
    kind: 'money',
    zh: '公务用车购置及运行维护费（决算）',
    en: 'Official vehicles (actual)',
    description: '“三公”经费中公务用车购置及运行维护费决算数',
    description_en: 'Three public expenses: official vehicles (purchase and operation), actual',
  },
  official_reception: {
    kind: 'money',
    zh: '公务接待费（决算）',
    en: 'Official reception (actual)',
    description: '“三公”经费中公务接待费决算数',
    description_en: 'Three public expenses: official reception, actual',
  },
  budget_initial: { kind: 'money', zh: '年初预算', en: 'Initial budget', description: '支出的年初预算数', description_en: 'Initial expenditure budget' },
  budget_adjusted: {
    kind: 'money',
    zh: '全年预算（调整后）',
    en: 'Adjusted budget',
    description: '支出的全年预算（调整后预算）数',
    description_en: 'Adjusted (final) expenditure budget',
  },
  staff_authorised: { kind: 'count', zh: '编制数', en: 'Authorised posts', description: '编制人数', description_en: 'Authorised posts (编制)' },
  staff_actual: { kind: 'count', zh: '实有人数', en: 'Staff actually employed', description: '实有人数', description_en: 'Staff actually employed (实有)' },
  evaluation_total_score: {
    kind: 'score',
    zh: '自评总分',
    en: 'Self-evaluation score',
    description: '绩效自评总分',
    description_en: 'Performance self-evaluation total score',
  },
  evaluation_grade: {
    kind: 'text',
    zh: '评价等级',
    en: 'Self-evaluation grade',
    description: '绩效自评等级（如“优秀”），按原文',
    description_en: 'Self-evaluation grade (e.g. 优秀) as printed',
  },
};

/** Column name of a headline figure in disclosures.csv. */
export function keyColumn(id: KeyFigureId): string {
  return KEY_META[id].kind === 'money' ? `${id}_yuan` : id;
}
/** The integer-fen column beside a money headline figure. */
export function keyFenColumn(id: KeyFigureId): string | null {
  return KEY_META[id].kind === 'money' ? `${id}_fen` : null;
}
export const KEY_KIND: Readonly<Record<KeyFigureId, KeyMeta['kind']>> = Object.fromEntries(KEY_FIGURE_IDS.map((id) => [id, KEY_META[id].kind])) as Record<
  KeyFigureId,
  KeyMeta['kind']
>;

function keyColumnSpec(id: KeyFigureId): ColumnSpec {
  const m = KEY_META[id];
  const pick = '取自 facts.csv 中代表全部门的一条数字（不含科目代码、项目；范围最广，原文最先出现者）';
  const pick_en = 'taken from the whole-department figure in facts.csv (no classification code or project; broadest scope; first in the document)';
  if (m.kind === 'money') {
    return yuan({
      zh: `${m.zh}（元）`,
      en: `${m.en} (yuan)`,
      description: `${m.description}，单位元，由原文金额精确换算（两位小数，如 899300.00），${pick}；文件未载明时为空，绝不以 0 代替。`,
      description_en: `${m.description_en} in yuan, converted exactly from the published amount (two decimals, e.g. 899300.00), ${pick_en}. Empty when the document does not state it, never 0.`,
    });
  }
  if (m.kind === 'text') {
    return text({ zh: m.zh, en: m.en, description: `${m.description}；文件未载明时为空。`, description_en: `${m.description_en}. Empty when not stated.` });
  }
  return decimal({
    zh: m.zh,
    en: m.en,
    unit: m.kind === 'score' ? '分' : '人',
    description: `${m.description}，按原文数值，${pick}；文件未载明时为空。`,
    description_en: `${m.description_en} as published, ${pick_en}. Empty when not stated.`,
  });
}

const checkCount = (status: string, zh: string, en: string): ColumnSpec =>
  integer({
    zh: `核对：${zh}`,
    en: `Checks: ${en}`,
    description: `一致性核对中${zh}的条数（明细见 checks.csv）。`,
    description_en: `Number of consistency checks ${status === 'total' ? 'run' : `with status ${status}`} (details in checks.csv).`,
    required: true,
    minimum: 0,
  });

const count = (zh: string, en: string, description: string, description_en: string): ColumnSpec =>
  integer({ zh, en, description, description_en, required: true, minimum: 0 });

const S = disclosureSummarySchema.shape;

export const disclosuresTable: TableSpec = {
  name: 'disclosures',
  zh: '公开文件',
  en: 'Disclosures',
  description: '每份公开文件一行：所属县级区划（含地市、省级代码）、部门、年度、文件类型、标题，以及关键数字（金额单位为元，精确到分）。',
  description_en:
    'One row per disclosure: county (with prefecture and province codes), department, year, kind, title and the headline figures (money in yuan, exact to the fen).',
  columns: {
    disclosure_id: disclosureId(true),
    county_code: countyCode(
      '县级区划代码',
      'County code',
      'GB/T 2260 县级行政区划代码（文件年度有效的代码），与 counties.csv 关联。读取时请按文本处理。',
      'GB/T 2260 county-level division code valid in the disclosure year; joins counties.csv. Read it as text.',
    ),
    county_name: fromField(S.county_name, {
      zh: '县级区划名称',
      en: 'County name',
      description: '县级行政区划名称，如“攸县”。',
      description_en: 'Name of the county-level division, e.g. 攸县.',
      required: true,
    }),
    county_short_name: fromField(S.county_short_name, {
      zh: '县级区划简称',
      en: 'County short name',
      description: '县级行政区划简称。',
      description_en: 'Short name of the county-level division.',
      required: true,
    }),
    prefecture: fromField(S.prefecture, {
      zh: '地级区划',
      en: 'Prefecture',
      description: '所属地级行政区划名称。',
      description_en: 'Name of the prefecture-level division.',
      required: true,
    }),
    prefecture_code: countyCode('地级区划代码', 'Prefecture code', '所属地级行政区划的 GB/T 2260 代码。', 'GB/T 2260 code of the prefecture-level division.'),
    province: fromField(S.province, {
      zh: '省级区划',
      en: 'Province',
      description: '所属省级行政区划名称。',
      description_en: 'Name of the province-level division.',
      required: true,
    }),
    province_code: countyCode('省级区划代码', 'Province code', '所属省级行政区划的 GB/T 2260 代码。', 'GB/T 2260 code of the province-level division.'),
    department_type: fromField(S.department_type, {
      zh: '部门类型',
      en: 'Department type',
      description: '部门类型代码（如 cac 表示网信办），同一类部门在各地名称不同时以此归并。',
      description_en: 'Department type code (cac = cyberspace affairs office); groups the same kind of department across differing names.',
      required: true,
      pattern: /^[a-z][a-z0-9]*$/,
    }),
    department_type_name: fromField(S.department_type_name, {
      zh: '部门类型名称',
      en: 'Department type name',
      description: '部门类型的中文通称，如“网信办”。',
      description_en: 'Common Chinese name of the department type, e.g. 网信办.',
      required: true,
    }),
    department_name: fromField(S.department_name, {
      zh: '部门名称',
      en: 'Department name',
      description: '部门全称，按原文。',
      description_en: 'Full name of the department as printed.',
      required: true,
    }),
    department_short_name: fromField(S.department_short_name, {
      zh: '部门简称',
      en: 'Department short name',
      description: '部门简称。',
      description_en: 'Short name of the department.',
      required: true,
    }),
    year: fromField(S.year, {
      zh: '年度',
      en: 'Year',
      description: '文件所属预算年度（公历年）。',
      description_en: 'Fiscal year the document covers.',
      required: true,
      minimum: 1949,
    }),
    kind: fromField(S.kind, {
      zh: '文件类型',
      en: 'Kind',
      description: '文件类型：final-accounts 部门决算；performance-self-evaluation 部门整体支出绩效自评（评价）报告。',
      description_en: 'Kind of document: final-accounts (部门决算) or performance-self-evaluation (绩效自评/评价报告).',
      required: true,
      labels: DISCLOSURE_KINDS,
    }),
    kind_zh: fromField(S.kind_zh, {
      zh: '文件类型（中文）',
      en: 'Kind (Chinese)',
      description: '文件类型的中文名称。',
      description_en: 'Chinese name of the kind.',
      required: true,
    }),
    title: fromField(S.title, { zh: '文件标题', en: 'Title', description: '文件标题。', description_en: 'Title of the document.', required: true }),
    issuer: fromField(S.issuer, {
      zh: '发布单位',
      en: 'Issuer',
      description: '发布文件的单位，按原文。',
      description_en: 'Issuing body as printed.',
      required: true,
    }),
    report_date: text({
      zh: '填报日期',
      en: 'Report date',
      description: '文件载明的填报或签发日期（ISO 8601，可能只到年月，如 2024-06）；未载明时为空。',
      description_en: 'Date the document states it was filled in or signed (ISO 8601, possibly year-month only). Empty when not stated.',
      pattern: /^\d{4}(-\d{2}(-\d{2})?)?$/,
    }),
    source_file: fromField(S.source_file, {
      zh: '来源文件',
      en: 'Source file',
      description: '整理时所用原文文件的名称。脱敏后的原文见 sources/<disclosure_id>.txt。',
      description_en: 'Name of the source text file used for curation; the redacted text is sources/<disclosure_id>.txt.',
      required: true,
    }),
    source_url: fromField(S.source_url, {
      zh: '原文网址',
      en: 'Source URL',
      description: '原文的发布网址；未记录时为空。',
      description_en: 'Where the document was published; empty when not recorded.',
    }),
    source_completeness: fromField(S.source_completeness, {
      zh: '原文完整性',
      en: 'Source completeness',
      description: '整理所用原文是否为文件全文：complete 全文；partial 原文不完整（如网页缺附表）；excerpt 原文节选。',
      description_en: 'Whether the curated text is the whole document: complete, partial (e.g. a web page without its annexes) or excerpt.',
      required: true,
      labels: SOURCE_COMPLETENESS,
    }),
    source_completeness_note: fromField(S.source_completeness_note, {
      zh: '原文缺失说明',
      en: 'What the source lacks',
      description: '原文不完整时说明缺少什么；全文时为空。',
      description_en: 'What the curated text lacks when it is not the whole document; empty when complete.',
    }),
    fact_count: count('数字条数', 'Facts', '该文件在 facts.csv 中的行数。', 'Number of rows of this disclosure in facts.csv.'),
    project_count: count('项目数', 'Projects', '该文件在 projects.csv 中的行数。', 'Number of rows of this disclosure in projects.csv.'),
    indicator_count: count('绩效指标行数', 'Indicator rows', '该文件在 indicators.csv 中的行数。', 'Number of rows of this disclosure in indicators.csv.'),
    narrative_count: count(
      '文字说明段数',
      'Narrative sections',
      '整理的文字说明段落数（全文见 JSON）。',
      'Number of narrative sections curated (text in the JSON).',
    ),
    withheld_count: count(
      '涉密不予公开条数',
      'Withheld figures',
      'facts.csv 中状态为 withheld（涉密不予公开）的数字条数。',
      'Number of figures with status withheld in facts.csv.',
    ),
    ...Object.fromEntries(
      KEY_FIGURE_IDS.flatMap((id) => {
        const m = KEY_META[id];
        const f = keyFenColumn(id);
        return [[keyColumn(id), keyColumnSpec(id)], ...(f ? [[f, fen(m.zh, m.en, m.description, m.description_en)]] : [])];
      }),
    ),
    checks_total: checkCount('total', '总', 'total'),
    checks_pass: checkCount('pass', '一致', 'pass'),
    checks_rounding: checkCount('rounding', '舍入差异', 'rounding'),
    checks_fail: checkCount('fail', '不一致', 'fail'),
    checks_not_applicable: checkCount('not_applicable', '无法核对', 'not_applicable'),
    transparency_score: decimal({
      zh: '透明度评分',
      en: 'Transparency score',
      unit: '分',
      description: '透明度评分（0–100，四舍五入保留一位小数），各项明细见 scorecard.csv；没有适用的评分标准时为空。',
      description_en: 'Transparency score (0–100, rounded half-up to one decimal); the criteria are in scorecard.csv. Empty when no criterion applies.',
    }),
    transparency_grade: choice(['A', 'B', 'C', 'D'], {
      zh: '透明度等级',
      en: 'Transparency grade',
      description: '按未四舍五入的评分定级：A ≥90，B ≥80，C ≥60，D <60；没有评分时为空。',
      description_en: 'Grade from the unrounded score: A ≥90, B ≥80, C ≥60, D <60. Empty when there is no score.',
      labels: { A: 'A', B: 'B', C: 'C', D: 'D' },
    }),
  },
  primaryKey: ['disclosure_id'],
  foreignKeys: [{ fields: ['county_code'], resource: 'counties', referenceFields: ['county_code'] }],
};

// ------------------------------------------------------------ facts.csv

const F = factSchema.shape;
const factRef = (col: string, zh: string, description: string, description_en: string): ColumnSpec =>
  fromField(F[col as 'of'], {
    zh,
    en: col === 'part_of' ? 'Part of' : col === 'of' ? 'Of (numerator)' : 'Base (denominator)',
    description,
    description_en,
    pattern: ITEM_ID,
  });

export const factsTable: TableSpec = {
  name: 'facts',
  zh: '数字',
  en: 'Facts',
  description:
    '每个整理出的数字一行：出处（部分、表、行、列、原文引文）、含义（概念、科目代码、项目名称、预算阶段、资金范围）和数值（原文写法、单位、精确到分的元金额）。涉密或无数据的数字有状态，从不记为 0。',
  description_en:
    'One row per curated figure: where it is (section, table, row, column, verbatim quote), what it is (concept, classification code, item, phase, scope) and its value (as printed, unit, exact yuan). Withheld or empty figures carry a status and are never 0.',
  columns: {
    disclosure_id: disclosureId(false),
    fact_id: fromField(F.id, {
      zh: '数字编号',
      en: 'Fact ID',
      description: '数字在本文件内的稳定编号，如 t01.income.general_budget。',
      description_en: 'Stable identifier of the figure within its disclosure, e.g. t01.income.general_budget.',
      required: true,
      pattern: ITEM_ID,
    }),
    fact_key: itemKeyColumn({ zh: '数字全局编号', en: 'Fact key', of: '数字', of_en: 'figure', table: 'fact_id', required: true, unique: true }),
    headline: boolean({
      zh: '关键数字',
      en: 'Headline',
      description:
        '该数字是否为 disclosures.csv 和 key_figures.csv 所取的关键数字。同一数额常在文件中出现多次（表格和正文各一次），求和时只取 headline 为 true 的行，才不会重复计算。',
      description_en:
        'Whether this is the statement disclosures.csv and key_figures.csv take as the headline figure. The same amount is often stated more than once (in a table and in the text): sum only rows with headline true to never double-count.',
      required: true,
    }),
    section: fromField(F.section, {
      zh: '所在部分',
      en: 'Section',
      description: '数字所在的部分或标题，按原文。',
      description_en: 'Section heading where the figure sits, as printed.',
      required: true,
    }),
    table: fromField(F.table, {
      zh: '所在表',
      en: 'Table',
      description: '数字所在的表，如“公开01表”；正文中的数字为空。',
      description_en: 'Table the figure is in, e.g. 公开01表; empty for figures in the running text.',
      readAsText: true,
    }),
    row: fromField(F.row, {
      zh: '行',
      en: 'Row',
      description: '表中的行名称（及行次），按原文；正文中的数字为空。',
      description_en: 'Row label (and row number) as printed; empty outside tables.',
      readAsText: true,
    }),
    column: fromField(F.column, {
      zh: '列',
      en: 'Column',
      description: '表中的列名称，按原文；正文中的数字为空。',
      description_en: 'Column label as printed; empty outside tables.',
      readAsText: true,
    }),
    concept: fromField(F.concept, {
      zh: '概念',
      en: 'Concept',
      description: '数字是什么：概念词表中的编号（如 expenditure_total 支出合计），中文名见 concept_zh。',
      description_en: 'What the figure is: an id of the concept vocabulary (e.g. expenditure_total); Chinese label in concept_zh.',
      required: true,
      labels: conceptLabels,
    }),
    concept_zh: fromField(F.concept_zh, {
      zh: '概念（中文）',
      en: 'Concept (Chinese)',
      description: '概念的中文名称。',
      description_en: 'Chinese label of the concept.',
      required: true,
    }),
    value_kind: fromField(F.value_kind, {
      zh: '数值类别',
      en: 'Value kind',
      description: '数值类别：money 金额、percent 百分比、count 计数、score 分值、text 文字、area 面积。',
      description_en: 'Kind of value: money, percent, count, score, text or area.',
      required: true,
      labels: { money: '金额', percent: '百分比', count: '计数', score: '分值', text: '文字', area: '面积' },
    }),
    phase: choice(Object.keys(PHASES).map(downloadPhase) as [string, ...string[]], {
      zh: '预算阶段',
      en: 'Phase',
      description: `金额所属阶段：年初预算、全年预算（调整后）、决算/执行数、上年决算、上年预算、资金到位数、目标值，或不适用（${NO_PHASE}）。`,
      description_en: `Budget phase: initial_budget, adjusted_budget, actual, prior_year_actual, prior_year_budget, funds_received, target, or ${NO_PHASE}.`,
      required: true,
      labels: phaseLabels,
    }),
    scope: fromField(F.scope, {
      zh: '资金范围',
      en: 'Scope',
      description: '数字涵盖的资金：全部资金、财政拨款、一般公共预算财政拨款、政府性基金、国有资本经营、社会保险基金，或未说明。',
      description_en: 'Which money the figure covers: all, fiscal, general_budget, government_fund, state_capital, social_insurance, unspecified.',
      required: true,
      labels: SCOPES,
    }),
    classification: fromField(F.code_system, {
      zh: '科目分类',
      en: 'Classification',
      description: '科目代码的分类：functional 支出功能分类，economic 支出经济分类；无科目代码时为空。',
      description_en: 'Classification of code: functional (支出功能分类) or economic (支出经济分类); empty without a code.',
      labels: { functional: '支出功能分类', economic: '支出经济分类' },
    }),
    code: fromField(F.code, {
      zh: '科目代码',
      en: 'Classification code',
      description: '政府收支分类科目代码：功能分类 3/5/7 位（类/款/项），经济分类 3/5 位（类/款）。请按文本读取。',
      description_en: 'Government classification code: functional 3/5/7 digits (类/款/项), economic 3/5 digits. Read it as text.',
      pattern: CLASSIFICATION_CODE,
      readAsText: true,
    }),
    code_name: fromField(F.code_name, {
      zh: '科目名称（标准）',
      en: 'Classification name',
      description: '科目代码在分类科目表中的标准名称；无代码时为空。',
      description_en: 'Standard name of the classification code; empty without a code.',
    }),
    item: fromField(F.item, {
      zh: '项目名称',
      en: 'Item name',
      description: '原文中数字所指的项目名称（科目名称、项目名、办公费等），按原文；未写明时为空。',
      description_en: 'Name of the item as printed (account name, project name, 办公费 …); empty when none is printed.',
    }),
    amount_yuan: yuan({
      zh: '金额（元）',
      en: 'Amount (yuan)',
      description:
        '金额类数字换算为元的精确值（两位小数，由原文的万元或元数值无损换算，如 89.93 万元 → 899300.00）；非金额或原文未载明数值时为空，绝不以 0 代替。',
      description_en:
        'Exact amount in yuan for money figures (two decimals, converted losslessly from the published 万元 or 元, e.g. 89.93 万元 → 899300.00). Empty when not money or not stated, never 0.',
    }),
    amount_fen: fen('金额', 'Amount', '金额类数字的精确值', 'Exact amount of a money figure'),
    published_value: fromField(F.published, {
      zh: '原文数值',
      en: 'Published value',
      description: '原文中的写法（如 89.93、0.00、162.935556、优秀），保留原有小数位，请按文本读取；涉密或无数据而未写数字时为空。',
      description_en:
        'The value exactly as printed (89.93, 0.00, 162.935556, 优秀), with its decimals; empty when withheld or empty without a number. Read it as text to keep the decimals.',
      readAsText: true,
    }),
    published_unit: fromField(F.unit, {
      zh: '原文单位',
      en: 'Published unit',
      description: '原文单位：万元、元、%、分、人、个 等；文字类为“文字”。',
      description_en: 'Unit as published: 万元, 元, %, 分, 人, 个 …; 文字 for a text value.',
      required: true,
    }),
    value_number: decimal({
      zh: '数值',
      en: 'Value (number)',
      description: '原文数值规范为半角数字的十进制数（单位同 published_unit）；文字或未写数字时为空。',
      description_en: 'The published value as a plain decimal number (in published_unit); empty for text or when no number is stated.',
    }),
    decimals: fromField(F.decimals, {
      zh: '小数位数',
      en: 'Decimals',
      description: '原文数值的小数位数（精度），用于区分舍入差异与真实矛盾；无数值时为空。',
      description_en: 'Number of decimals as published (the precision), which tells rounding from contradiction; empty without a number.',
      minimum: 0,
    }),
    status: fromField(F.status, {
      zh: '状态',
      en: 'Status',
      description: '状态：reported 已公开；withheld 涉密不予公开（可能仍写明金额）；empty 本表无数据。涉密或无数据从不记为 0。',
      description_en:
        'reported; withheld (classified: the amount may still be stated, the detail is not); empty (a table published with no data). Never recorded as 0.',
      required: true,
      labels: FACT_STATUSES,
    }),
    direction: fromField(F.direction, {
      zh: '增减方向',
      en: 'Direction',
      description: '增减类数字的方向：increase 增加，decrease 减少，按原文；其他为空。',
      description_en: 'For changes: increase or decrease, as the text says; empty otherwise.',
      labels: { increase: '增加', decrease: '减少' },
    }),
    of: factRef(
      'of',
      '运算项（分子）',
      '比率或增减额的被比较项：同一文件中的 fact_id（比率 = of ÷ base；增减额 = of − base）。',
      'For rates and changes: fact_id of the numerator in the same disclosure (rate = of ÷ base; change = of − base).',
    ),
    base: factRef('base', '运算项（基数）', '比率或增减额的基数：同一文件中的 fact_id。', 'For rates and changes: fact_id of the base in the same disclosure.'),
    part_of: factRef(
      'part_of',
      '所属总数',
      '该数字是其组成部分的总数：同一文件中的 fact_id（用于分项与合计的核对）。',
      'fact_id (same disclosure) of the whole this figure is a stated part of, for the parts-vs-whole checks.',
    ),
    project_id: projectRef('该数字'),
    of_key: itemKeyColumn({ zh: '运算项（分子）全局编号', en: 'Of key', of: 'of 所指数字', of_en: 'figure named in of', table: 'fact_id' }),
    base_key: itemKeyColumn({ zh: '运算项（基数）全局编号', en: 'Base key', of: 'base 所指数字', of_en: 'figure named in base', table: 'fact_id' }),
    part_of_key: itemKeyColumn({ zh: '所属总数全局编号', en: 'Part-of key', of: 'part_of 所指数字', of_en: 'figure named in part_of', table: 'fact_id' }),
    project_key: itemKeyColumn({ zh: '项目全局编号', en: 'Project key', of: 'project_id 所指项目', of_en: 'project named in project_id', table: 'project_id' }),
    quote: quote('该数字', 'figure'),
    anchor,
    source_line: sourceLine,
    note: note('数字', 'figure'),
  },
  primaryKey: ['disclosure_id', 'fact_id'],
  foreignKeys: [
    { fields: ['disclosure_id'], resource: 'disclosures', referenceFields: ['disclosure_id'] },
    { fields: ['project_key'], resource: 'projects', referenceFields: ['project_key'] },
    { fields: ['of_key'], resource: '', referenceFields: ['fact_key'] },
    { fields: ['base_key'], resource: '', referenceFields: ['fact_key'] },
    { fields: ['part_of_key'], resource: '', referenceFields: ['fact_key'] },
  ],
};

// ------------------------------------------------------------ projects.csv

const P = projectSchema.shape;
export const projectsTable: TableSpec = {
  name: 'projects',
  zh: '项目',
  en: 'Projects',
  description: '文件中点名的项目，每个一行；项目金额是 facts.csv 中 concept 为 project_amount、project_id 相同的数字。',
  description_en: 'Named projects, one row each; their amounts are the facts with concept project_amount and the same project_id.',
  columns: {
    disclosure_id: disclosureId(false),
    project_id: fromField(P.id, {
      zh: '项目编号',
      en: 'Project ID',
      description: '项目在本文件内的稳定编号。',
      description_en: 'Stable identifier of the project within its disclosure.',
      required: true,
      pattern: ITEM_ID,
    }),
    project_key: itemKeyColumn({ zh: '项目全局编号', en: 'Project key', of: '项目', of_en: 'project', table: 'project_id', required: true, unique: true }),
    name: fromField(P.name, { zh: '项目名称', en: 'Name', description: '项目名称，按原文。', description_en: 'Project name as printed.', required: true }),
    purpose: fromField(P.purpose, {
      zh: '资金用途',
      en: 'Purpose',
      description: '文件所述资金用途（原文措辞）；未写明时为空。',
      description_en: 'What the document says the money was for (its words); empty when not stated.',
    }),
    quote: quote('项目', 'project'),
    anchor,
    source_line: sourceLine,
    note: note('项目', 'project'),
  },
  primaryKey: ['disclosure_id', 'project_id'],
  foreignKeys: [{ fields: ['disclosure_id'], resource: 'disclosures', referenceFields: ['disclosure_id'] }],
};

// ------------------------------------------------------------ indicators.csv

const I = indicatorSchema.shape;
const asPrinted = (col: string, zh: string, en: string, what: string, what_en: string): ColumnSpec =>
  fromField(I[col as 'target'], {
    zh,
    en,
    description: `${what}，按原文（如“≥98%”“12 次”“10”），请按文本读取；空格为空。`,
    description_en: `${what_en} as printed (e.g. ≥98%, 12 次, 10), to be read as text; empty when the cell is empty.`,
    readAsText: true,
  });

export const indicatorsTable: TableSpec = {
  name: 'indicators',
  zh: '绩效指标',
  en: 'Performance indicators',
  description: '绩效自评表的每一行：一级、二级、三级指标，年度指标值、实际完成值、分值和得分（均按原文），以及一级指标分值行、总分行和预算执行率行。',
  description_en:
    'Each row of the self-evaluation tables: level 1–3 indicators with target, actual, weight and score as printed, plus section-weight, total and budget-execution rows.',
  columns: {
    disclosure_id: disclosureId(false),
    indicator_id: fromField(I.id, {
      zh: '指标行编号',
      en: 'Indicator ID',
      description: '指标行在本文件内的稳定编号。',
      description_en: 'Stable identifier of the row within its disclosure.',
      required: true,
      pattern: ITEM_ID,
    }),
    scope: fromField(I.scope, {
      zh: '评价范围',
      en: 'Scope',
      description: 'department 部门整体；project 具体项目（见 project_id）。',
      description_en: 'department (the department as a whole) or project (see project_id).',
      required: true,
      labels: { department: '部门整体', project: '项目' },
    }),
    project_id: projectRef('该指标行'),
    project_key: itemKeyColumn({ zh: '项目全局编号', en: 'Project key', of: 'project_id 所指项目', of_en: 'project named in project_id', table: 'project_id' }),
    row_kind: fromField(I.row_kind, {
      zh: '行类型',
      en: 'Row kind',
      description: 'indicator 三级指标行；section 一级指标分值行；total 总分行；funding 预算执行率行。',
      description_en: 'indicator (a level-3 row), section (a level-1 weight), total (the total score row), funding (the budget execution row).',
      required: true,
      labels: { indicator: '三级指标', section: '一级指标分值', total: '总分', funding: '预算执行率' },
    }),
    level1: fromField(I.level1, {
      zh: '一级指标',
      en: 'Level 1',
      description: '一级指标（产出、效益、满意度等），按原文。',
      description_en: 'Level-1 indicator (output, effect, satisfaction …) as printed.',
    }),
    level2: fromField(I.level2, {
      zh: '二级指标',
      en: 'Level 2',
      description: '二级指标（数量、质量、时效、成本等），按原文。',
      description_en: 'Level-2 indicator (quantity, quality, timeliness, cost …) as printed.',
    }),
    level3: fromField(I.level3, {
      zh: '三级指标',
      en: 'Level 3',
      description: '三级指标（具体指标），按原文。',
      description_en: 'Level-3 (concrete) indicator as printed.',
    }),
    target: asPrinted('target', '年度指标值', 'Target', '年度指标值', 'Annual target'),
    actual: asPrinted('actual', '实际完成值', 'Actual', '实际完成值', 'Actual value'),
    weight: asPrinted('weight', '分值', 'Weight', '分值', 'Weight'),
    score: asPrinted('score', '得分', 'Score', '得分', 'Score'),
    weight_value: decimal({
      zh: '分值（数值）',
      en: 'Weight (number)',
      unit: '分',
      description: '原文分值可读为一个数字时的数值；否则为空。',
      description_en: 'The weight as a number when the printed weight is one; empty otherwise.',
    }),
    score_value: decimal({
      zh: '得分（数值）',
      en: 'Score (number)',
      unit: '分',
      description: '原文得分可读为一个数字时的数值；否则为空。',
      description_en: 'The score as a number when the printed score is one; empty otherwise.',
    }),
    deviation_note: fromField(I.deviation_note, {
      zh: '偏差原因',
      en: 'Deviation note',
      description: '原文所写偏差原因及改进措施；空格为空。',
      description_en: 'Reason for deviation as printed; empty when the cell is empty.',
    }),
    quote: quote('指标行', 'row'),
    anchor,
    source_line: sourceLine,
    note: note('指标行', 'row'),
  },
  primaryKey: ['disclosure_id', 'indicator_id'],
  foreignKeys: [
    { fields: ['disclosure_id'], resource: 'disclosures', referenceFields: ['disclosure_id'] },
    { fields: ['project_key'], resource: 'projects', referenceFields: ['project_key'] },
  ],
};

// ------------------------------------------------------------ checks.csv

const C = checkResultSchema.shape;
export const checksTable: TableSpec = {
  name: 'checks',
  zh: '一致性核对',
  en: 'Consistency checks',
  description:
    '门户对每份文件所做的核对，每条一行（rule 为 standard_tables、required_sections、classification_depth、evaluation_parts 的是结构核对：文件是否包含规定内容，供透明度评分使用；其余是一致性核对：文件是否自洽）：规则、结论、原文所载值与计算值、差额与容差（元），以及参与核对的数字和它们的原文引文。',
  description_en:
    'The checks the portal runs on each document, one row each (rules standard_tables, required_sections, classification_depth and evaluation_parts are structural: whether the document contains what is required, read by the scorecard; the others are consistency checks): rule, verdict, stated and computed values, difference and tolerance in yuan, and the operand figures with their quotes.',
  columns: {
    disclosure_id: disclosureId(false),
    check_id: fromField(C.check_id, {
      zh: '核对编号',
      en: 'Check ID',
      description: '核对在本文件内的编号。',
      description_en: 'Identifier of the check within its disclosure.',
      required: true,
    }),
    rule: fromField(C.rule, { zh: '规则', en: 'Rule', description: '核对规则的编号。', description_en: 'Identifier of the rule applied.', required: true }),
    rule_zh: fromField(C.rule_zh, {
      zh: '规则（中文）',
      en: 'Rule (Chinese)',
      description: '核对规则的中文说明。',
      description_en: 'Chinese description of the rule.',
      required: true,
    }),
    status: fromField(C.status, {
      zh: '结论',
      en: 'Status',
      description: 'pass 一致；rounding 差异在舍入范围内；fail 不一致；not_applicable 无法核对（如数字涉密或未载明）。',
      description_en: 'pass; rounding (difference within rounding of the published decimals); fail; not_applicable (e.g. an operand withheld or not stated).',
      required: true,
      labels: { pass: '一致', rounding: '舍入差异', fail: '不一致', not_applicable: '无法核对' },
    }),
    stated: decimal({
      zh: '原文所载值',
      en: 'Stated',
      description: '原文所载的值（精确十进制，单位见 unit，金额为万元）；无法核对时可能为空。',
      description_en: 'The value the document states (exact decimal, in unit; money in 万元); may be empty when not applicable.',
    }),
    computed: decimal({
      zh: '比较值',
      en: 'Compared with',
      description:
        '与原文所载值比较的值（精确十进制，单位见 unit）：本站按其他原文数字算出的值（和、比率、差），或文件另一处所载的数字（同一数字多处一致的参照值、文字比较的基准、只列一项的组成部分、指标的得分），说明中写明是哪一种；无法核对时可能为空。',
      description_en:
        'The value the stated one is compared with (exact decimal, in unit): computed by the portal from other stated figures (a sum, ratio or difference), or a second figure the document prints (the reference statement of a repeated figure, the base of a worded comparison, a lone part, a score); the message says which. May be empty when not applicable.',
    }),
    unit: fromField(C.unit, {
      zh: '单位',
      en: 'Unit',
      description: 'stated 与 computed 的单位（金额为万元）。',
      description_en: 'Unit of stated and computed (万元 for money).',
      required: true,
    }),
    difference_yuan: yuan({
      zh: '差额（元）',
      en: 'Difference (yuan)',
      description: '金额核对中 原文所载值 − 计算值，单位元（精确到分）；非金额核对为空。',
      description_en: 'For money checks: stated − computed in yuan (exact to the fen); empty otherwise.',
    }),
    difference_fen: fen('差额', 'Difference', '金额核对中 原文所载值 − 计算值', 'For money checks: stated − computed'),
    tolerance_yuan: yuan({
      zh: '容差（元）',
      en: 'Tolerance (yuan)',
      description: '按原文小数位数可由舍入造成的最大差额，单位元；非金额核对为空。',
      description_en: 'The largest difference rounding of the published decimals can explain, in yuan; empty otherwise.',
    }),
    tolerance_fen: fen('容差', 'Tolerance', '按原文小数位数可由舍入造成的最大差额', 'The largest difference rounding can explain'),
    fact_ids: text({
      zh: '相关数字编号',
      en: 'Fact IDs',
      description: '参与核对的数字，以空格分隔：同一文件 facts.csv 的 fact_id，绩效表核对中也可为 indicators.csv 的 indicator_id。',
      description_en:
        'The operands, separated by spaces: fact_id in facts.csv of the same disclosure, or for indicator-table checks indicator_id in indicators.csv.',
      pattern: /^[a-z0-9][a-z0-9_.-]*( [a-z0-9][a-z0-9_.-]*)*$/,
    }),
    quotes: text({
      zh: '相关原文引文',
      en: 'Quotes',
      description: '各相关数字或指标行的原文引文，按 fact_ids 顺序，以“ | ”连接（相同引文只出现一次）。',
      description_en: 'The quotes of the operands in fact_ids order, joined with " | " (each distinct quote once).',
    }),
    message: fromField(C.message, {
      zh: '说明',
      en: 'Message',
      description: '核对结论的中文说明。',
      description_en: 'The verdict in a Chinese sentence.',
      required: true,
    }),
  },
  primaryKey: ['disclosure_id', 'check_id'],
  foreignKeys: [{ fields: ['disclosure_id'], resource: 'disclosures', referenceFields: ['disclosure_id'] }],
};

// ------------------------------------------------------------ key_figures.csv

export const FIGURE_BASES = { stated: '原文所载', computed: '计算值' } as const;

export const keyFiguresTable: TableSpec = {
  name: 'key_figures',
  zh: '关键数字',
  en: 'Key figures',
  description:
    '每份文件的关键数字（页面标题处所示）和门户由它们算出的数字，每个一行：原文所载者指向 facts.csv 中的那一条数字（fact_key），计算值给出公式和参与计算的数字。关键数字之间有包含关系（如“三公”经费与其分项），请勿整列相加。',
  description_en:
    'The headline figures of each disclosure (as shown on its page) and the figures the portal computes from them, one row each: a stated figure points to its fact in facts.csv (fact_key), a computed one gives its formula and operand facts. Key figures include one another (three public expenses and their parts): never sum the column.',
  columns: {
    disclosure_id: disclosureId(false),
    figure_id: text({
      zh: '关键数字编号',
      en: 'Figure ID',
      description: '关键数字的编号：原文所载者同 disclosures.csv 的列名（去掉 _yuan），计算值如 personnel_share。',
      description_en: 'Id of the figure: for stated figures the disclosures.csv column without _yuan; for computed ones e.g. personnel_share.',
      required: true,
      pattern: /^[a-z][a-z0-9_]*$/,
    }),
    label_zh: text({
      zh: '名称',
      en: 'Label',
      description: '关键数字的中文名称，同页面所示。',
      description_en: 'Chinese label as shown on the page.',
      required: true,
    }),
    basis: choice(Object.keys(FIGURE_BASES) as [string, ...string[]], {
      zh: '来源',
      en: 'Basis',
      description: 'stated 原文所载（取自 fact_key 所指的数字）；computed 门户计算值（见 formula_zh 与 operand_fact_ids）。',
      description_en: 'stated (the fact named in fact_key) or computed by the portal (see formula_zh and operand_fact_ids).',
      required: true,
      labels: FIGURE_BASES,
    }),
    value: decimal({
      zh: '数值',
      en: 'Value',
      description: '数值（单位见 unit）：原文所载者为原文数值，计算值按 decimals 位四舍五入；文件未载明或涉密未写数字时为空。',
      description_en:
        'The value in unit: as printed for stated figures, rounded half-up to decimals for computed ones; empty when not stated or withheld without a number.',
    }),
    text_value: text({
      zh: '文字值',
      en: 'Text value',
      description: '文字类关键数字（如评价等级“优秀”）的原文；其他为空。',
      description_en: 'The printed text of a text figure (e.g. the grade 优秀); empty otherwise.',
    }),
    unit: text({
      zh: '单位',
      en: 'Unit',
      description: 'value 的单位（万元、%、人、分、万元/人 等）。',
      description_en: 'Unit of value (万元, %, 人, 分, 万元/人 …).',
      required: true,
    }),
    decimals: integer({ zh: '小数位数', en: 'Decimals', description: 'value 的小数位数。', description_en: 'Decimals of value.', minimum: 0 }),
    amount_yuan: yuan({
      zh: '金额（元）',
      en: 'Amount (yuan)',
      description: '金额类数字的精确元值（计算值为精确和，不经舍入）；非金额为空。',
      description_en: 'Exact yuan of a money figure (for a computed sum the exact sum, not rounded); empty otherwise.',
    }),
    amount_fen: fen('金额', 'Amount', '金额类数字的精确值', 'Exact amount of a money figure'),
    status: choice(Object.keys(FACT_STATUSES) as [string, ...string[]], {
      zh: '状态',
      en: 'Status',
      description: '原文所载者：所指数字的状态（reported、withheld、empty）；计算值为 reported。',
      description_en: 'For stated figures the status of the fact (reported, withheld, empty); computed figures are reported.',
      required: true,
      labels: FACT_STATUSES,
    }),
    fact_key: itemKeyColumn({
      zh: '数字全局编号',
      en: 'Fact key',
      of: '原文所载关键数字所指的数字（facts.csv）',
      of_en: 'fact (facts.csv) a stated figure is',
      table: 'fact_id',
    }),
    formula_zh: text({
      zh: '计算公式',
      en: 'Formula',
      description: '计算值的公式（如“人员经费 ÷ 支出合计 × 100%”）；原文所载者为空。',
      description_en: 'Formula of a computed figure; empty for stated ones.',
    }),
    operand_fact_ids: text({
      zh: '运算项',
      en: 'Operands',
      description: '计算值的运算项：同一文件 facts.csv 的 fact_id，按公式顺序以空格分隔；原文所载者为空。',
      description_en:
        'Operands of a computed figure: fact_id in facts.csv of the same disclosure, in formula order, separated by spaces; empty for stated ones.',
      pattern: /^[a-z0-9][a-z0-9_.-]*( [a-z0-9][a-z0-9_.-]*)*$/,
    }),
  },
  primaryKey: ['disclosure_id', 'figure_id'],
  foreignKeys: [
    { fields: ['disclosure_id'], resource: 'disclosures', referenceFields: ['disclosure_id'] },
    { fields: ['fact_key'], resource: 'facts', referenceFields: ['fact_key'] },
  ],
};

// ------------------------------------------------------------ scorecard.csv

const SC = scorecardCriterionSchema.shape;
export const scorecardTable: TableSpec = {
  name: 'scorecard',
  zh: '透明度评分',
  en: 'Transparency scorecard',
  description:
    '每份公开文件按透明度评分标准逐项评判，每份文件 × 每项标准一行：所属组别及权重、结论（符合、部分符合、不符合、不适用）、依据（核对结果编号和原文位置）。总分和等级见 disclosures.csv，评分方法见网站“方法说明”页。',
  description_en:
    'Each disclosure judged against each transparency criterion, one row per disclosure × criterion: group and weight, verdict (met, partly, not met, not applicable) and the evidence (check ids and source anchors). Totals and grades are in disclosures.csv; the method is on the site’s methodology page.',
  columns: {
    disclosure_id: disclosureId(false),
    criterion: fromField(SC.criterion, {
      zh: '评分标准',
      en: 'Criterion',
      description: '评分标准的编号，如 tables.present。',
      description_en: 'Identifier of the criterion, e.g. tables.present.',
      required: true,
      pattern: /^[a-z_]+\.[a-z_]+$/,
    }),
    criterion_zh: fromField(SC.criterion_zh, {
      zh: '评分标准（中文）',
      en: 'Criterion (Chinese)',
      description: '评分标准的中文说明。',
      description_en: 'Chinese description of the criterion.',
      required: true,
    }),
    group: fromField(SC.group, {
      zh: '组别',
      en: 'Group',
      description: '评分标准所属的组：tables 公开表、structure 说明与细化、three_public “三公”经费、performance 绩效、timeliness 及时性、consistency 一致性。',
      description_en: 'Group of the criterion: tables, structure, three_public, performance, timeliness, consistency.',
      required: true,
    }),
    group_weight: decimal({
      zh: '组别权重',
      en: 'Group weight',
      description: '该组在总分中的权重（各组合计 1；不适用的组不计，其余按比例放大）。',
      description_en: 'Weight of the group in the total (groups sum to 1; groups with no applicable criterion drop out and the rest are rescaled).',
    }),
    status: fromField(SC.status, {
      zh: '结论',
      en: 'Status',
      description: 'met 符合；partly 部分符合；not_met 不符合；not_applicable 不适用（该类文件不要求，或无从判断），不计分。',
      description_en: 'met; partly; not_met; not_applicable (not required of this kind of document, or cannot be judged): not scored.',
      required: true,
      labels: SCORE_STATUSES,
    }),
    value: decimal({
      zh: '得分比例',
      en: 'Value',
      description: '该项得分占满分的比例：符合 1，部分符合 0.5，不符合 0；不适用为空。',
      description_en: 'Share of the criterion scored: met 1, partly 0.5, not met 0; empty when not applicable.',
    }),
    evidence: fromField(SC.evidence, {
      zh: '依据',
      en: 'Evidence',
      description: '评判所依据的事实（中文说明）。',
      description_en: 'What the verdict rests on, in Chinese.',
      required: true,
    }),
    check_ids: text({
      zh: '相关核对编号',
      en: 'Check IDs',
      description: '所依据的核对结果，以空格分隔，与 checks.csv 中同一文件的 check_id 关联。',
      description_en: 'The check results it rests on, separated by spaces: check_id in checks.csv of the same disclosure.',
    }),
    anchors: text({
      zh: '原文位置',
      en: 'Source anchors',
      description: '所依据的原文位置，以空格分隔，格式同 facts.csv 的 anchor（sources/<disclosure_id>.txt 中的字符区间）。',
      description_en: 'Source places it rests on, separated by spaces, in the anchor format of facts.csv (character ranges in sources/<disclosure_id>.txt).',
      pattern: /^q-\d+-\d+( q-\d+-\d+)*$/,
    }),
  },
  primaryKey: ['disclosure_id', 'criterion'],
  foreignKeys: [{ fields: ['disclosure_id'], resource: 'disclosures', referenceFields: ['disclosure_id'] }],
};

// ------------------------------------------------------------ counties.csv

const K = countyEntrySchema.shape;
export const countiesTable: TableSpec = {
  name: 'counties',
  zh: '县级行政区划',
  en: 'Counties',
  description: '县级行政区划登记表（GB/T 2260），每个代码一行，含代码变更前后的对应关系和收录的公开文件。',
  description_en: 'The county-level divisions register (GB/T 2260), one row per code, with code changes (predecessor/successor) and the disclosures collected.',
  columns: {
    county_code: countyCode(
      '县级区划代码',
      'County code',
      'GB/T 2260 县级行政区划代码。请按文本读取。',
      'GB/T 2260 county-level division code. Read it as text.',
    ),
    name: fromField(K.name, { zh: '名称', en: 'Name', description: '县级行政区划名称。', description_en: 'Name of the division.', required: true }),
    short_name: fromField(K.short_name, {
      zh: '简称',
      en: 'Short name',
      description: '县级行政区划的简称，如“宁乡”。',
      description_en: 'Short name of the division, e.g. 宁乡.',
      required: true,
    }),
    prefecture: fromField(K.prefecture, {
      zh: '地级区划',
      en: 'Prefecture',
      description: '所属地级行政区划名称。',
      description_en: 'Prefecture-level division.',
      required: true,
    }),
    prefecture_code: countyCode('地级区划代码', 'Prefecture code', '所属地级行政区划的 GB/T 2260 代码。', 'GB/T 2260 code of the prefecture.'),
    province: fromField(K.province, {
      zh: '省级区划',
      en: 'Province',
      description: '所属省级行政区划名称。',
      description_en: 'Province-level division.',
      required: true,
    }),
    province_code: countyCode('省级区划代码', 'Province code', '所属省级行政区划的 GB/T 2260 代码。', 'GB/T 2260 code of the province.'),
    valid_from: fromField(K.valid_from, {
      zh: '启用年份',
      en: 'Valid from',
      description: '代码启用的年份；自登记表起即有效时为空。',
      description_en: 'First year the code is valid; empty when valid throughout the register.',
    }),
    valid_to: fromField(K.valid_to, {
      zh: '停用年份',
      en: 'Valid to',
      description: '代码最后有效的年份；仍在使用时为空。',
      description_en: 'Last year the code is valid; empty when still in use.',
    }),
    predecessor_code: countyCode(
      '前身代码',
      'Predecessor code',
      '改设前的代码（如宁乡市 430182 的前身为宁乡县 430124）；无则为空。',
      'Code before a change (e.g. 430182 宁乡市 succeeded 430124 宁乡县); empty when none.',
      false,
    ),
    successor_code: countyCode('后继代码', 'Successor code', '改设后的代码；无则为空。', 'Code after a change; empty when none.', false),
    note: fromField(K.note, { zh: '备注', en: 'Note', description: '关于区划变更等的说明。', description_en: 'Note on changes of the division.' }),
    disclosure_count: count('公开文件数', 'Disclosures', '该区划代码下收录的公开文件数。', 'Number of disclosures collected under this code.'),
    disclosure_ids: text({
      zh: '公开文件编号',
      en: 'Disclosure IDs',
      description: '该区划代码下收录的公开文件编号（disclosure_id），以空格分隔；无则为空。',
      description_en: 'disclosure_id of each disclosure under this code, separated by spaces; empty when none.',
    }),
  },
  primaryKey: ['county_code'],
  foreignKeys: [
    { fields: ['predecessor_code'], resource: '', referenceFields: ['county_code'] },
    { fields: ['successor_code'], resource: '', referenceFields: ['county_code'] },
  ],
};

// ------------------------------------------------------------ files.csv

export const filesTable: TableSpec = {
  name: 'files',
  zh: '文件清单',
  en: 'Files',
  description: '/data/ 下除本清单和 datapackage.json 外的每个文件一行：路径、所属表、分区、格式、压缩、行数、字节数和 SHA-256 校验值。',
  description_en:
    'Every file under /data/ except this list and datapackage.json, one row each: path, table, partition, format, compression, rows, bytes and SHA-256.',
  columns: {
    path: text({ zh: '路径', en: 'Path', description: '相对于 /data/ 的路径。', description_en: 'Path relative to /data/.', required: true, unique: true }),
    table: text({
      zh: '表',
      en: 'Table',
      description: 'CSV 或 Parquet 文件遵循的表结构（datapackage.json 中同名资源的 schema）；其他文件为空。',
      description_en: 'The table (resource schema in datapackage.json) a CSV or Parquet file follows; empty for other files.',
    }),
    disclosure_id: fromField(disclosureSummarySchema.shape.id, {
      zh: '公开文件编号',
      en: 'Disclosure ID',
      description: '单份公开文件的文件所属的 disclosure_id；全集文件为空。',
      description_en: 'The disclosure a per-disclosure file belongs to; empty for whole-dataset files.',
      pattern: DISCLOSURE_ID,
    }),
    partition: text({
      readAsText: true,
      zh: '分区',
      en: 'Partition',
      description: '整体文件按省级区划（省大时再按年度）分区：分区编号为省级区划代码，或“省级区划代码/年度”；不属于分区的文件为空。',
      description_en:
        'Bulk files are partitioned by province (and by year for a large province): the province code, or <province code>/<year>; empty for files outside the partitions.',
      pattern: /^\d{6}(\/\d{4})?$/,
    }),
    format: choice(['csv', 'json', 'txt', 'parquet', 'xlsx', 'md', 'cff', 'bib'], {
      zh: '格式',
      en: 'Format',
      description: '文件格式：csv、json、txt、parquet、xlsx、md（更新记录）、cff 或 bib（引用信息）。',
      description_en: 'File format: csv, json, txt, parquet, xlsx, md (changelog), cff or bib (citation).',
      required: true,
      labels: { csv: 'CSV', json: 'JSON', txt: '纯文本', parquet: 'Parquet', xlsx: 'Excel 工作簿', md: 'Markdown', cff: 'Citation File Format', bib: 'BibTeX' },
    }),
    compression: choice(['gz'], {
      zh: '压缩',
      en: 'Compression',
      description: 'gz 表示 gzip 压缩（解压后为同名去掉 .gz 的文件）；未压缩为空。',
      description_en: 'gz for gzip (the content is the file without .gz); empty when not compressed.',
      labels: { gz: 'gzip' },
    }),
    mediatype: text({ zh: '媒体类型', en: 'Media type', description: 'IANA 媒体类型。', description_en: 'IANA media type.', required: true }),
    rows: integer({
      zh: '行数',
      en: 'Rows',
      description: '表格文件（CSV、Parquet）的数据行数（不含表头）；工作簿为各表行数之和；其他格式为空。',
      description_en: 'Data rows of a table file (CSV, Parquet; header excluded); for a workbook the rows of all its table sheets; empty for other formats.',
      minimum: 0,
    }),
    bytes: integer({ zh: '字节数', en: 'Bytes', description: '文件大小（字节）。', description_en: 'File size in bytes.', required: true, minimum: 0 }),
    sha256: text({
      zh: 'SHA-256 校验值',
      en: 'SHA-256',
      description: '文件内容的 SHA-256 校验值（十六进制小写）。',
      description_en: 'SHA-256 of the file content (lower-case hex).',
      required: true,
      pattern: /^[0-9a-f]{64}$/,
    }),
  },
  primaryKey: ['path'],
  foreignKeys: [{ fields: ['disclosure_id'], resource: 'disclosures', referenceFields: ['disclosure_id'] }],
};

/** The tables that make up the dataset, in the order they are listed. */
export const DATA_TABLES: readonly TableSpec[] = [
  disclosuresTable,
  factsTable,
  keyFiguresTable,
  projectsTable,
  indicatorsTable,
  checksTable,
  scorecardTable,
  countiesTable,
];
/** Tables of the registries: small at any scale, never partitioned. */
export const REGISTRY_TABLES: readonly TableSpec[] = [countiesTable];
/** Tables made of each disclosure's rows: partitioned with the disclosures. */
export const PER_DISCLOSURE_TABLE_NAMES: readonly string[] = DATA_TABLES.filter((t) => !REGISTRY_TABLES.includes(t)).map((t) => t.name);
/** Every table with a schema, including the file list. */
export const ALL_TABLES: readonly TableSpec[] = [...DATA_TABLES, filesTable];

/** Columns to read as text (pandas dtype=str, readr col_character): codes and values as printed. */
export function textColumns(tables: readonly TableSpec[] = ALL_TABLES): string[] {
  const names = new Set<string>();
  for (const t of tables) for (const [name, c] of Object.entries(t.columns)) if (c.meta.readAsText) names.add(name);
  return [...names].sort();
}
