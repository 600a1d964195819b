/**
 * Rule `rate`: a stated percentage (占比, 执行率, 控制率, 到位率, 增减率 …)
 * against the one computed from the stated amounts it refers to (`of` ÷
 * `base`; for 增减率 (`of` − `base`) ÷ `base`, signed by the stated direction).
 *
 * pass: the exact ratio of the stated amounts, rounded half-up to the stated
 * decimals, is the stated percentage. rounding: the amounts' own rounding
 * (propagated through the ratio by interval arithmetic) plus half a unit of
 * the stated percentage's last decimal explains the difference. fail:
 * otherwise. An operand that is withheld, empty or missing, or a zero base,
 * makes the check not applicable.
 */
import type { CheckResult, Fact } from '../schema/normalized';
import type { Ctx } from './context';
import { notApplicable, ratioCheck, type ResultBase } from './result';
import { signedByDirection } from './tolerance';
import { toExact, parseRat } from '../core/rational';
import { label, where } from './messages';

const HEADINGS: Partial<Record<Fact['concept'], string>> = {
  share: '占比应等于部分除以总数',
  execution_rate: '执行率应等于执行数除以预算数',
  control_rate: '控制率应等于实际数除以核定数',
  funds_in_place_rate: '资金到位率应等于到位数除以应到位数',
  change_rate: '增减率应等于增减额除以比较基数',
  completion_rate: '完成率应等于完成数除以目标数',
};

export function checkRates(ctx: Ctx): CheckResult[] {
  const out: CheckResult[] = [];
  for (const f of ctx.facts) {
    if (f.value_kind !== 'percent' || !(f.of || f.base)) continue;
    const heading = HEADINGS[f.concept] ?? '比率应等于两个数相除';
    const checkId = `rate.${f.concept}@${f.id}`;
    const ofF = f.of ? ctx.byId.get(f.of) : undefined;
    const baseF = f.base ? ctx.byId.get(f.base) : undefined;
    const change = f.concept === 'change_rate';
    const name = label(ctx, f, true);
    const dirText = change && !/(增加|减少|增长|下降)$/.test(name) ? (f.direction === 'decrease' ? '减少' : f.direction === 'increase' ? '增加' : '') : '';
    const statedText = `${where(f)}写${name}${dirText}${f.value ?? ''}%`;
    const base: ResultBase = { check_id: checkId, rule: 'rate', unit: '%', fact_ids: [f.id, ...(f.of ? [f.of] : []), ...(f.base ? [f.base] : [])] };
    if (!ofF || !baseF) {
      const which = !ofF ? '分子' : '分母';
      const why = (!ofF ? f.of : f.base) ? `找不到它所依据的${which}` : `没有写出计算它所需的${which}`;
      out.push(notApplicable(base, `${heading}：${statedText}，但文件${why}，无法核对。`, f.value));
      continue;
    }
    const parsed = f.value !== null ? parseRat(f.value) : null;
    if (!parsed) {
      out.push(notApplicable(base, `${heading}：${label(ctx, f)}没有写出数字，无法核对。`));
      continue;
    }
    const stated = change ? signedByDirection(parsed.value, f.direction) : parsed.value;
    out.push(
      ratioCheck(ctx, {
        base,
        heading,
        says: statedText,
        stated: { value: stated, decimals: parsed.decimals, text: toExact(stated, parsed.decimals) ?? parsed.text },
        of: ofF,
        over: baseF,
        mode: change ? 'change' : 'ratio',
        how: change ? (a, b) => `按${a}与${b}相比计算` : (a, b) => `用${a}除以${b}计算`,
        zeroBase: (b) => `作为分母的${b}为零或接近零，无法计算比率`,
      }),
    );
  }
  return out;
}
