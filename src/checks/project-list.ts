/**
 * Rule `project_list`: the named projects (plus any stated remainder withheld
 * as classified) against the stated project total.
 *
 * The parts are the facts linked to a 项目支出 figure by `part_of` whose
 * concept is a project amount (`project_amount`) or a withheld remainder
 * (`project_withheld`). Without such links, the project amounts stated in the
 * same place, phase and comparable scope are used. When the document states
 * the remainder ("其余63.77万元经费，因内容涉密，依法不予公开") the list is
 * complete and must equal the total; otherwise the named projects may not
 * exceed it. A withheld remainder stated without an amount makes the check
 * not applicable: a withheld amount is never zero.
 */
import type { CheckResult, Fact } from '../schema/normalized';
import { type Ctx, groupBy, inOrder } from './context';
import { sumCheck } from './result';

const PROJECT_PARTS = new Set<Fact['concept']>(['project_amount', 'project_withheld']);

export function checkProjectList(ctx: Ctx): CheckResult[] {
  const out: CheckResult[] = [];
  const totals = ctx.facts.filter((f) => f.concept === 'project_expenditure' && !f.code);
  const linkedAnywhere = ctx.facts.some((f) => PROJECT_PARTS.has(f.concept) && f.part_of);
  for (const whole of inOrder(ctx, totals)) {
    let parts = (ctx.childrenOf.get(whole.id) ?? []).filter((f) => PROJECT_PARTS.has(f.concept));
    if (!parts.length && !linkedAnywhere) {
      // No links: the project amounts stated alongside the total, one per project.
      const here = ctx.facts.filter(
        (f) => PROJECT_PARTS.has(f.concept) && ctx.locus(f) === ctx.locus(whole) && f.phase === whole.phase && ctx.scopeClass(f) === ctx.scopeClass(whole),
      );
      const perProject = groupBy(inOrder(ctx, here), (f) => (f.concept === 'project_withheld' ? `withheld:${f.id}` : (f.project_id ?? f.id)));
      parts = [...perProject.values()].map((fs) => fs[0]);
    }
    if (!parts.length) continue;
    parts = inOrder(ctx, parts);
    const complete = parts.some((f) => f.concept === 'project_withheld');
    const named = parts.filter((f) => f.concept === 'project_amount').length;
    const r = sumCheck(ctx, {
      rule: 'project_list',
      checkId: `projects.${whole.phase}.${ctx.scopeClass(whole)}${whole.project_id ? '.' + whole.project_id : ''}@${whole.id}`,
      heading: complete ? `列出的${named}个项目加上涉密未公开部分应等于项目支出总额` : `列出的${named}个项目合计不应超过项目支出总额`,
      whole,
      parts,
      mode: complete ? 'equal' : 'at_most',
    });
    if (r) out.push(r);
  }
  return out;
}
