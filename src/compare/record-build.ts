/**
 * Build a comparison record from a disclosure summary alone (its key figures
 * include the parts of 三公), so comparisons never read the per-disclosure details.
 */
import type { DisclosureSummary, KeyFigure } from '../schema/normalized';
import type { InputId } from './measures';
import type { CompareRecord } from './records';

export function compareRecord(s: DisclosureSummary, href: string): CompareRecord {
  const key: Partial<Record<InputId, KeyFigure | null>> = { ...s.key };
  return {
    id: s.id,
    county_code: s.county_code,
    county: s.county_name,
    county_short: s.county_short_name || s.county_name,
    province_code: s.province_code,
    province: s.province,
    department_type: s.department_type,
    department_type_name: s.department_type_name,
    department: s.department_short_name,
    year: s.year,
    kind: s.kind,
    kind_zh: s.kind_zh,
    title: s.title,
    href,
    input: { key, derived: s.derived, transparency: s.scorecard.score },
  };
}
