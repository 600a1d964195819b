/**
 * Share preview images (og:image / twitter:image): a 1200×630 SVG card per
 * disclosure and per department type's comparison, built at build time with
 * the chart kernel's element tree (text always escaped). Pure functions.
 */
import { h, serialize, type ElNode } from '../../charts/tree';
import type { DisclosureSummary } from '../../schema/normalized';

export const SHARE_IMAGE = { width: 1200, height: 630, type: 'image/svg+xml' } as const;
const SITE_NAME = '县级财政公开数据';
const FONT = "'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif";
const PAD = 72;

export interface ShareCard {
  /** The line above the title (place, year, kind). */
  kicker: string;
  title: string;
  /** Up to three short lines below the title. */
  lines: string[];
}

/** Width of a character in em: Han and full-width forms 1, others about half. */
function charEm(c: string): number {
  return /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/u.test(c) ? 1 : 0.56;
}

/** `text` broken into lines of at most `maxEm` em, at most `maxLines` (the last ending in … when cut). */
export function wrapText(text: string, maxEm: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  let width = 0;
  for (const c of [...text]) {
    const w = charEm(c);
    if (width + w > maxEm && line) {
      lines.push(line);
      line = '';
      width = 0;
    }
    line += c;
    width += w;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = [...kept[maxLines - 1]].slice(0, -1).join('') + '…';
  return kept;
}

function text(x: number, y: number, size: number, content: string, attrs: Record<string, string | number> = {}): ElNode {
  return h('text', { x, y, 'font-size': size, ...attrs }, content);
}

/** The card as a standalone SVG document. */
export function shareImageSvg(card: ShareCard): string {
  const { width, height } = SHARE_IMAGE;
  const titleSize = 56;
  const title = wrapText(card.title, (width - 2 * PAD) / titleSize, 3);
  const titleTop = 210;
  const linesTop = titleTop + title.length * titleSize * 1.3 + 30;
  const svg = h(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      'aria-label': `${card.title}（${card.kicker}）`,
      'font-family': FONT,
    },
    h('title', {}, card.title),
    h('rect', { width, height, fill: '#f6f8fa' }),
    h('rect', { width: 16, height, fill: '#0b5cad' }),
    text(PAD, 110, 30, card.kicker, { fill: '#57606a' }),
    title.map((l, i) => text(PAD, titleTop + i * titleSize * 1.3, titleSize, l, { fill: '#1f2328', 'font-weight': 700 })),
    card.lines.slice(0, 3).map((l, i) => text(PAD, linesTop + i * 48, 34, wrapText(l, (width - 2 * PAD) / 34, 1)[0], { fill: '#1f2328' })),
    h('rect', { x: PAD, y: height - 110, width: width - 2 * PAD, height: 2, fill: '#d0d7de' }),
    text(PAD, height - 58, 28, `${SITE_NAME} · 每个数字均链接到原文出处`, { fill: '#0b5cad', 'font-weight': 700 }),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serialize(svg)}\n`;
}

/** A disclosure's card: place, year and kind, its title, the issuer and the total spending as published. */
export function disclosureCard(d: DisclosureSummary): ShareCard {
  const total = d.key.expenditure_total;
  // The issuer, unless the title already names it.
  const lines = d.title.includes(d.issuer) ? [] : [d.issuer];
  if (total && total.status === 'reported') lines.push(`支出合计 ${total.published} ${total.unit}（原文所载）`);
  return { kicker: `${d.province} ${d.county_name} · ${d.year}年度 · ${d.kind_zh}`, title: d.title, lines };
}

/** A side-by-side comparison's card: the two documents, each by county, year and kind. */
export function pairCard(title: string, a: { department: string; county: string; year: number; kind_zh: string }, b: typeof a): ShareCard {
  return {
    kicker: '两份文件并排对比',
    title,
    lines: [a, b].map((x) => `${x.county} ${x.department} · ${x.year}年度${x.kind_zh}`),
  };
}

/** A department type's comparison card: how many disclosures, counties and years it compares. */
export function compareCard(typeName: string, disclosures: readonly { county: string; year: number }[]): ShareCard {
  const counties = new Set(disclosures.map((d) => d.county)).size;
  const years = [...new Set(disclosures.map((d) => d.year))].sort((a, b) => a - b);
  const span = years.length === 0 ? '' : years.length === 1 ? `${years[0]}年度` : `${years[0]}—${years[years.length - 1]}年度`;
  return {
    kicker: '对比',
    title: `对比各地${typeName}`,
    lines: [`${disclosures.length} 份公开文件 · ${counties} 个县（市、区）${span ? ` · ${span}` : ''}`, '支出、人均支出、“三公”经费、比重和预算执行率'],
  };
}
