/**
 * Schemas of the normalized output: the content collections Astro loads and
 * the source of the download schemas and the data dictionary. Entries are
 * small and split by use: list pages need only `disclosures` (summaries);
 * a disclosure page also reads its `details` and `sources` entry.
 */
import { z } from 'zod';
import { CONCEPT_IDS, PHASE_IDS, SCOPE_IDS, FACT_STATUS_IDS } from '../core/concepts';
import { DATE_TYPES, httpUrl, INDICATOR_ROW_KINDS } from './curated';

const anchor = z.string().regex(/^q-\d+-\d+$/);

export const countyEntrySchema = z.object({
  code: z.string(),
  name: z.string(),
  short_name: z.string(),
  prefecture: z.string(),
  prefecture_code: z.string(),
  province: z.string(),
  province_code: z.string(),
  valid_from: z.number().int().nullable(),
  valid_to: z.number().int().nullable(),
  predecessor_code: z.string().nullable(),
  successor_code: z.string().nullable(),
  note: z.string(),
  disclosure_ids: z.array(z.string()),
});
export type CountyEntry = z.infer<typeof countyEntrySchema>;

export const factSchema = z.object({
  id: z.string(),
  concept: z.enum(CONCEPT_IDS),
  concept_zh: z.string(),
  value_kind: z.enum(['money', 'percent', 'count', 'score', 'text', 'area']),
  phase: z.enum(PHASE_IDS),
  scope: z.enum(SCOPE_IDS),
  code: z.string().nullable(),
  code_system: z.enum(['functional', 'economic']).nullable(),
  code_name: z.string().nullable(),
  item: z.string(),
  /** The value exactly as printed in the source. */
  published: z.string(),
  /** The value normalised to ASCII digits; null for withheld/empty without a stated value. */
  value: z.string().nullable(),
  unit: z.string(),
  /** Decimals as published (precision); null for text or missing values. */
  decimals: z.number().int().nullable(),
  /** Exact amount in fen for money; null when not money or not stated. */
  fen: z.number().int().nullable(),
  status: z.enum(FACT_STATUS_IDS),
  direction: z.enum(['increase', 'decrease']).nullable(),
  of: z.string().nullable(),
  base: z.string().nullable(),
  part_of: z.string().nullable(),
  project_id: z.string().nullable(),
  section: z.string(),
  table: z.string(),
  row: z.string(),
  column: z.string(),
  quote: z.string(),
  anchor,
  line: z.number().int(),
  note: z.string(),
});
export type Fact = z.infer<typeof factSchema>;

export const projectSchema = z.object({
  id: z.string(),
  name: z.string(),
  purpose: z.string(),
  quote: z.string(),
  anchor,
  line: z.number().int(),
  note: z.string(),
});
export type Project = z.infer<typeof projectSchema>;

