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
import { type Rat, absR, isZero, sub, toExact, toFixed } from '../core/rational';
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

/** The closing verdict of a comparison. */
export function verdict(status: CheckStatus, kind: QuantityKind, tol: Rat | null): string {
  if (status === 'pass') return '两者一致';
  if (status === 'rounding') return '在四舍五入误差范围内';
  if (status === 'not_applicable') return '无法核对';
  if (kind === 'money' && tol && !isZero(tol)) return `超出四舍五入可以解释的范围（最多${yuan(tol)}元），数字对不上`;
  if (tol && !isZero(tol)) return '超出四舍五入可以解释的范围，数字对不上';
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
 * rounding explains it. Shared by the rate and the execution-indicator rules.
 */
export function ratioVerdict(cmp: RatioComparison, stated: Rat, statedDecimals: number): string {
  if (cmp.status === 'pass') {
    return cmp.computedExact && toExact(cmp.computed, 0, 12) === toExact(stated, 0, 12) ? '两者一致' : '四舍五入到所写位数后两者一致';
  }
  const diff = absR(sub(cmp.computed, stated));
  const diffText = toExact(diff, 0, statedDecimals + 2) ?? toFixed(diff, statedDecimals + 2);
  return cmp.status === 'rounding'
    ? `相差${diffText}个百分点，考虑到金额本身也经过四舍五入，${verdict('rounding', 'percent', null)}`
    : `相差${diffText}个百分点，${verdict('fail', 'percent', cmp.statedHalf)}`;
}
