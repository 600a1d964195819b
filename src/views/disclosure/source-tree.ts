/**
 * The source text as a tree of text runs and anchor elements: each anchor
 * range [start, end) becomes one element wrapping its text, nested ranges
 * nest, and a point anchor (start == end) is an empty element. Ranges are
 * laminar (src/normalize/anchors.ts); a range that would cross an open one is
 * kept as a point at its start, so its link still lands in the right place.
 */

export interface SourceElement {
  id: string;
  /** True for a point anchor (no text of its own). */
  point: boolean;
  children: SourceNode[];
}
export type SourceNode = string | SourceElement;

interface Open {
  end: number;
  children: SourceNode[];
}

export function sourceTree(text: string, anchors: readonly { id: string; start: number; end: number }[]): SourceNode[] {
  const clamp = (n: number) => Math.max(0, Math.min(text.length, n));
  const sorted = anchors
    .map((a) => ({ id: a.id, start: clamp(a.start), end: Math.max(clamp(a.start), clamp(a.end)) }))
    .sort((a, b) => a.start - b.start || b.end - a.end || a.id.localeCompare(b.id));
  const root: SourceNode[] = [];
  const stack: Open[] = [{ end: text.length, children: root }];
  let pos = 0;
  const emit = (to: number) => {
    if (to > pos) stack[stack.length - 1].children.push(text.slice(pos, to));
    pos = Math.max(pos, to);
  };
  const seen = new Set<string>();
  for (const a of sorted) {
    if (seen.has(a.id)) continue;
    seen.add(a.id);
    while (stack.length > 1 && stack[stack.length - 1].end <= a.start) {
      emit(stack[stack.length - 1].end);
      stack.pop();
    }
    emit(a.start);
    const top = stack[stack.length - 1];
    const point = a.end === a.start || a.end > top.end;
    const el: SourceElement = { id: a.id, point, children: [] };
    top.children.push(el);
    if (!point) stack.push({ end: a.end, children: el.children });
  }
  while (stack.length > 1) {
    emit(stack[stack.length - 1].end);
    stack.pop();
  }
  emit(text.length);
  return root;
}

/** The text of a tree (for tests: rendering must not lose or add a character). */
export function treeText(nodes: SourceNode[]): string {
  return nodes.map((n) => (typeof n === 'string' ? n : treeText(n.children))).join('');
}
