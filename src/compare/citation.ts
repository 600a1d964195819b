/**
 * The citation line of a chart: its title, the portal, the URL of exactly
 * this view, the access date and the source documents. Shown under every
 * chart and carried into the SVG, PNG and CSV downloads.
 */
export const SITE_NAME = '县级财政公开数据';

export interface CitationInput {
  title: string;
  unit: string;
  /** Titles of the source documents plotted, in chart order. */
  sources: string[];
  url: string;
  /** ISO date (YYYY-MM-DD). */
  date: string;
}

export function citationText(c: CitationInput): string {
  const sources = [...new Set(c.sources)].map((t) => `《${t}》`).join('；');
  return `引用：《${c.title}（单位：${c.unit}）》，${SITE_NAME}，${c.url}，访问日期：${c.date}。数据来源：${sources}。`;
}

/** Local date as YYYY-MM-DD. */
export function isoDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** A file name (without extension) for downloads: the chart id and the view, ASCII only. */
export function fileBase(chartId: string, viewKey: string): string {
  return `${chartId}-${viewKey}`
    .replace(/[^a-zA-Z0-9_-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}
