/**
 * The data behind each chart, as one table: the HTML data table beside the
 * chart and the CSV download are both made from it, so both hold exactly the
 * plotted rows (gaps included, with their reason). The HTML table is compact
 * (the mark label as printed in the chart, the value, the note); the CSV
 * splits the label into tidy columns and adds identifiers for joining.
 */
import { statusCode, statusText, type BarModel, type Mark, type ScatterModel } from './model';
import { comparedText, type MeasureValue } from './measures';
import type { CompareRecord } from './records';
import { quoteHref } from '../core/anchors';

export interface HtmlColumn {
  key: string;
  zh: string;
  numeric?: boolean;
}

export interface Row {
  key: string;
  status: MeasureValue['status'];
  /** CSV values by CSV column name. */
  cells: Record<string, string>;
  /** HTML cell text by HTML column key. */
  html: Record<string, string>;
  /** Link of the first HTML column (the disclosure page). */
  href?: string;
  /** Links of value cells by HTML column key: the figure's quote on the disclosure page. */
  links?: Record<string, string>;
}

export interface DataTable {
  caption: string;
  /** CSV header, English snake_case (the citation column is added by the CSV writer). */
  csvColumns: string[];
  htmlColumns: HtmlColumn[];
  rows: Row[];
}

export const GAP_CELL = '空缺';
/** A ratio whose operands are stated but whose denominator is 0: not a gap in the document. */
export const UNCOMPUTABLE_CELL = '无法计算';

/** Table wording of a value: as compared (comparedText), 空缺 for a gap, 无法计算 for a ratio over 0 (the note says why). */
export function cellText(v: MeasureValue, unit: string): string {
  if (v.status === 'uncomputable') return UNCOMPUTABLE_CELL;
  return v.value === null ? GAP_CELL : comparedText(v.value, unit).text;
}

/** What the note column says: the reason for a gap or a computed total, 计算值 for a ratio, nothing for a value as stated. */
export function noteText(v: MeasureValue): string {
  return v.reason ?? (v.status === 'ok' && !v.computed ? '' : statusText(v));
}

const ID_CSV = ['disclosure_id', 'county_code'];

/** Link to the quote of a value's figure on its disclosure page (valueQuoteHref), keyed by the cell it belongs to; none without a quote. */
function quoteLinks(r: CompareRecord, cells: Record<string, MeasureValue>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(cells)) {
    const link = valueQuoteHref(r.href, v);
    if (link) out[k] = link;
  }
  return out;
}

/** The disclosure page's address of the quote a value comes from (or that explains its gap), or null. */
export function valueQuoteHref(disclosureHref: string, v: Pick<MeasureValue, 'quote'>): string | null {
  const q = quoteHref(v.quote);
  return q ? `${disclosureHref}${q}` : null;
}

function recordCells(m: Pick<Mark, 'record'>): Record<string, string> {
  const r = m.record;
  return { county: r.county, year: String(r.year), document_kind: r.kind_zh, disclosure_id: r.id, county_code: r.county_code };
}

function markRow(m: Mark, unit: string, extra: Record<string, string> = {}, htmlExtra: Record<string, string> = {}): Row {
  return {
    key: m.key,
    status: m.value.status,
    cells: { ...recordCells(m), value: m.value.value ?? '', unit, status: statusCode(m.value), note: m.value.reason ?? '', ...extra },
    html: { label: m.label, value: cellText(m.value, unit), note: noteText(m.value), ...htmlExtra },
    href: m.record.href,
    links: quoteLinks(m.record, { value: m.value }),
  };
}

export function barTable(m: BarModel): DataTable {
  return {
    caption: `${m.title}（单位：${m.unit}）：图中全部数据`,
    csvColumns: ['measure', 'county', 'year', 'document_kind', 'value', 'unit', 'status', 'note', ...ID_CSV],
    htmlColumns: [
      { key: 'label', zh: '县（市、区）、年度、文件' },
      { key: 'value', zh: m.valueHeading, numeric: true },
      { key: 'note', zh: '说明' },
    ],
    rows: m.marks.map((x) => markRow(x, m.unit, { measure: m.measureKey })),
  };
}

export interface GroupedMark extends Mark {
  measureKey: string;
  measureLabel: string;
}

/** Grouped bars (the pair page): one row per bar, with the measure it belongs to. */
export function groupedBarTable(caption: string, marks: GroupedMark[], unit: string): DataTable {
  return {
    caption,
    csvColumns: ['measure', 'measure_label', 'county', 'year', 'document_kind', 'value', 'unit', 'status', 'note', ...ID_CSV],
    htmlColumns: [
      { key: 'label', zh: '县（市、区）、年度、文件' },
      { key: 'measure_label', zh: '指标' },
      { key: 'value', zh: `数值（${unit}）`, numeric: true },
      { key: 'note', zh: '说明' },
    ],
    rows: marks.map((x) => markRow(x, unit, { measure: x.measureKey, measure_label: x.measureLabel }, { measure_label: x.measureLabel })),
  };
}

export function scatterTable(m: ScatterModel): DataTable {
  return {
    caption: `${m.title}：图中全部数据`,
    csvColumns: ['county', 'year', 'document_kind', 'x_value', 'x_unit', 'y_value', 'y_unit', 'x_measure', 'y_measure', 'status', 'note', ...ID_CSV],
    htmlColumns: [
      { key: 'label', zh: '县（市、区）、年度、文件' },
      { key: 'x_value', zh: `${m.xLabel}（${m.xUnit}）`, numeric: true },
      { key: 'y_value', zh: `${m.yLabel}（${m.yUnit}）`, numeric: true },
      { key: 'note', zh: '说明' },
    ],
    rows: m.points.map((p) => {
      const bad = [p.x, p.y].find((v) => v.status !== 'ok');
      const reasons = [p.x, p.y].map((v) => v.reason).filter((s): s is string => !!s);
      const note = reasons.join('；');
      return {
        key: p.key,
        status: bad ? bad.status : 'ok',
        cells: {
          ...recordCells(p),
          x_value: p.x.value ?? '',
          x_unit: m.xUnit,
          y_value: p.y.value ?? '',
          y_unit: m.yUnit,
          x_measure: m.xKey,
          y_measure: m.yKey,
          status: bad ? bad.status : p.y.computed ? 'computed' : 'stated',
          note,
        },
        html: { label: p.label, x_value: cellText(p.x, m.xUnit), y_value: cellText(p.y, m.yUnit), note: bad ? `未画点：${note}` : note || noteText(p.y) },
        href: p.record.href,
        links: quoteLinks(p.record, { x_value: p.x, y_value: p.y }),
      };
    }),
  };
}
