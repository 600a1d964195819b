/**
 * A tiny element tree: the charts, tables and notes are built once, as data,
 * by pure functions. Astro renders the tree at build time (components/charts/TreeNode.astro),
 * the island renders the same tree in the browser (render-dom.ts), and the
 * SVG download serialises it (serialize below). Text is always text: every
 * renderer escapes it.
 */
export type Attr = string | number | boolean | null | undefined;
export interface ElNode {
  tag: string;
  attrs: Record<string, Attr>;
  children: Child[];
}
export type Child = ElNode | string;

export function h(tag: string, attrs: Record<string, Attr> = {}, ...children: (Child | Child[] | null | undefined | false)[]): ElNode {
  const flat: Child[] = [];
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) flat.push(...c);
    else flat.push(c);
  }
  return { tag, attrs, children: flat };
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
export function escapeXml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ESC[c]);
}

/** Attribute value as written: numbers rounded to 0.01 px, booleans as presence. */
export function attrText(v: Attr): string | null {
  if (v === null || v === undefined || v === false) return null;
  if (v === true) return '';
  if (typeof v === 'number') return String(Math.round(v * 100) / 100);
  return v;
}

/** XML serialisation (for the standalone SVG download). */
export function serialize(node: Child): string {
  if (typeof node === 'string') return escapeXml(node);
  const attrs = Object.entries(node.attrs)
    .map(([k, v]) => [k, attrText(v)] as const)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => ` ${k}="${escapeXml(v as string)}"`)
    .join('');
  if (node.children.length === 0) return `<${node.tag}${attrs}/>`;
  return `<${node.tag}${attrs}>${node.children.map(serialize).join('')}</${node.tag}>`;
}

/** All text of a tree, in order (for tests and descriptions). */
export function textOf(node: Child): string {
  return typeof node === 'string' ? node : node.children.map(textOf).join('');
}
