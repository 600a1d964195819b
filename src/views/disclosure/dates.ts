/**
 * The dates a disclosure page's header shows: only the document's own dates
 * (填报日期, 拟公开时间, 发布时间, 成立时间), each under its own name, once per
 * type and value, linked to where the document states it. A 截至 date
 * (`as_of`) dates the figures stated with it and stays with them (their
 * quotes), never in the header. No date is shown without a year: a date the
 * document gives as month and day only ("拟于5月16日前") takes the year the
 * document implies, the year after its fiscal year, and says that the year is
 * implied; a date whose year cannot be implied is left out.
 */
import type { DisclosureSummary } from '../../schema/normalized';
import type { DateType } from '../../schema/curated';
import type { DisclosureKind } from '../../core/disclosure-id';
import { dateZh } from '../../core/format';

export interface HeaderDate {
  type: DateType;
  /** What the date is: "填报日期". */
  label: string;
  /** The date with its year: "2024年6月17日". */
  text: string;
  /** The quote anchor where the document states it. */
  anchor: string;
  /** Set when the year is not printed but implied: how it was implied. */
  implied: string | null;
}

/** The header's names of the document's own dates; `as_of` is not one of them. */
export const DATE_LABELS: Record<Exclude<DateType, 'as_of'>, string> = {
  report_date: '填报日期',
  planned_publication: '拟公开时间',
  published: '发布时间',
  founded: '成立时间',
};

/**
 * How many years after its fiscal year a document of each kind is filled in
 * and published: both kinds look back on a finished year. Typed per kind, so
 * that a new kind has to say it.
 */
export const REPORTED_YEARS_AFTER: Record<DisclosureKind, number> = {
  'final-accounts': 1,
  'performance-self-evaluation': 1,
};

/** Dates whose missing year the document's year implies (a founding date has no such rule). */
const YEAR_IMPLIED: ReadonlySet<DateType> = new Set(['report_date', 'planned_publication', 'published']);

export function headerDates(s: Pick<DisclosureSummary, 'year' | 'kind' | 'dates'>): HeaderDate[] {
  const out: HeaderDate[] = [];
  const seen = new Set<string>();
  for (const d of s.dates) {
    if (d.type === 'as_of') continue;
    const key = `${d.type}|${d.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const md = /^--(\d{2})-(\d{2})$/.exec(d.value);
    if (!md) {
      out.push({ type: d.type, label: DATE_LABELS[d.type], text: dateZh(d.value), anchor: d.anchor, implied: null });
      continue;
    }
    if (!YEAR_IMPLIED.has(d.type)) continue;
    const year = s.year + REPORTED_YEARS_AFTER[s.kind];
    out.push({
      type: d.type,
      label: DATE_LABELS[d.type],
      text: dateZh(`${year}-${md[1]}-${md[2]}`),
      anchor: d.anchor,
      implied: `原文未写年份，按${s.year}年度文件推定`,
    });
  }
  return out;
}
