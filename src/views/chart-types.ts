/**
 * Props shared by the chart components. Values are numbers for geometry
 * only; `display` is the exact text printed (the published figure or a gap
 * label such as 文件未载明), and `href` (optional) links it to its source.
 */
export interface ChartRow {
  key: string;
  label: string;
  value: number | null;
  display: string;
  href?: string | null;
  /** Optional reference value drawn behind the bar, with its printed form. */
  ref?: number | null;
  refDisplay?: string;
  /** Optional colour variant: "muted" (computed), "warn" (withheld). */
  tone?: string;
}

export interface CompositionPart {
  key: string;
  label: string;
  value: number;
  display: string;
  /** Share to print (exact, one decimal); computed from the values when absent. */
  share?: string;
  href?: string | null;
}

export interface ChartSeries {
  key: string;
  label: string;
}

export interface ChartGroup {
  key: string;
  label: string;
  values: (number | null)[];
  displays: string[];
  hrefs?: (string | null)[];
}
