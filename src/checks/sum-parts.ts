/**
 * Rule `sum_parts`: a stated total equals the sum of its standard parts.
 *
 * Each template names the whole's concept and its parts (slots). Facts are
 * matched by (phase, comparable scope, project, classification code): a
 * table row's 本年支出合计 is compared with the same row's 基本支出 and 项目支出.
 *
 * Where: first within each place (a table, or a section of text) that states
 * the whole and its parts. In a table a blank cell is not recorded, so parts
 * may be missing as long as one is stated; in text every required part must
 * be stated (a sentence naming only some parts is not a complete breakdown).
 * When one place states two different values for the whole (e.g. 年初 and
 * 年末), they are paired with the parts in document order. If no single place
 * states a complete set, the check is made once across the document with the
 * reference statement of each figure (see same-quantity).
 */
import type { CheckResult, Fact } from '../schema/normalized';
import type { ConceptId } from '../core/concepts';
import { type Ctx, groupBy, referenceOf, valueKey, memo } from './context';
import { sumCheck } from './result';

interface Slot {
  /** Alternatives: the first whose concepts are stated fills the slot. */
  alts: ConceptId[][];
  required: boolean;
}

export interface SumTemplate {
  id: string;
  heading: string;
  whole: ConceptId;
  slots: Slot[];
  /** In text, at least this many slots must be stated (default: the required ones). */
  minPartsInText?: number;
  /** Among equal statements of the whole in one place, prefer the one whose name matches (收入总计 vs 支出总计). */
  prefer?: RegExp;
}

const req = (...alts: ConceptId[][]): Slot => ({ alts, required: true });
const opt = (...alts: ConceptId[][]): Slot => ({ alts, required: false });
/** A whole that is the sum of exactly two required parts. */
const two = (id: string, heading: string, whole: ConceptId, a: ConceptId, b: ConceptId): SumTemplate => ({ id, heading, whole, slots: [req([a]), req([b])] });
/** How many slots a sentence must state to be a breakdown. */
const minPartsInText = (t: SumTemplate): number => t.minPartsInText ?? t.slots.filter((s) => s.required).length;

export const SUM_TEMPLATES: SumTemplate[] = [
  two('basic=personnel+running_costs', '基本支出应等于人员经费加公用经费', 'basic_expenditure', 'personnel', 'running_costs'),
  {
    id: 'total=basic+project',
    heading: '支出合计应等于基本支出加项目支出',
    whole: 'expenditure_total',
    slots: [
      req(['basic_expenditure']),
      req(['project_expenditure']),
      opt(['remitted_to_superior']),
      opt(['operating_expenditure']),
      opt(['subsidy_to_affiliates']),
    ],
  },
  {
    id: 'income=sources',
    heading: '收入合计应等于各项收入之和',
    whole: 'income_total',
    slots: [
      req(['fiscal_appropriation_income']),
      opt(['superior_subsidy_income']),
      opt(['business_income']),
      opt(['operating_income']),
      opt(['affiliated_income']),
      opt(['other_income']),
    ],
    minPartsInText: 2,
  },
  {
    id: 'grand_total=income+carryover',
    heading: '收入总计应等于本年收入合计加年初结转和结余',
    whole: 'grand_total',
    prefer: /收/,
    slots: [req(['income_total']), opt(['carryover_begin']), opt(['non_fiscal_balance_used'])],
    minPartsInText: 2,
  },
  {
    id: 'grand_total=expenditure+carryover',
    heading: '支出总计应等于本年支出合计加年末结转和结余',
    whole: 'grand_total',
    prefer: /支/,
    slots: [req(['expenditure_total']), opt(['carryover_end']), opt(['balance_distribution'])],
    minPartsInText: 2,
  },
  {
    id: 'three_public=overseas+vehicles+reception',
    heading: '“三公”经费应等于因公出国（境）费、公务用车购置及运行维护费与公务接待费之和',
    whole: 'three_public_total',
    slots: [req(['three_public_overseas']), req(['three_public_vehicles'], ['vehicle_purchase', 'vehicle_operation']), req(['official_reception'])],
  },
  two('vehicles=purchase+operation', '公务用车购置及运行维护费应等于购置费加运行维护费', 'three_public_vehicles', 'vehicle_purchase', 'vehicle_operation'),
  {
    id: 'procurement=goods+works+services',
    heading: '政府采购支出总额应等于货物、工程与服务采购之和',
    whole: 'procurement_total',
    slots: [req(['procurement_goods']), req(['procurement_works']), req(['procurement_services'])],
  },
  two('fixed_assets=net+depreciation', '固定资产原值应等于净值加累计折旧', 'fixed_assets_original', 'fixed_assets_net', 'accumulated_depreciation'),
  two('assets=liabilities+net_assets', '资产总额应等于负债总额加净资产', 'assets_total', 'liabilities_total', 'net_assets'),
  two('staff_authorised=admin+institution', '编制数应等于行政编制加事业编制', 'staff_authorised', 'staff_authorised_admin', 'staff_authorised_institution'),
  two('staff_actual=on_payroll+other', '实有人数应等于在编人数加其他在岗人员', 'staff_actual', 'staff_on_payroll', 'staff_other'),
];

const templateConcepts = (t: SumTemplate): ConceptId[] => t.slots.flatMap((s) => s.alts.flat());

/** The matching key of a fact within a template: phase, scope class, project, code. */
function sumKey(ctx: Ctx, f: Fact): string {
  return memo(ctx, f, 'sumKey', () => [f.phase, ctx.scopeClass(f), f.project_id ?? '', f.code_system ?? '', f.code ?? ''].join('|'));
}

