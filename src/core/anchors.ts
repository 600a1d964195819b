/** Links from a figure to its quote in the source text rendered on the same page. */
export function quoteHref(anchor: string | null | undefined): string | null {
  return anchor ? `#${anchor}` : null;
}

/** Element id of a fact's row in the figures tables. */
export function factRowId(factId: string): string {
  return `f-${factId}`;
}

/**
 * Element id of line n (1-based) of a disclosure's source text as rendered on
 * its page: where a search hit in the source text or a figure's deep link
 * lands when no quote anchor is closer. Quote anchors are `q-<start>-<end>`,
 * so the two never collide.
 */
export function sourceLineId(line: number): string {
  if (!Number.isInteger(line) || line < 1) throw new Error(`sourceLineId: line must be a whole number from 1, not ${line}`);
  return `L${line}`;
}
