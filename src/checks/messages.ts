/**
 * Plain-Chinese wording shared by the rules: how a figure is named, where it
 * was stated, how differences and verdicts are said. Each check's message is
 * one sentence: "<what should hold>：<what the document says>，<verdict>。"
 */
import type { Fact } from '../schema/normalized';
import type { Ctx } from './context';
import type { CheckStatus, Operand, QuantityKind } from './tolerance';
import { fenToYuanString, showValue } from './tolerance';
import { type Rat, absR, isZero, toExact, toFixed } from './num';
import { groupThousands } from '../lib/decimal';

/** The name of a figure: its printed item name, else its classification name, else the concept. */
export function label(ctx: Ctx, f: Fact): string {
  const item = f.item.trim();
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
  return s ? `“${s}”部分` : '正文';
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

export function labelled(ctx: Ctx, f: Fact): string {
  const withheld = f.status === 'withheld' && f.value !== null ? '（涉密）' : '';
  return `${label(ctx, f)}${withheld}${amount(f)}`;
}

/** "A与B", "A、B与C". */
export function joinZh(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join('、')}与${parts[parts.length - 1]}`;
}

/** Parts named individually when few, else counted. */
export function partsPhrase(ctx: Ctx, parts: readonly Fact[], noun = '项'): string {
  if (parts.length <= 5) return joinZh(parts.map((p) => labelled(ctx, p)));
  return `${parts.length}${noun}（${parts.slice(0, 3).map((p) => labelled(ctx, p)).join('、')}等）`;
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

/** Why an operand cannot be used. */
export function missingPhrase(ctx: Ctx, ops: readonly Operand[]): string {
  const bits = ops
    .filter((o) => o.value === null)
    .map((o) => {
      const where_ = label(ctx, o.fact);
      if (o.missing === 'withheld') return `${where_}涉密未公开`;
      if (o.missing === 'empty') return `${where_}为“本表无数据”`;
      return `${where_}没有可用的数字`;
    });
  return `${joinZh(bits)}（涉密或未公开的数字不能当作零）`;
}

/** Place phrase for a group stated in one place: "公开06表写" / "“……”部分写". */
export function saysIn(f: Fact): string {
  return `${where(f)}写`;
}
