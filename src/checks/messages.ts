/**
 * Plain-Chinese wording shared by the rules: how a figure is named, where it
 * was stated, how differences and verdicts are said. Each check's message is
 * one sentence: "<what should hold>：<what the document says>，<verdict>。"
 */
import type { Fact } from '../schema/normalized';
import { SCOPES } from '../core/concepts';
import { type Ctx, memo } from './context';
import type { CheckStatus, Operand, QuantityKind, RatioComparison } from './tolerance';
import { fenToYuanString, showValue } from './tolerance';
import { type Rat, absR, cmp, isZero, pow10, rat, sub, toExact, toFixed } from '../core/rational';
import { groupThousands } from '../core/decimal';

const GENERIC_ITEM = /^(合\s*计|小\s*计|总\s*计)$/;

/** A table column without its 栏次 number: "基本支出（栏次2）" → "基本支出". */
export function columnName(f: Fact): string {
  return f.column
    .replace(/[（(]\s*(栏次|行次)?\s*\d+\s*[）)]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The name of a figure: its printed item name (for a table cell whose row is
 * just "合计", or when `withColumn`, followed by its column), else its
 * classification name, else the concept.
 */
export function label(ctx: Ctx, f: Fact, withColumn = false): string {
  return memo(ctx, f, withColumn ? 'label+col' : 'label', () => readLabel(ctx, f, withColumn));
}

function readLabel(ctx: Ctx, f: Fact, withColumn: boolean): string {
  const item = f.item.trim();
  const col = f.table.trim() ? columnName(f) : '';
  if (item && col && col !== item && !item.includes(col) && (withColumn || GENERIC_ITEM.test(item))) return `${item}（${col}）`;
  if (item) return item;
  if (f.code_name) return f.code_name;
  const project = ctx.projectName(f.project_id);
  if (project && (f.concept === 'project_amount' || f.concept === 'project_expenditure')) return project;
  return f.concept_zh;
}

/** Where a figure was stated: the table, else the section heading. */
export function where(f: Fact): string {
  const t = f.table.trim();
  if (t) return t;
  const s = f.section.trim().replace(/\s+/g, ' ');
  return s ? `“${s}”部分` : '文件';
}

/** A stated figure as printed, with its unit: "89.93万元", "92.88%", "7人"; withheld/empty say so. */
export function amount(f: Fact): string {
  if (f.value === null || f.value === '') {
    if (f.status === 'withheld') return '（涉密未公开）';
    if (f.status === 'empty') return '（本表无数据）';
    return '（未写数字）';
  }
  const v = f.value;
  if (f.unit === '%') return `${v}%`;
  return `${v}${f.unit}`;
}

export function labelled(ctx: Ctx, f: Fact, withColumn = false): string {
  const name = label(ctx, f, withColumn);
  const withheld = f.status === 'withheld' && f.value !== null && !name.includes('涉密') ? '（涉密）' : '';
  return `${name}${withheld}${amount(f)}`;
}

const rowName = (f: Fact): string =>
  f.row
    .replace(/[（(]\s*(栏次|行次)?\s*\d+\s*[）)]/g, '')
    .replace(/[：:]\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Labels for several figures named together. Figures that would read alike
 * are told apart by their table column, then their row, then their funding
 * scope ("党建活动经费0.5万元，其中财政拨款0.5万元").
 */
export function labelsFor(ctx: Ctx, facts: readonly Fact[]): Map<string, string> {
  const ways: ((f: Fact) => string)[] = [
    (f) => label(ctx, f),
    (f) => label(ctx, f, true),
    (f) => {
      const r = rowName(f);
      const base = label(ctx, f);
      return r && r !== base && !base.includes(r) ? `${base}（${r}）` : label(ctx, f, true);
    },
    (f) => `${label(ctx, f)}（${SCOPES[f.scope]}）`,
  ];
  // names[w][i]: fact i named the w-th way (computed once).
  const table = ways.map((way) => facts.map(way));
  const names = [...table[0]];
  for (let i = 0; i < facts.length; i++) {
    for (let w = 0; w < ways.length; w++) {
      const mine = table[w][i];
      const clash = table[w].some((n, j) => j !== i && n === mine) || names.some((n, j) => j !== i && n === mine);
      names[i] = mine;
      if (!clash) break;
    }
  }
  const out = new Map<string, string>();
  facts.forEach((f, i) => {
    const withheld = f.status === 'withheld' && f.value !== null && !names[i].includes('涉密') ? '（涉密）' : '';
    out.set(f.id, `${names[i]}${withheld}${amount(f)}`);
  });
  return out;
}

/** "A与B", "A、B与C". */
export function joinZh(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join('、')}与${parts[parts.length - 1]}`;
}

/** Parts named individually when few, else counted. */
export function partsPhrase(ctx: Ctx, parts: readonly Fact[], noun = '项', labels?: Map<string, string>): string {
  const l = (p: Fact): string => labels?.get(p.id) ?? labelled(ctx, p);
  if (parts.length <= 5) return joinZh(parts.map(l));
  return `${parts.length}${noun}（${parts.slice(0, 3).map(l).join('、')}等）`;
}

/** A value in the check's unit with the unit: "89.94万元", "57.8%", "9人". */
export function withUnit(kind: QuantityKind, text: string, unit: string): string {
  if (kind === 'percent') return `${text}%`;
  return `${text}${unit}`;
}

/** Yuan for reading: "100", "256,600", "12.50". */
export function yuan(fen: Rat): string {
  const s = fenToYuanString(absR(fen));
  const [i, f] = s.split('.');
  return f === '00' ? groupThousands(i) : groupThousands(s);
}

/** "相差0.01万元（100元）", "相差1人", "相差0.01个百分点". */
export function differencePhrase(kind: QuantityKind, diff: Rat, unit: string, minDecimals: number, verb = '相差'): string {
  const d = absR(diff);
  if (kind === 'money') return `${verb}${showValue('money', d, 0)}万元（${yuan(d)}元）`;
  const text = toExact(d, 0, 12) ?? toFixed(d, Math.max(minDecimals, 4));
  if (kind === 'percent') return `${verb}${text}个百分点`;
  return `${verb}${text}${unit}`;
}

/** One unit of the last published digit, in the unit of an operand's value (fen for money): 2 decimals of 万元 → 100 元. */
export function lastDigitUnit(kind: QuantityKind, displayDecimals: number): Rat {
  return kind === 'money' ? rat(pow10(6), pow10(displayDecimals)) : rat(1n, pow10(displayDecimals));
}

/** A tolerance in words: "1,100元", "0.5分", "0.01个百分点". */
function toleranceText(kind: QuantityKind, tol: Rat): string {
  if (kind === 'money') return `${yuan(tol)}元`;
  const text = toExact(tol, 0, 12) ?? toFixed(tol, 6);
  return kind === 'percent' ? `${text}个百分点` : kind === 'score' ? `${text}分` : text;
}

/**
 * The closing verdict of a comparison. The tolerance is said whenever a
 * difference is not zero and the tolerance is wider than one unit of the
 * finest last digit published (`finestDecimals`, in the check's unit): several
 * rounded figures, or a figure printed without decimals, allow more than the
 * last digit suggests, and the reader should see how much was allowed.
 */
export function verdict(status: CheckStatus, kind: QuantityKind, tol: Rat | null, finestDecimals?: number): string {
  if (status === 'pass') return '两者一致';
  if (status === 'not_applicable') return '无法核对';
  const said = tol !== null && !isZero(tol);
  const wide = said && finestDecimals !== undefined && cmp(tol, lastDigitUnit(kind, finestDecimals)) > 0;
  if (status === 'rounding') return wide ? `在四舍五入误差范围内（按各数所写的小数位，最多可差${toleranceText(kind, tol)}）` : '在四舍五入误差范围内';
  if (said && (kind === 'money' || wide)) return `超出四舍五入可以解释的范围（最多${toleranceText(kind, tol)}），数字对不上`;
  if (said) return '超出四舍五入可以解释的范围，数字对不上';
  return '数字对不上';
}

/** Why operands cannot be used: "公务接待费涉密未公开（涉密的数字不能当作零）". */
export function missingPhrase(ctx: Ctx, ops: readonly Operand[]): string {
  const missing = ops.filter((o) => o.value === null);
  const bits = missing.map((o) => {
    const name = `${where(o.fact)}的${label(ctx, o.fact)}`;
    if (o.missing === 'withheld') return `${name}涉密未公开`;
    if (o.missing === 'empty') return `${name}为“本表无数据”`;
    return `${name}没有写出数字`;
  });
  const note = missing.some((o) => o.missing === 'withheld')
    ? '（涉密的数字不能当作零）'
    : missing.some((o) => o.missing === 'empty')
      ? '（没有数据不等于零）'
      : '';
  return `${joinZh(bits)}${note}`;
}

/** Place phrase for a group stated in one place: "公开06表写" / "“……”部分写". */
export function saysIn(f: Fact): string {
  return `${where(f)}写`;
}

/**
 * The verdict clause of a stated percentage checked against the ratio of its
 * amounts: "两者一致", or how many percentage points apart and whether
 * rounding explains it. When the amounts are rounded, the range of ratios
 * they allow is said (a 预算数 printed as "30万元" allows 29.5 to 30.5 万元,
 * and so a ratio several points wide). Shared by the rate and the
 * execution-indicator rules.
 */
export function ratioVerdict(c: RatioComparison, stated: Rat, statedDecimals: number): string {
  if (c.status === 'pass') {
    return c.computedExact && toExact(c.computed, 0, 12) === toExact(stated, 0, 12) ? '两者一致' : '四舍五入到所写位数后两者一致';
  }
  const diff = absR(sub(c.computed, stated));
  const diffText = toExact(diff, 0, statedDecimals + 2) ?? toFixed(diff, statedDecimals + 2);
  const shown = statedDecimals + 1;
  const range = cmp(c.low, c.high) === 0 ? '' : `按金额所写的位数，算得的比率可在${roundOut(c.low, shown, false)}%至${roundOut(c.high, shown, true)}%之间`;
  return c.status === 'rounding'
    ? `相差${diffText}个百分点，考虑到金额本身也经过四舍五入（${range}），${verdict('rounding', 'percent', null)}`
    : `相差${diffText}个百分点，${range ? `超出四舍五入可以解释的范围（${range}），数字对不上` : verdict('fail', 'percent', c.statedHalf)}`;
}

/** A bound of a range, rounded outwards (down for the low end, up for the high end) so that the range said is never narrower than the true one. */
export function roundOut(r: Rat, decimals: number, up: boolean): string {
  const scale = pow10(decimals);
  const num = r.n * scale;
  let q = num / r.d;
  if (q * r.d !== num) {
    if (up && num > 0n) q += 1n;
    if (!up && num < 0n) q -= 1n;
  }
  return toFixed(rat(q, scale), decimals);
}
