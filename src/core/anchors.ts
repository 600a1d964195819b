/** Links from a figure to its quote in the source text rendered on the same page. */
export function quoteHref(anchor: string | null | undefined): string | null {
  return anchor ? `#${anchor}` : null;
}

/** Element id of a fact's row in the figures tables. */
export function factRowId(factId: string): string {
  return `f-${factId}`;
}