function keyLabel(ctx: Ctx, f: Fact): string {
  const bits = [f.phase, ctx.scopeClass(f) === '*' ? f.scope : ctx.scopeClass(f)];
  if (f.code) bits.push(f.code);
  if (f.project_id) bits.push(f.project_id);
  return bits.join('.');
}

interface Filled {
  /** Per stated concept, its candidate facts (distinct values, document order). */
  lists: { concept: ConceptId; facts: Fact[] }[];
  missingSlots: number;
  presentSlots: number;
  requiredMissing: boolean;
}

function fillSlots(t: SumTemplate, byConcept: Map<ConceptId, Fact[]>): Filled {
  const lists: Filled['lists'] = [];
  let missingSlots = 0;
  let presentSlots = 0;
  let requiredMissing = false;
  for (const slot of t.slots) {
    const full = slot.alts.find((alt) => alt.every((c) => (byConcept.get(c)?.length ?? 0) > 0));
    const partial = full ?? slot.alts.find((alt) => alt.some((c) => (byConcept.get(c)?.length ?? 0) > 0));
    if (!partial) {
      missingSlots++;
      if (slot.required) requiredMissing = true;
      continue;
    }
    if (!full) {
      // Only part of the alternative is stated: usable in a table (blank cells), not in text.
      if (slot.required) requiredMissing = true;
      missingSlots++;
    } else presentSlots++;
    for (const c of partial) {
      const fs = byConcept.get(c);
      if (fs?.length) lists.push({ concept: c, facts: fs });
    }
  }
  return { lists, missingSlots, presentSlots, requiredMissing };
}

/** One fact per distinct value (first-appearance order), the best-scoring of equal statements. `facts` are in document order. */
function pickDistinct(facts: readonly Fact[], score: (f: Fact) => number): Fact[] {
  return [...groupBy(facts, valueKey).values()].map((g) => g.reduce((best, f) => (score(f) > score(best) ? f : best)));
}

const sameValue = (facts: readonly Fact[], f: Fact): Fact[] => facts.filter((x) => x.concept === f.concept && valueKey(x) === valueKey(f));

export function checkSumParts(ctx: Ctx): CheckResult[] {
  const out: CheckResult[] = [];
  const check = (t: SumTemplate, whole: Fact, parts: Fact[], note?: string) =>
    sumCheck(ctx, { rule: 'sum_parts', checkId: `sum.${t.id}.${keyLabel(ctx, whole)}@${whole.id}`, heading: t.heading, whole, parts, mode: 'equal', note });
  for (const t of SUM_TEMPLATES) {
    const concepts = new Set(templateConcepts(t));
    const wholes = ctx.byConcept.get(t.whole) ?? [];
    if (!wholes.length) continue;
    const parts = ctx.facts.filter((f) => concepts.has(f.concept));
    const partsByKey = groupBy(parts, (f) => sumKey(ctx, f));
    for (const [key, ws] of groupBy(wholes, (f) => sumKey(ctx, f))) {
      const ps = partsByKey.get(key) ?? [];
      if (!ps.length) continue;
      let emitted = false;
      const partsByLocus = groupBy(ps, ctx.locus);
      for (const [locus, lws] of groupBy(ws, ctx.locus)) {
        const lps = partsByLocus.get(locus);
        if (!lps) continue;
        const table = ctx.isTable(lws[0]);
        const wholeIds = new Set(lws.map((w) => w.id));
        const byConcept = new Map<ConceptId, Fact[]>();
        for (const [c, fs] of groupBy(lps, (f) => f.concept)) {
          byConcept.set(
            c as ConceptId,
            pickDistinct(fs, (p) => (p.part_of && wholeIds.has(p.part_of) ? 1 : 0)),
          );
        }
        const filled = fillSlots(t, byConcept);
        if (!filled.lists.length) continue;
        if (!table && (filled.requiredMissing || filled.presentSlots < minPartsInText(t))) continue;
        const W = pickDistinct(lws, (w) => 2 * lps.filter((p) => p.part_of === w.id).length + (t.prefer?.test(`${w.item}${w.row}${w.column}`) ? 1 : 0));
        const lengths = [W.length, ...filled.lists.map((l) => l.facts.length)];
        const n = Math.max(...lengths);
        if (lengths.some((k) => k !== 1 && k !== n)) continue; // cannot tell which statement goes with which
        for (let i = 0; i < n; i++) {
          const whole = W[W.length === 1 ? 0 : i];
          const chosen = filled.lists.map((l) => l.facts[l.facts.length === 1 ? 0 : i]);
          const r = check(t, whole, chosen, table && filled.missingSlots > 0 ? '（表中其余栏目空白）' : '');
          if (r) {
            out.push(r);
            emitted = true;
            // Equal statements in the same place are the same comparison: do not check their links again.
            for (const w of sameValue(lws, whole)) for (const p of chosen) for (const q of sameValue(lps, p)) ctx.covered.add(`${w.id}>${q.id}`);
          }
        }
      }
      if (emitted) continue;
      // No single place states the whole with its parts: check once with the reference statements.
      const byConcept = new Map<ConceptId, Fact[]>();
      for (const [c, fs] of groupBy(ps, (f) => f.concept)) byConcept.set(c as ConceptId, [referenceOf(ctx, fs)]);
      const filled = fillSlots(t, byConcept);
      if (filled.requiredMissing || filled.presentSlots < minPartsInText(t)) continue;
      const whole = referenceOf(ctx, ws);
      const r = check(
        t,
        whole,
        filled.lists.map((l) => l.facts[0]),
      );
      if (r) out.push(r);
    }
  }
  return out;
}
