/**
 * Quote ranges become anchors in the rendered source text. Ranges may nest or
 * be disjoint (a sentence inside a section quote); a range that crosses another
 * cannot be one element, so it becomes a point anchor at its start (the link
 * still scrolls there). Identical ranges share one anchor.
 */
export interface AnchorRange {
  id: string;
  start: number;
  end: number;
}

export function laminarAnchors(ranges: { start: number; end: number }[]): AnchorRange[] {
  const unique = new Map<string, { start: number; end: number }>();
  for (const r of ranges) unique.set(`q-${r.start}-${r.end}`, r);
  const sorted = [...unique.entries()].sort(([, a], [, b]) => a.start - b.start || b.end - a.end);
  const out: AnchorRange[] = [];
  const stack: { start: number; end: number }[] = [];
  for (const [id, r] of sorted) {
    while (stack.length && stack[stack.length - 1].end <= r.start) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent && r.end > parent.end) {
      out.push({ id, start: r.start, end: r.start });
      continue;
    }
    out.push({ id, start: r.start, end: r.end });
    stack.push(r);
  }
  return out;
}
