/**
 * Rule `same_quantity`: one quantity stated in several places has one value.
 *
 * Facts state the same quantity when they share concept, phase, comparable
 * scope (see context.ts), classification code and project; for catch-all
 * concepts (具体支出事项, 其他金额, 工作量 …) and percentages without operands
 * the printed item name must match too. Rates and changes with operands are
 * checked against their operands instead (rates.ts, changes.ts).
 *
 * Statements are compared place by place (a table, or a section of text):
 * within one place, two different values under one key are read as two
 * different quantities (e.g. 年初 and 年末 in one sentence) and that place is
 * left out. Each remaining place is compared once with a reference statement
 * — the value stated in the most places, ties going to a table, then to the
 * earliest — rather than every pair. A quantity stated in one place only is
 * not a check.
 */
import type { CheckResult, Fact } from '../schema/normalized';
import { PHASES, type ConceptId } from '../core/concepts';
import { type Ctx, groupBy, distinctValues, referenceOf, inOrder } from './context';
import { makeResult, moneyGap, type ResultBase } from './result';
import { operand, equalStatus, showValue, checkUnit, totalTolerance } from './tolerance';
import { sub } from '../core/rational';
import { differencePhrase, label, labelled, missingPhrase, verdict, where } from './messages';

const EXCLUDED = new Set<ConceptId>(['change_amount', 'change_rate']);
const GENERIC = new Set<ConceptId>(['expense_item', 'other_amount', 'activity_metric', 'activity_rate', 'completion_rate', 'funds_in_place_rate']);

const normItem = (s: string): string => s.replace(/\s+/g, '');

function eligible(f: Fact): boolean {
  if (EXCLUDED.has(f.concept) || f.value_kind === 'text') return false;
  if (f.value_kind === 'percent' && (f.of || f.base)) return false;
  return true;
}

function sameKey(ctx: Ctx, f: Fact): string {
  const bits = [f.concept, f.phase, ctx.scopeClass(f), f.code_system ?? '', f.code ?? '', f.project_id ?? ''];
  if (GENERIC.has(f.concept) || f.value_kind === 'percent') bits.push(normItem(f.item));
  return bits.join('|');
}

function keyLabel(ctx: Ctx, f: Fact): string {
  const cls = ctx.scopeClass(f);
  const bits: string[] = [f.concept, f.phase, cls === '*' ? f.scope : cls];
  if (f.code) bits.push(f.code);
  if (f.project_id) bits.push(f.project_id);
  return bits.join('.');
}

/**
 * How the heading names the figure two statements share: the name both print
 * ("年初预算数" when one place writes 年初预算数 and the other
 * 财政拨款支出年初预算数), else what the portal reads both as, the concept
 * (with its budget phase), so that the heading never calls one statement by
 * the other's longer name.
 */
export function sharedName(ctx: Ctx, a: Fact, b: Fact): string {
  const [x, y] = [label(ctx, a), label(ctx, b)].map(normItem);
  if (x === y) return label(ctx, a);
  if (y.includes(x)) return label(ctx, a);
  if (x.includes(y)) return label(ctx, b);
  const phase = a.phase === 'actual' || a.phase === 'none' ? '' : `·${PHASES[a.phase].replace(/（[^）]*）/g, '')}`;
  return `${a.concept_zh}${phase}`;
}

export function checkSameQuantity(ctx: Ctx): CheckResult[] {
  const out: CheckResult[] = [];
  for (const group of groupBy(ctx.facts.filter(eligible), (f) => sameKey(ctx, f)).values()) {
    if (group.length < 2) continue;
    // One representative per place; places stating two different values are left out.
    const reps: Fact[] = [];
    for (const fs of groupBy(inOrder(ctx, group), ctx.locus).values()) {
      const d = distinctValues(ctx, fs);
      if (d.length === 1) reps.push(d[0]);
    }
    if (reps.length < 2) continue;
    const ref = referenceOf(ctx, reps);
    const r = operand(ref);
    if (r.value === null) continue;
    for (const f of reps) {
      if (f === ref) continue;
      const o = operand(f);
      const kind = r.kind;
      const base: ResultBase = {
        check_id: `same.${keyLabel(ctx, ref)}@${f.id}=${ref.id}`,
        rule: 'same_quantity',
        unit: checkUnit(kind, ref.unit),
        fact_ids: [f.id, ref.id],
      };
      const heading = `同一个数在不同地方应写得一样（${sharedName(ctx, f, ref)}）`;
      const refText = `${where(ref)}写${labelled(ctx, ref)}`;
      if (o.value === null) {
        const message = `${heading}：${refText}，而${missingPhrase(ctx, [o])}，无法比较。`;
        out.push(
          makeResult({
            ...base,
            status: 'not_applicable',
            stated: null,
            computed: showValue(kind, r.value, r.displayDecimals),
            computed_stated_id: ref.id,
            message,
          }),
        );
        continue;
      }
      if (o.kind !== kind) continue;
      const tol = totalTolerance([o, r]);
      const status = equalStatus(r.value, o.value, tol);
      const diff = sub(o.value, r.value);
      const dec = Math.max(o.displayDecimals, r.displayDecimals);
      const other = `${where(f)}${status === 'fail' ? '却' : ''}写${labelled(ctx, f)}`;
      const tail = status === 'pass' ? '两处一致' : `${differencePhrase(kind, diff, base.unit, dec)}，${verdict(status, kind, tol, dec)}`;
      out.push(
        makeResult({
          ...base,
          status,
          stated: showValue(kind, o.value, o.displayDecimals),
          computed: showValue(kind, r.value, r.displayDecimals),
          // The reference is another statement of the same figure, printed in the document.
          computed_stated_id: ref.id,
          ...moneyGap(kind, diff, tol),
          message: `${heading}：${refText}，${other}，${tail}。`,
        }),
      );
    }
  }
  return out;
}
