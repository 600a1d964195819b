/**
 * Rules `classification_tree` and `economic_split`: amounts broken down by
 * 政府收支分类科目 codes add up level by level.
 *
 * Codes are matched by prefix, never by name: functional 类 (3 digits) →
 * 款 (5) → 项 (7); economic 类 (3) → 款 (5). Within one place (a table, or a
 * section of text), for one concept, phase, scope and project:
 *   - each parent equals the sum of its stated children (in text, where a
 *     sentence may list only the main items, the children may not exceed it);
 *   - in a table, the 合计 row (the same concept without a code) equals the sum
 *     of the 类 rows.
 * A code stated twice with different values in one place is ambiguous and
 * skipped. Blank table cells are not recorded and so are simply not added.
 *
 * `economic_split`: in a 基本支出 table by economic class, 人员经费合计 equals
 * 工资福利支出 (301) + 对个人和家庭的补助 (303), and 公用经费合计 equals the
 * other classes (302 商品和服务支出, 310 资本性支出 …).
 */
import type { CheckResult, Fact } from '../schema/normalized';
import { type Ctx, groupBy, distinctValues } from './context';
import { sumCheck } from './result';

const PERSONNEL_CLASSES = new Set(['301', '303']);

function childLength(system: 'functional' | 'economic', parentLength: number): number | null {
  if (parentLength === 3) return 5;
  if (parentLength === 5 && system === 'functional') return 7;
  return null;
}

const LEVEL_ZH: Record<number, string> = { 3: '类', 5: '款', 7: '项' };

function groupKey(ctx: Ctx, f: Fact): string {
  return [ctx.locus(f), f.concept, f.phase, f.scope, f.project_id ?? ''].join('|');
}

function keyLabel(f: Fact): string {
  return [f.concept, f.phase, f.scope, ...(f.project_id ? [f.project_id] : [])].join('.');
}

/** One fact per code; codes stated with two different values in one place are left out. */
function byCode(ctx: Ctx, facts: readonly Fact[]): Map<string, Fact> {
  const m = new Map<string, Fact>();
  for (const [code, fs] of groupBy(facts, (f) => f.code!)) {
    const d = distinctValues(ctx, fs);
    if (d.length === 1) m.set(code, d[0]);
  }
  return m;
}

export function checkClassificationTree(ctx: Ctx): CheckResult[] {
  const out: CheckResult[] = [];
  const money = ctx.facts.filter((f) => f.value_kind === 'money');
  for (const group of groupBy(money, (f) => groupKey(ctx, f)).values()) {
    const coded = group.filter((f) => f.code && f.code_system);
    if (!coded.length) continue;
    const table = ctx.isTable(group[0]);
    for (const [system, sysFacts] of groupBy(coded, (f) => f.code_system!)) {
      const sys = system as 'functional' | 'economic';
      const codes = byCode(ctx, sysFacts);
      const sorted = [...codes.keys()].sort();
      for (const parent of sorted) {
        const cl = childLength(sys, parent.length);
        if (cl === null) continue;
        const children = sorted.filter((c) => c.length === cl && c.startsWith(parent)).map((c) => codes.get(c)!);
        if (!children.length) continue;
        const whole = codes.get(parent)!;
        const sysZh = sys === 'functional' ? '功能分类' : '经济分类';
        const r = sumCheck(ctx, {
          rule: 'classification_tree',
          checkId: `tree.${sys}.${parent}.${keyLabel(whole)}@${whole.id}`,
          heading: table
            ? `${sysZh}上级科目应等于所属下级科目之和（${parent}${LEVEL_ZH[parent.length]}）`
            : `${sysZh}下级科目之和不应超过上级科目（${parent}${LEVEL_ZH[parent.length]}）`,
          whole,
          parts: children,
          mode: table ? 'equal' : 'at_most',
        });
        if (r) out.push(r);
      }
      // The table's 合计 row: the same concept without a code, against the 类 rows.
      if (!table) continue;
      const totals = distinctValues(
        ctx,
        group.filter((f) => !f.code),
      );
      const classes = sorted.filter((c) => c.length === 3).map((c) => codes.get(c)!);
      if (totals.length !== 1 || !classes.length) continue;
      const whole = totals[0];
      const r = sumCheck(ctx, {
        rule: 'classification_tree',
        checkId: `tree.${sys}.total.${keyLabel(whole)}@${whole.id}`,
        heading: '表的合计应等于各类科目之和',
        whole,
        parts: classes,
        mode: 'equal',
      });
      if (r) out.push(r);
    }
  }
  return out;
}

export function checkEconomicSplit(ctx: Ctx): CheckResult[] {
  const out: CheckResult[] = [];
  const tableFacts = ctx.facts.filter((f) => ctx.isTable(f) && f.value_kind === 'money');
  const key = (f: Fact): string => [ctx.locus(f), f.phase, f.scope, f.project_id ?? ''].join('|');
  for (const group of groupBy(tableFacts, key).values()) {
    const econ = group.filter((f) => f.concept === 'basic_expenditure' && f.code_system === 'economic' && f.code);
    if (!econ.length) continue;
    const codes = byCode(ctx, econ);
    // Class amounts: the 类 row where stated, else its 款 rows.
    const classes = new Map<string, Fact[]>();
    for (const [code, f] of codes) {
      const cls = code.slice(0, 3);
      if (code.length === 3) classes.set(cls, [f]);
    }
    for (const [code, f] of codes) {
      const cls = code.slice(0, 3);
      if (code.length === 5 && !codes.has(cls)) classes.set(cls, [...(classes.get(cls) ?? []), f]);
    }
    const sides: { concept: Fact['concept']; test: (cls: string) => boolean; heading: string; id: string }[] = [
      { concept: 'personnel', test: (c) => PERSONNEL_CLASSES.has(c), heading: '人员经费应等于工资福利支出加对个人和家庭的补助', id: 'personnel=301+303' },
      {
        concept: 'running_costs',
        test: (c) => !PERSONNEL_CLASSES.has(c),
        heading: '公用经费应等于商品和服务支出、资本性支出等其余各类之和',
        id: 'running_costs=302+310+…',
      },
    ];
    for (const side of sides) {
      const wholes = distinctValues(
        ctx,
        group.filter((f) => f.concept === side.concept && !f.code),
      );
      if (wholes.length !== 1) continue;
      const parts = [...classes.entries()]
        .filter(([c]) => side.test(c))
        .sort(([a], [b]) => a.localeCompare(b))
        .flatMap(([, fs]) => fs);
      if (!parts.length) continue;
      const whole = wholes[0];
      const r = sumCheck(ctx, {
        rule: 'economic_split',
        checkId: `econ.${side.id}.${whole.phase}.${whole.scope}@${whole.id}`,
        heading: side.heading,
        whole,
        parts,
        mode: 'equal',
      });
      if (r) out.push(r);
    }
  }
  return out;
}
