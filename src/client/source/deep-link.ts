/**
 * Deep links into a disclosure's source text, in the browser. A search hit
 * links to `?hl=<words>#L<n>` (src/core/anchors.ts), n the line that holds
 * the words: the page lands on line n by itself (CSS :target, works without
 * JavaScript) and this marks the searched words on that line with
 * <mark class="hit">. A quote spanning
 * lines keeps its id on its first line; when it is the target, its pieces
 * on the later lines (data-q) are highlighted too. Text only, never HTML.
 * Full-width digits and letters match their ASCII forms either way (１２３ and
 * 123), as search does.
 */
import { HIGHLIGHT_PARAM, sourceLineOf } from '../../core/anchors';
import { foldedWordRanges } from '../../search/cjk';

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
  for (const [a, b] of foldedWordRanges(text, words).reverse()) {
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
    if (words && location.hash === landed && sourceLineOf(id) !== null) markWords(target, words)[0]?.scrollIntoView({ block: 'center' });
    if (target.classList.contains('q')) for (const e of doc.querySelectorAll(`.src-text [data-q="${CSS.escape(id)}"]`)) e.classList.add('q-on');
  };
  apply();
  window.addEventListener('hashchange', apply);
}
