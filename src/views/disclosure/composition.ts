/**
 * "On what": the spending composition from the headline figures — personnel
 * and running costs (or basic spending when the split is not stated) and
 * projects. Shares are exact (fen integers), to one decimal, of the sum of the
 * parts, and labelled as computed. Amounts read as in headlines: two
 * decimals of 万元, 约 when rounded (core/format readableWan).
 */
import type { DisclosureSummary, KeyFigure } from '../../schema/normalized';
import { fenToChartNumber, percentOf, readableFigureText, wanText, withUnit } from '../../core/format';
import type { CompositionPart } from '../../charts/table';
import { quoteHref } from '../../core/anchors';
import { decimalsOf } from '../../core/decimal';

export interface Composition {
  parts: CompositionPart[];
  /** Sum of the parts, exact 万元 (computed). */
  sumText: string;
  sumFen: bigint;
}

function usable(k: KeyFigure | null | undefined): k is KeyFigure & { fen: number } {
  return !!k && k.status === 'reported' && k.fen !== null;
}

export function spendingComposition(summary: DisclosureSummary): Composition | null {
  const k = summary.key;
  const raw: { key: string; label: string; fig: KeyFigure & { fen: number } }[] = [];
  if (usable(k.personnel) && usable(k.running_costs)) {
    raw.push({ key: 'personnel', label: '人员经费', fig: k.personnel }, { key: 'running_costs', label: '公用经费', fig: k.running_costs });
  } else if (usable(k.basic_expenditure)) {
    raw.push({ key: 'basic', label: '基本支出', fig: k.basic_expenditure });
  }
  if (usable(k.project_expenditure)) raw.push({ key: 'project', label: '项目支出', fig: k.project_expenditure });
  if (raw.length < 2) return null;
  const sumFen = raw.reduce((s, p) => s + BigInt(p.fig.fen), 0n);
  if (sumFen <= 0n) return null;
  const parts = raw.map((p) => ({
    key: p.key,
    label: p.label,
    value: fenToChartNumber(p.fig.fen),
    display: readableFigureText(p.fig),
    share: percentOf(BigInt(p.fig.fen), sumFen) ?? '—',
    href: quoteHref(p.fig.anchor),
  }));
  const sumExact = wanText(sumFen, Math.max(...raw.map((p) => decimalsOf(p.fig.value ?? p.fig.published))));
  return { parts, sumFen, sumText: readableFigureText({ published: sumExact, value: sumExact, unit: '万元', fen: Number(sumFen), status: 'reported' }) };
}
