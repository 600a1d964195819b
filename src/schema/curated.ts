/**
 * Schemas of the curated inputs under content/. CSV cells arrive as strings;
 * these schemas check their shape. Cross-file rules (quotes occur in the
 * source, codes exist, ids resolve) live in src/normalize.
 */
import { z } from 'zod';
import { CONCEPT_IDS, PHASE_IDS, SCOPE_IDS, FACT_STATUS_IDS } from '../core/concepts';
import { DISCLOSURE_ID, DISCLOSURE_KIND_IDS } from '../core/disclosure-id';

const id = z.string().regex(/^[a-z0-9][a-z0-9_.-]*$/, 'lower-case id of [a-z0-9_.-]');
const optionalText = z.string().optional().default('');
const optionalId = z
  .union([z.literal(''), id])
  .optional()
  .default('');
/** A link from data: http or https only (no javascript:, data:, file: …), as every URL the site renders from data. */
export const httpUrl = z
  .string()
  .url()
  .regex(/^https?:\/\/[^/?#\s]/i, 'an http(s) URL');
/** An ISO date that exists in the calendar: 2024-06-17, 2024-06, 2024 or --05-16 (month and day). */
export const isoDate = z
  .string()
  .regex(/^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}-\d{2})$/, 'an ISO date such as 2024-06-17, 2024-06 or --05-16')
  .refine(realDate, 'a date that exists (month 01–12, a day the month has)');

function realDate(s: string): boolean {
  const [y, m, d] = s.startsWith('--') ? [2000, Number(s.slice(2, 4)), Number(s.slice(5))] : s.split('-').map(Number);
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  // Day 0 of the next month is the last day of this one (2000 is a leap year, so --02-29 is accepted).
  return d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

// ---------------------------------------------------------------- registries

export const countyRowSchema = z.object({
  code: z.string().regex(/^\d{6}$/, 'a six-digit GB/T 2260 code'),
  name: z.string().min(1),
  short_name: z.string().min(1),
  prefecture: z.string().min(1),
  prefecture_code: z.string().regex(/^\d{6}$/, 'a six-digit GB/T 2260 code'),
  province: z.string().min(1),
  province_code: z.string().regex(/^\d{6}$/, 'a six-digit GB/T 2260 code'),
  valid_from: z.union([z.literal(''), z.string().regex(/^\d{4}$/, 'a year')]),
  valid_to: z.union([z.literal(''), z.string().regex(/^\d{4}$/, 'a year')]),
  predecessor_code: z.union([z.literal(''), z.string().regex(/^\d{6}$/)]),
  successor_code: z.union([z.literal(''), z.string().regex(/^\d{6}$/)]),
  note: optionalText,
});
export type CountyRow = z.infer<typeof countyRowSchema>;

export const departmentTypeSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9]*$/),
  name: z.string().min(1),
  full_name: z.string().min(1),
  en: z.string().min(1),
  variants: z.array(z.string().min(1)).min(1),
});
export const departmentTypesSchema = z.array(departmentTypeSchema).min(1);
export type DepartmentType = z.infer<typeof departmentTypeSchema>;

export const codeRowSchema = z.object({
  code: z.string().regex(/^\d{3}(\d{2}(\d{2})?)?$/, 'a classification code of 3, 5 or 7 digits'),
  name: z.string().min(1),
});
export type CodeRow = z.infer<typeof codeRowSchema>;

// ---------------------------------------------------------------- disclosure.json

/**
 * The dates a document states, each for what it is: 填报日期, 拟公开时间 (a planned publication, often
 * without a year), 发布时间, 成立时间 (of the department), and 截至 (as_of: the cut-off date of the figures
 * stated in the same sentence, e.g. "截至2024年12月31日，共有车辆0辆"; it belongs to those figures, not to
 * the document). No catch-all: a date that is none of these is not recorded.
 */
export const DATE_TYPES = ['report_date', 'planned_publication', 'published', 'founded', 'as_of'] as const;
export type DateType = (typeof DATE_TYPES)[number];

/** How much of the document source.txt holds: the whole of it, a part (a web page that dropped annexes), or an excerpt. */
export const SOURCE_COMPLETENESS = {
  complete: '全文',
  partial: '原文不完整',
  excerpt: '原文节选',
} as const;
export type SourceCompleteness = keyof typeof SOURCE_COMPLETENESS;
const completenessIds = Object.keys(SOURCE_COMPLETENESS) as [SourceCompleteness, ...SourceCompleteness[]];

export const disclosureMetaSchema = z
  .object({
    id: z.string().regex(DISCLOSURE_ID, '<county_code>-<department_type>-<year>-<kind>'),
    county_code: z.string().regex(/^\d{6}$/, 'a six-digit GB/T 2260 code'),
    department_type: z.string().regex(/^[a-z][a-z0-9]*$/),
    department_name: z.string().min(1),
    department_short_name: z.string().min(1),
    year: z.number().int().min(1990).max(2100),
    kind: z.enum(DISCLOSURE_KIND_IDS),
    title: z.string().min(1),
    title_quote: z.string().min(1),
    issuer: z.string().min(1),
    source_file: z.string().min(1),
    source_url: httpUrl.optional(),
    source_note: z.string().optional(),
    source_completeness: z.enum(completenessIds).default('complete'),
    /** What is missing from the text (required unless complete), shown to readers in Chinese. */
    source_completeness_note: z.string().min(1).optional(),
    dates: z
      .array(
        z.object({
          type: z.enum(DATE_TYPES),
          value: isoDate,
          quote: z.string().min(1),
          after: z.string().optional(),
        }),
      )
      .default([]),
  })
  .strict()
  .superRefine((m, ctx) => {
    if (m.source_completeness !== 'complete' && !m.source_completeness_note) {
      ctx.addIssue({
        code: 'custom',
        path: ['source_completeness_note'],
        message: `a note saying what the text lacks (required when source_completeness is ${m.source_completeness})`,
      });
    }
  });
