/**
 * The figures a check involves, as its result lists them: consecutive figures
 * quoted from the same words share one quote (a sum and its parts often come
 * from one sentence), so each quote is printed once, with every figure's link
 * before it. Pure.
 */
import type { CheckView } from '../../checks/report';

export type CheckFigure = CheckView['figures'][number];

export interface QuoteGroup {
  figures: CheckFigure[];
  quote: string | null;
}

export function quoteGroups(figures: readonly CheckFigure[]): QuoteGroup[] {
  const out: QuoteGroup[] = [];
  for (const f of figures) {
    const last = out[out.length - 1];
    if (last && f.quote !== null && last.quote === f.quote) last.figures.push(f);
    else out.push({ figures: [f], quote: f.quote });
  }
  return out;
}