export const indicatorSchema = z.object({
  id: z.string(),
  scope: z.enum(['department', 'project']),
  project_id: z.string().nullable(),
  row_kind: z.enum(INDICATOR_ROW_KINDS),
  level1: z.string(),
  level2: z.string(),
  level3: z.string(),
  target: z.string(),
  actual: z.string(),
  weight: z.string(),
  score: z.string(),
  deviation_note: z.string(),
  quote: z.string(),
  anchor,
  line: z.number().int(),
  note: z.string(),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const narrativeEntrySchema = z.object({
  kind: z.string(),
  kind_zh: z.string(),
  title: z.string(),
  /** `withheld`: the document withholds the section; `text` is its statement (内容涉密，不予公开). */
  status: z.enum(['reported', 'withheld']),
  text: z.string(),
  anchor,
  line: z.number().int(),
});
export type NarrativeEntry = z.infer<typeof narrativeEntrySchema>;

/** A headline figure picked from the facts (see src/normalize/key-figures.ts). */
export const keyFigureSchema = z.object({
  fact_id: z.string(),
  published: z.string(),
  value: z.string().nullable(),
  unit: z.string(),
  fen: z.number().int().nullable(),
  status: z.enum(FACT_STATUS_IDS),
  anchor,
});
export type KeyFigure = z.infer<typeof keyFigureSchema>;

/** A figure the portal computes; always labelled as computed, with its formula. */
export const derivedFigureSchema = z.object({
  id: z.string(),
  label_zh: z.string(),
  formula_zh: z.string(),
  /** Exact operands (fact ids) the figure is computed from. */
  operands: z.array(z.string()),
  /** Rounded half-up to `decimals`; the rounding is stated on the page. */
  value: z.string(),
  decimals: z.number().int(),
  unit: z.string(),
});
export type DerivedFigure = z.infer<typeof derivedFigureSchema>;

export const KEY_FIGURE_IDS = [
  'expenditure_total',
  'basic_expenditure',
  'personnel',
  'running_costs',
  'project_expenditure',
  'project_withheld',
  'three_public_budget',
  'three_public_actual',
  'three_public_overseas',
  'three_public_vehicles',
  'official_reception',
  'budget_initial',
  'budget_adjusted',
  'staff_authorised',
  'staff_actual',
  'evaluation_total_score',
  'evaluation_grade',
] as const;
export type KeyFigureId = (typeof KEY_FIGURE_IDS)[number];

/** Chinese label of each headline figure, used wherever one is shown. */
export const KEY_FIGURE_ZH: Record<KeyFigureId, string> = {
  expenditure_total: '支出合计',
  basic_expenditure: '基本支出',
  personnel: '人员经费',
  running_costs: '公用经费',
  project_expenditure: '项目支出',
  project_withheld: '涉密未公开项目支出',
  three_public_budget: '“三公”经费预算',
  three_public_actual: '“三公”经费支出',
  three_public_overseas: '因公出国（境）费',
  three_public_vehicles: '公务用车购置及运行维护费',
  official_reception: '公务接待费',
  budget_initial: '年初预算',
  budget_adjusted: '全年预算',
  staff_authorised: '编制数',
  staff_actual: '实有人数',
  evaluation_total_score: '自评总分',
  evaluation_grade: '评价等级',
};

/** Transparency scorecard: each criterion met, partly met, not met or not applicable, with its evidence. */
export const SCORE_STATUSES = { met: '符合', partly: '部分符合', not_met: '不符合', not_applicable: '不适用' } as const;
export const SCORE_STATUS_IDS = Object.keys(SCORE_STATUSES) as [keyof typeof SCORE_STATUSES, ...(keyof typeof SCORE_STATUSES)[]];
export const SCORE_GRADES = ['A', 'B', 'C', 'D'] as const;

export const scorecardCriterionSchema = z.object({
  criterion: z.string(),
  criterion_zh: z.string(),
  group: z.string(),
  group_zh: z.string(),
  status: z.enum(SCORE_STATUS_IDS),
  /** 1, 0.5 or 0 of the criterion; null when not applicable. */
  value: z.string().nullable(),
  /** What the judgement rests on, in a Chinese sentence. */
  evidence: z.string(),
  /** The check results it rests on (ids in details.checks). */
  check_ids: z.array(z.string()),
  /** Places in the source text it rests on. */
  refs: z.array(z.object({ label: z.string(), anchor })),
});
export type ScorecardCriterion = z.infer<typeof scorecardCriterionSchema>;

export const scorecardSummarySchema = z.object({
  /** 0–100, rounded half-up to one decimal; null when no criterion applies. */
  score: z.string().nullable(),
  grade: z.enum(SCORE_GRADES).nullable(),
  met: z.number().int(),
  partly: z.number().int(),
  not_met: z.number().int(),
  not_applicable: z.number().int(),
});
export type ScorecardSummary = z.infer<typeof scorecardSummarySchema>;

export const disclosureSummarySchema = z.object({
  id: z.string(),
  county_code: z.string(),
  county_name: z.string(),
  county_short_name: z.string(),
  prefecture: z.string(),
  prefecture_code: z.string(),
  province: z.string(),
  province_code: z.string(),
  department_type: z.string(),
  department_type_name: z.string(),
  department_type_variants: z.array(z.string()),
  department_name: z.string(),
  department_short_name: z.string(),
  year: z.number().int(),
  kind: z.enum(['final-accounts', 'performance-self-evaluation']),
  kind_zh: z.string(),
  title: z.string(),
  title_anchor: anchor,
  issuer: z.string(),
  source_file: z.string(),
  source_url: httpUrl.nullable(),
  source_completeness: z.enum(['complete', 'partial', 'excerpt']),
  /** What the curated text lacks; null when it is the whole document. */
  source_completeness_note: z.string().nullable(),
  dates: z.array(z.object({ type: z.enum(DATE_TYPES), value: z.string(), quote: z.string(), anchor })),
  counts: z.object({
    facts: z.number().int(),
    projects: z.number().int(),
    indicators: z.number().int(),
    narrative: z.number().int(),
    withheld: z.number().int(),
  }),
  key: z.record(z.enum(KEY_FIGURE_IDS), keyFigureSchema.nullable()),
  derived: z.array(derivedFigureSchema),
  checks: z.object({ total: z.number().int(), pass: z.number().int(), rounding: z.number().int(), fail: z.number().int(), not_applicable: z.number().int() }),
  scorecard: scorecardSummarySchema,
});
export type DisclosureSummary = z.infer<typeof disclosureSummarySchema>;

export const checkResultSchema = z.object({
  check_id: z.string(),
  rule: z.string(),
  rule_zh: z.string(),
  status: z.enum(['pass', 'rounding', 'fail', 'not_applicable']),
  /** Exact decimals in the unit of the check (万元 for money). */
  stated: z.string().nullable(),
  computed: z.string().nullable(),
  /**
   * When `computed` is not the portal's computation but a second figure printed in the document (the
   * reference statement of a repeated figure, the base of a worded comparison, a lone part, a score
   * against its weight): the id of the fact or indicator row that prints it. Null (or absent in data
   * written before it existed) when the portal computed it.
   */
  computed_stated_id: z.string().nullable().optional(),
  unit: z.string(),
  difference_yuan: z.string().nullable(),
  tolerance_yuan: z.string().nullable(),
  fact_ids: z.array(z.string()),
  message: z.string(),
});
export type CheckResult = z.infer<typeof checkResultSchema>;

export const disclosureDetailsSchema = z.object({
  id: z.string(),
  facts: z.array(factSchema),
  projects: z.array(projectSchema),
  indicators: z.array(indicatorSchema),
  narrative: z.array(narrativeEntrySchema),
  checks: z.array(checkResultSchema),
  scorecard: z.array(scorecardCriterionSchema),
});
export type DisclosureDetails = z.infer<typeof disclosureDetailsSchema>;

export const sourceEntrySchema = z.object({
  id: z.string(),
  /** The verbatim source with personal mobile numbers redacted. */
  text: z.string(),
  redactions: z.number().int(),
  /** Quote ranges [start, end) in `text`, laminar (nested or disjoint), for anchors. */
  anchors: z.array(z.object({ id: anchor, start: z.number().int(), end: z.number().int() })),
});
export type SourceEntry = z.infer<typeof sourceEntrySchema>;

// ---------------------------------------------------------------- editorial notes (note.md)

export const noteInlineSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), text: z.string() }),
  z.object({ type: z.literal('strong'), text: z.string() }),
  z.object({ type: z.literal('em'), text: z.string() }),
  z.object({ type: z.literal('link'), text: z.string(), href: httpUrl }),
]);
export type NoteInline = z.infer<typeof noteInlineSchema>;

export const noteBlockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), inlines: z.array(noteInlineSchema) }),
  z.object({ type: z.literal('heading'), inlines: z.array(noteInlineSchema) }),
  z.object({ type: z.literal('list'), items: z.array(z.array(noteInlineSchema)) }),
  /** A bar chart of figures of the disclosure, by fact id; `line` of the block in note.md. */
  z.object({ type: z.literal('chart'), title: z.string(), facts: z.array(z.string()), line: z.number().int() }),
]);
export type NoteBlock = z.infer<typeof noteBlockSchema>;

/** The parsed editorial note of one disclosure (generated notes/<id>.json). */
export const noteEntrySchema = z.object({ id: z.string(), blocks: z.array(noteBlockSchema) });
export type NoteEntry = z.infer<typeof noteEntrySchema>;
