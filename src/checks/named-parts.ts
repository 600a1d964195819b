/**
 * Rule `named_parts`: figures the document names as parts of a whole (curated
 * with `part_of`, e.g. 差旅费 of 公用经费, 三公经费 of 日常公用经费) may not
 * add up to more than the whole.
 *
 * When the linked parts form one of the standard complete breakdowns (see
 * sum-parts: 行政编制 + 事业编制 = 编制数 …) they must add up exactly.
 * Links already checked by `sum_parts` or `project_list` are not checked
 * again.
 */
import type { CheckResult, Fact } from '../schema/normalized';
import type { ConceptId } from '../core/concepts';
import { type Ctx, inOrder } from './context';
import { sumCheck } from './result';
import { SUM_TEMPLATES } from './sum-parts';
import { label } from './messages';

export function checkNamedParts(ctx: Ctx): CheckResult[] {
  const out: CheckResult[] = [];
  for (const whole of ctx.facts) {
    const children = ctx.childrenOf.get(whole.id);
    if (!children?.length) continue;
    const parts = inOrder(
      ctx,
      children.filter((p) => !ctx.covered.has(`${whole.id}>${p.id}`) && p.value_kind === whole.value_kind),
    );
    if (!parts.length) continue;
    // A change (增减额) is signed: its parts can only be checked when they are the
    // changes of a complete breakdown (人员经费增加 + 公用经费减少 = 基本支出增加).
    const change = whole.concept === 'change_amount';
    const conceptOf = (f: Fact): ConceptId | undefined => (change ? (f.of ? ctx.byId.get(f.of)?.concept : undefined) : f.concept);
    const wholeConcept = conceptOf(whole);
    const partConcepts = parts.map(conceptOf);
    if (change && (!wholeConcept || partConcepts.some((c) => !c || parts.some((p) => p.concept !== 'change_amount')))) continue;
    const concepts = new Set<ConceptId>(partConcepts.filter((c): c is ConceptId => !!c));
    const template = SUM_TEMPLATES.find(
      (t) =>
        t.whole === wholeConcept &&
        t.slots.filter((s) => s.required).every((s) => s.alts.some((alt) => alt.every((c) => concepts.has(c)))) &&
        partConcepts.every((c) => !!c && t.slots.some((s) => s.alts.some((alt) => alt.includes(c)))),
    );
    if (change && !template) continue;
    const r = sumCheck(ctx, {
      rule: 'named_parts',
      checkId: `parts@${whole.id}`,
      heading: change ? `${label(ctx, whole)}应等于各组成部分的增减额之和` : template ? template.heading : `列出的各部分合计不应超过${label(ctx, whole)}`,
      whole,
      parts,
      mode: template ? 'equal' : 'at_most',
    });
    if (r) out.push(r);
  }
  return out;
}
