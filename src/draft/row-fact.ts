/**
 * A figure drafted from one table row: the row's whole text is its quote.
 * The basic-data table and the self-evaluation tables both draft figures so.
 */
import type { Row } from './layout';
import type { DocContext } from './standard-tables';
import { quoteAt } from './text';
import { emptyFact, type DraftFact, type TakeId } from './types';

/** The fact, or null when the row has no text to quote. `note` names the rule that drafted it. */
export function rowFact(ctx: DocContext, r: Row, fields: Partial<DraftFact['row']> & { fact_id: string }, note: string, take: TakeId): DraftFact | null {
  const q = quoteAt(ctx.source, r.start, r.end);
  if (!q) return null;
  return {
    kind: 'table',
    start: r.start,
    end: r.end,
    row: {
      ...emptyFact(),
      section: ctx.sections[r.line - 1],
      ...fields,
      fact_id: take(fields.fact_id),
      quote: q.quote,
      after: q.after,
      note: `draft: ${note}`,
    },
  };
}
