/**
 * Deep links into a disclosure's source text, in the browser. A search hit
 * links to `?hl=<words>#L<n>` (src/core/anchors.ts): the page lands on line
 * n by itself (CSS :target, works without JavaScript) and this marks the
 * searched words on that line, or on the first line after it that holds
 * them (a search hit names its chunk's first line), with <mark class="hit">. A quote spanning
 * lines keeps its id on its first line; when it is the target, its pieces
 * on the later lines (data-q) are highlighted too. Text only, never HTML.
 */
import { HIGHLIGHT_PARAM, SOURCE_CHUNK_CHARS, sourceLineId, sourceLineOf, wordRanges } from '../../core/anchors';

/** Wrap every occurrence of `words` in the text under `root` in <mark class="hit">, across element boundaries. */
export function markWords(root: Element, words: string): HTMLElement[] {
  const doc = root.ownerDocument;
  const nodes: { node: Text; start: number }[] = [];
  let text = '';
  const walk = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walk.nextNode(); n; n = walk.nextNode()) {
    nodes.push({ node: n as Text, start: text.length });
    text += (n as Text).data;
  }
  const marks: HTMLElement[] = [];
  // Last range first, and within a range the last text node first: splitting a node keeps its start in place.
  for (const [a, b] of wordRanges(text, words).reverse()) {
    for (let i = nodes.length - 1; i >= 0; i--) {
      const { node, start } = nodes[i];
      const end = start + node.data.length;
      if (end <= a || start >= b) continue;
      let mid = node;
      if (a > start) mid = mid.splitText(a - start);
      if (Math.min(b, end) - Math.max(a, start) < mid.data.length) mid.splitText(Math.min(b, end) - Math.max(a, start));
      const mark = doc.createElement('mark');
      mark.className = 'hit';
      mid.replaceWith(mark);
      mark.append(mid);
      marks.unshift(mark);
    }
  }
  return marks;
}

/** Marks the words on the target line or, when they are not there, on the first of the following lines that holds them. */
function lineWithWords(doc: Document, target: Element, words: string): HTMLElement[] | null {
  const first = sourceLineOf(target.id);
  // A search hit names the first line of its chunk: look no further than one chunk of text.
  for (let n = 0, read = 0; first !== null && read <= SOURCE_CHUNK_CHARS; n++) {
    const line = n === 0 ? target : doc.getElementById(sourceLineId(first + n));
    if (!line) break; // past the last line (every line, blank ones too, has its id)
    const marks = markWords(line, words);
    if (marks.length) return marks;
    read += (line.textContent ?? '').length + 1;
  }
  return null;
}

function unmark(doc: Document): void {
  for (const m of doc.querySelectorAll('.src-text mark.hit')) m.replaceWith(...m.childNodes);
  for (const e of doc.querySelectorAll('.src-text .q-on')) e.classList.remove('q-on');
  doc.querySelector('.src-text')?.normalize();
}

export function startDeepLinks(doc: Document): void {
  const words = new URLSearchParams(location.search).get(HIGHLIGHT_PARAM);
  const landed = location.hash;
  const apply = () => {
    unmark(doc);
    let id = '';
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch {
      return;
    }
    const target = id ? doc.getElementById(id) : null;
    if (!target?.closest('.src-text')) return;
    // The words belong to the line the page was opened on, not to a later figure link followed on the page.
    if (words && location.hash === landed && sourceLineOf(id) !== null) lineWithWords(doc, target, words)?.[0]?.scrollIntoView({ block: 'center' });
    if (target.classList.contains('q')) for (const e of doc.querySelectorAll(`.src-text [data-q="${CSS.escape(id)}"]`)) e.classList.add('q-on');
  };
  apply();
  window.addEventListener('hashchange', apply);
}