export type DisclosureMeta = z.infer<typeof disclosureMetaSchema>;

// ---------------------------------------------------------------- facts.csv

export const FACT_COLUMNS = [
  'fact_id',
  'concept',
  'phase',
  'scope',
  'code',
  'code_system',
  'item',
  'value',
  'unit',
  'status',
  'direction',
  'of',
  'base',
  'part_of',
  'project_id',
  'section',
  'table',
  'row',
  'column',
  'quote',
  'after',
  'note',
] as const;
export const FACT_REQUIRED = ['fact_id', 'concept', 'phase', 'scope', 'value', 'unit', 'section', 'quote'] as const;

export const factRowSchema = z.object({
  fact_id: id,
  concept: z.enum(CONCEPT_IDS),
  phase: z.enum(PHASE_IDS),
  scope: z.enum(SCOPE_IDS),
  code: z
    .union([z.literal(''), z.string().regex(/^\d{3}(\d{2}(\d{2})?)?$/, 'a classification code of 3, 5 or 7 digits')])
    .optional()
    .default(''),
  code_system: z.enum(['', 'functional', 'economic']).optional().default(''),
  item: optionalText,
  value: z.string(),
  unit: z.string().min(1),
  status: z
    .enum(['', ...FACT_STATUS_IDS])
    .optional()
    .default(''),
  direction: z.enum(['', 'increase', 'decrease']).optional().default(''),
  of: optionalId,
  base: optionalId,
  part_of: optionalId,
  project_id: optionalId,
  section: z.string().min(1),
  table: optionalText,
  row: optionalText,
  column: optionalText,
  quote: z.string().min(1),
  after: optionalText,
  note: optionalText,
});
export type FactRow = z.infer<typeof factRowSchema>;

// ---------------------------------------------------------------- projects.csv

export const PROJECT_COLUMNS = ['project_id', 'name', 'purpose', 'quote', 'after', 'note'] as const;
export const PROJECT_REQUIRED = ['project_id', 'name', 'quote'] as const;
export const projectRowSchema = z.object({
  project_id: id,
  name: z.string().min(1),
  purpose: optionalText,
  quote: z.string().min(1),
  after: optionalText,
  note: optionalText,
});
export type ProjectRow = z.infer<typeof projectRowSchema>;

// ---------------------------------------------------------------- indicators.csv

export const INDICATOR_ROW_KINDS = ['indicator', 'section', 'total', 'funding'] as const;
export const INDICATOR_COLUMNS = [
  'indicator_id',
  'scope',
  'project_id',
  'row_kind',
  'level1',
  'level2',
  'level3',
  'target',
  'actual',
  'weight',
  'score',
  'deviation_note',
  'quote',
  'after',
  'note',
] as const;
export const INDICATOR_REQUIRED = ['indicator_id', 'scope', 'row_kind', 'quote'] as const;
export const indicatorRowSchema = z.object({
  indicator_id: id,
  scope: z.enum(['department', 'project']),
  project_id: optionalId,
  row_kind: z.enum(INDICATOR_ROW_KINDS),
  level1: optionalText,
  level2: optionalText,
  level3: optionalText,
  target: optionalText,
  actual: optionalText,
  weight: optionalText,
  score: optionalText,
  deviation_note: optionalText,
  quote: z.string().min(1),
  after: optionalText,
  note: optionalText,
});
export type IndicatorRow = z.infer<typeof indicatorRowSchema>;

// ---------------------------------------------------------------- narrative.json

export const NARRATIVE_KINDS = {
  duties: '职能职责',
  organisation: '机构设置',
  staff: '人员情况',
  budget: '预算与支出说明',
  projects: '项目情况',
  achievements: '绩效与成效',
  evaluation_process: '自评工作开展情况',
  problems: '存在的问题',
  measures: '改进措施',
  results_use: '结果应用与公开',
  glossary: '名词解释',
  other: '其他',
} as const;
const narrativeKindIds = Object.keys(NARRATIVE_KINDS) as [keyof typeof NARRATIVE_KINDS, ...(keyof typeof NARRATIVE_KINDS)[]];

export const narrativeSchema = z.array(
  z
    .object({
      kind: z.enum(narrativeKindIds),
      title: z.string().min(1),
      /** `withheld`: the document withholds the section (内容涉密，不予公开); the quote is its statement. */
      status: z.enum(['reported', 'withheld']).default('reported'),
      quote: z.string().min(1),
      after: z.string().optional(),
    })
    .strict(),
);
export type NarrativeSection = z.infer<typeof narrativeSchema>[number];

// ---------------------------------------------------------------- not-figures.csv

export const NOT_FIGURE_REASONS = {
  row_number: '行次',
  column_number: '栏次',
  date: '日期',
  document_number: '文号',
  phone: '电话号码',
  heading_number: '标题序号',
  year: '年份',
  other: '其他',
} as const;
export const NOT_FIGURE_COLUMNS = ['after', 'before', 'pattern', 'reason', 'note'] as const;
export const NOT_FIGURE_REQUIRED = ['pattern', 'reason'] as const;
export const notFigureRowSchema = z.object({
  after: optionalText,
  before: optionalText,
  pattern: z.string().min(1),
  reason: z.enum(Object.keys(NOT_FIGURE_REASONS) as [keyof typeof NOT_FIGURE_REASONS, ...(keyof typeof NOT_FIGURE_REASONS)[]]),
  note: optionalText,
});
export type NotFigureRow = z.infer<typeof notFigureRowSchema>;
