/**
 * The source text as a tree of text runs and anchor elements: each anchor
 * range [start, end) becomes one element wrapping its text, nested ranges
 * nest, and a point anchor (start == end) is an empty element. Ranges are
 * laminar (src/normalize/anchors.ts); a range that would cross an open one is
 * kept as a point at its start, so its link still lands in the right place.
 */
import { sourceLineId } from '../../core/anchors';

export interface SourceElement {
  /** The element id; null on the later lines of a quote that spans lines (`of` names its id there). */
  id: string | null;
  /** True for a point anchor (no text of its own). */
  point: boolean;
  children: SourceNode[];
  /** On a later line of a quote spanning lines: the quote's id (rendered as data-q). */
  of?: string;
  /** True for a line of the text (id from sourceLineId): the outermost elements of sourceLines. */
  line?: true;
}
export type SourceNode = string | SourceElement;

/** An anchor range given to sourceTree; `more` marks the piece of a quote on one of its later lines. */
export interface TreeAnchor {
  id: string;
  start: number;
  end: number;
  more?: boolean;
}

interface Open {
  end: number;
  children: SourceNode[];
}

export function sourceTree(text: string, anchors: readonly TreeAnchor[]): SourceNode[] {
  const clamp = (n: number) => Math.max(0, Math.min(text.length, n));
  const sorted = anchors
    .map((a) => ({ id: a.id, start: clamp(a.start), end: Math.max(clamp(a.start), clamp(a.end)), more: a.more === true }))
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
    const el: SourceElement = a.more ? { id: null, point, children: [], of: a.id } : { id: a.id, point, children: [] };
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

/** Start and end (exclusive, before its newline) of every line of a text. */
export function lineBounds(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (let s = 0; ;) {
    const nl = text.indexOf('\n', s);
    out.push([s, nl < 0 ? text.length : nl]);
    if (nl < 0) return out;
    s = nl + 1;
  }
}

/** Index of the line holding offset `pos` (a newline belongs to the line it ends). */
function lineAt(bounds: readonly [number, number][], pos: number): number {
  let lo = 0;
  let hi = bounds.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (bounds[mid][0] <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The source text as its lines: one element per line (id from
 * sourceLineId(n), n from 1, so a search hit or a deep link can land on the
 * line), newlines between them as text, each line holding the source tree of
 * its own text. A quote spanning lines keeps its id on its first line and is
 * continued on the next ones by elements without an id that name it (`of`),
 * so ids stay unique and no character moves.
 */
export function sourceLines(text: string, anchors: readonly { id: string; start: number; end: number }[]): SourceNode[] {
  const bounds = lineBounds(text);
  const clamp = (n: number) => Math.max(0, Math.min(text.length, n));
  const pieces: TreeAnchor[][] = bounds.map(() => []);
  for (const a of anchors) {
    const start = clamp(a.start);
    const end = Math.max(start, clamp(a.end));
    let j = lineAt(bounds, start);
    // A range that starts on a newline starts on the next line.
    if (end > start && start === bounds[j][1] && j + 1 < bounds.length) j++;
    if (end === start || end <= bounds[j][1]) {
      pieces[j].push({ id: a.id, start: start - bounds[j][0], end: end - bounds[j][0] });
      continue;
    }
    for (let k = j, first = true; k < bounds.length && bounds[k][0] < end; k++) {
      const [ls, le] = bounds[k];
      const ps = Math.max(start, ls);
      const pe = Math.min(end, le);
      if (!first && pe <= ps) continue;
      pieces[k].push({ id: a.id, start: ps - ls, end: pe - ls, more: !first });
      first = false;
    }
  }
  const out: SourceNode[] = [];
  bounds.forEach(([s, e], i) => {
    if (i > 0) out.push('\n');
    out.push({ id: sourceLineId(i + 1), point: false, line: true, children: sourceTree(text.slice(s, e), pieces[i]) });
  });
  return out;
}

/** The text of a tree (for tests: rendering must not lose or add a character). */
export function treeText(nodes: SourceNode[]): string {
  return nodes.map((n) => (typeof n === 'string' ? n : treeText(n.children))).join('');
}
