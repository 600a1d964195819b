/** The editorial note's charts as chart rows: each figure by its label, value and link to its quote. */
import type { Fact, NoteBlock } from '../../schema/normalized';
import { fenToChartNumber, figureText } from '../../core/format';
import type { ChartRow } from '../../charts/table';
import { quoteHref } from '../../core/anchors';

export interface NoteChart {
  title: string;
  unit: string;
  rows: ChartRow[];
}

/** The chart of a note's chart block (the normalizer checked the facts exist, are numbers and share a unit). */
export function noteChart(block: Extract<NoteBlock, { type: 'chart' }>, facts: readonly Fact[]): NoteChart {
  const byId = new Map(facts.map((f) => [f.id, f]));
  const chosen = block.facts.map((id) => byId.get(id)!);
  return {
    title: block.title,
    unit: chosen[0]?.unit ?? '',
    rows: chosen.map((f) => ({
      key: f.id,
      label: f.item || f.row || f.concept_zh,
      value: f.fen !== null ? fenToChartNumber(f.fen) : Number(f.value),
      display: figureText(f),
      href: quoteHref(f.anchor),
    })),
  };
}
