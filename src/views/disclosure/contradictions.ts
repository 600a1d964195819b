/**
 * Which figures a failed consistency check contradicts, and what the other
 * value is: derived only from each check's operands (its fact ids, stated
 * and computed values), never from a rule name or a seed.
 *
 * For a failed check comparing two numbers in one unit, an operand whose
 * value equals the check's `stated` is on one side and the value on the
 * other side is `computed`; an operand equal to `computed` is on the other
 * side. The other side is a second figure printed in the document when one
 * operand carries that value (文件另一处所载), else the portal's sum of the
 * parts (本站计算). An operand on neither side is a part of a sum that does
 * not add up.
 */
import type { CheckResult, Fact } from '../../schema/normalized';
import { parseRat, eq } from '../../core/rational';
import { withUnit } from '../../core/format';
import { quoteHref } from '../../core/anchors';
import { checkElementId } from '../../checks/report';

export interface FigureFlag {
  checkId: string;
  /** "#ck-…": the check's result on the page. */
  checkHref: string;
  /** other: a second stated figure; sum: the portal's sum of the parts; part: the figure is one of the parts. */
  kind: 'other' | 'sum' | 'part';
  /** The other value with its unit, e.g. "88.93 万元". */
  otherValue: string;
  /** What the other value is, e.g. "文件另一处所载（公用经费支出）"; for a part, the stated total ("文件所载公用经费支出 88.93 万元"). */
  otherLabel: string;
  /** Quote of the other stated figure, when it is one. */
  otherHref: string | null;
  /** The marker's words, e.g. "文件另一处所载（公用经费支出）为 88.93 万元". */
  text: string;
}

const sameNumber = (a: string | null, b: string | null): boolean => {
  const x = a === null ? null : parseRat(a);
  const y = b === null ? null : parseRat(b);
  return !!x && !!y && eq(x.value, y.value);
};

const nameOf = (f: Fact): string => f.item || f.concept_zh;

function flagsOfCheck(c: CheckResult, byId: Map<string, Fact>): [string, FigureFlag][] {
  if (c.status !== 'fail' || c.stated === null || c.computed === null || sameNumber(c.stated, c.computed)) return [];
  const operands = c.fact_ids.map((id) => byId.get(id)).filter((f): f is Fact => !!f && f.unit === c.unit && f.value !== null);
  const statedSide = operands.filter((f) => sameNumber(f.value, c.stated));
  const computedSide = operands.filter((f) => sameNumber(f.value, c.computed));
  if (statedSide.length === 0) return [];
  const checkHref = `#${checkElementId(c.check_id)}`;
  const out: [string, FigureFlag][] = [];
  const other = (f: Fact, value: string, against: Fact[]): FigureFlag => {
    const printed = against.find((g) => g.id !== f.id);
    const otherValue = withUnit(value, c.unit);
    if (printed) {
      const otherLabel = `文件另一处所载（${nameOf(printed)}）`;
      return {
        checkId: c.check_id,
        checkHref,
        kind: 'other',
        otherValue,
        otherLabel,
        otherHref: quoteHref(printed.anchor),
        text: `${otherLabel}为 ${otherValue}`,
      };
    }
    const otherLabel = '各组成部分之和（本站计算）';
    return { checkId: c.check_id, checkHref, kind: 'sum', otherValue, otherLabel, otherHref: null, text: `${otherLabel}为 ${otherValue}` };
  };
  for (const f of statedSide) out.push([f.id, other(f, c.computed, computedSide)]);
  for (const f of computedSide) if (!statedSide.includes(f)) out.push([f.id, other(f, c.stated, statedSide)]);
  const total = statedSide[0];
  for (const f of operands) {
    if (statedSide.includes(f) || computedSide.includes(f)) continue;
    const otherValue = withUnit(c.computed, c.unit);
    const otherLabel = `文件所载${nameOf(total)} ${withUnit(c.stated, c.unit)}`;
    out.push([
      f.id,
      {
        checkId: c.check_id,
        checkHref,
        kind: 'part',
        otherValue,
        otherLabel,
        otherHref: quoteHref(total.anchor),
        text: `所在各部分合计 ${otherValue}，与${otherLabel}不符`,
      },
    ]);
  }
  return out;
}

/** Every figure (by fact id) that a failed check contradicts, with its markers in check order. */
export function figureFlags(checks: readonly CheckResult[], facts: readonly Fact[]): Map<string, FigureFlag[]> {
  const byId = new Map(facts.map((f) => [f.id, f]));
  const out = new Map<string, FigureFlag[]>();
  for (const c of checks) {
    for (const [id, flag] of flagsOfCheck(c, byId)) {
      const list = out.get(id) ?? [];
      if (!list.some((x) => x.checkId === flag.checkId)) list.push(flag);
      out.set(id, list);
    }
  }
  return out;
}

export interface FailedCheckLink {
  checkId: string;
  href: string;
  /** The rule and the figures it compares, e.g. "同一数字多处一致：公用经费支出、公用经费合计". */
  title: string;
}

/** The failed checks in page order, each named by its rule and the figures it involves, linked to its result. */
export function failedCheckLinks(checks: readonly CheckResult[], facts: readonly Fact[]): FailedCheckLink[] {
  const byId = new Map(facts.map((f) => [f.id, f]));
  return checks
    .filter((c) => c.status === 'fail')
    .map((c) => {
      const names = [
        ...new Set(
          c.fact_ids
            .map((id) => byId.get(id))
            .filter((f): f is Fact => !!f && f.value !== null && f.unit !== '文字')
            .map(nameOf),
        ),
      ];
      const shown = names.length > 3 ? [...names.slice(0, 3), `等 ${names.length} 个数字`] : names;
      return { checkId: c.check_id, href: `#${checkElementId(c.check_id)}`, title: shown.length ? `${c.rule_zh}：${shown.join('、')}` : c.rule_zh };
    });
}
