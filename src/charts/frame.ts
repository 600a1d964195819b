/**
 * The root of every chart: a standalone SVG (its own namespace and font, so a
 * download needs nothing else), labelled for assistive technology by its
 * <title> and <desc> (role=img, aria-labelledby).
 */
import { FONT } from './palette';
import { h, type Attr, type Child, type ElNode } from './tree';

export interface Labelled {
  /** Unique on the page; prefixes the ids of <title> and <desc>. */
  id: string;
  title: string;
  desc: string;
}

export function chartSvg(c: Labelled, kind: string, width: number, height: number, extra: Record<string, Attr>, ...body: (Child | Child[] | null)[]): ElNode {
  return h(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: `chart-svg ${kind}`,
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: 'img',
      'aria-labelledby': `${c.id}-title ${c.id}-desc`,
      'font-family': FONT,
      ...extra,
    },
    h('title', { id: `${c.id}-title` }, c.title),
    h('desc', { id: `${c.id}-desc` }, c.desc),
    ...body,
  );
}
