/**
 * One comparable record per disclosure: who and when (for labels), and the
 * figures the measures read. Small on purpose: the client island receives a
 * list of these as JSON and computes the same measures with the same code.
 */
import type { DisclosureSummary } from '../schema/normalized';
import type { MeasureInput } from './measures';
import { KIND_SHORT, KIND_TINY } from '../core/disclosure-id';

export interface CompareRecord {
  id: string;
  county_code: string;
  /** The county as people say it, e.g. 攸县, 元氏县. */
  county: string;
  /** Short name for tight labels, e.g. 江华 for 江华瑶族自治县. */
  county_short: string;
  /** Six-digit GB/T 2260 code of the province, e.g. 430000. */
  province_code: string;
  province: string;
  department_type: string;
  department_type_name: string;
  department: string;
  year: number;
  kind: DisclosureSummary['kind'];
  kind_zh: string;
  title: string;
  /** Link to the disclosure page (with the site base). */
  href: string;
  input: MeasureInput;
}

/** "攸县 2024年决算": every mark says which county, which year, which kind of document. */
export function markLabel(r: Pick<CompareRecord, 'county' | 'year' | 'kind'>): string {
  return `${r.county} ${r.year}年${KIND_SHORT[r.kind]}`;
}

/** Tight label for scatter points: "江华 2024自评" (county, year, kind). */
export function shortLabel(r: Pick<CompareRecord, 'county_short' | 'year' | 'kind'>): string {
  return `${r.county_short} ${r.year}${KIND_TINY[r.kind]}`;
}
