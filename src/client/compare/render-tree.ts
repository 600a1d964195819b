/**
 * Renders an element tree (src/compare/tree.ts) to DOM nodes. Text becomes
 * text nodes, attributes are set as values: nothing is parsed as markup.
 */
import { attrText, type Child } from '../../compare/tree';

const SVG_NS = 'http://www.w3.org/2000/svg';

export function renderTree(node: Child, inSvg = false): Node {
  if (typeof node === 'string') return document.createTextNode(node);
  const svg = inSvg || node.tag === 'svg';
  const el = svg ? document.createElementNS(SVG_NS, node.tag) : document.createElement(node.tag);
  for (const [k, v] of Object.entries(node.attrs)) {
    if (k === 'xmlns') continue;
    const t = attrText(v);
    if (t !== null) el.setAttribute(k, t);
  }
  for (const c of node.children) el.appendChild(renderTree(c, svg));
  return el;
}
