/** Walking a chart's element tree in tests. */
import type { Child, ElNode } from '../../../src/charts/tree';

export function find(node: Child, pred: (n: ElNode) => boolean, out: ElNode[] = []): ElNode[] {
  if (typeof node === 'string') return out;
  if (pred(node)) out.push(node);
  node.children.forEach((c) => find(c, pred, out));
  return out;
}

export const hasClass = (cls: string) => (n: ElNode) => typeof n.attrs.class === 'string' && n.attrs.class.split(' ').includes(cls);
export const num = (n: ElNode, k: string) => Number(n.attrs[k]);
