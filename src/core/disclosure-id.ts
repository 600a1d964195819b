/**
 * The disclosure id grammar, in one place: <county_code>-<department_type>-
 * <year>-<kind>, e.g. 430223-cac-2024-final-accounts (a six-digit GB/T 2260
 * county code, a lower-case department type, a four-digit year, a kind).
 * Parse, format, and the kinds with their Chinese labels. Browser-safe.
 */

/** The document kinds and their full Chinese names. */
export const DISCLOSURE_KINDS = {
  'final-accounts': '部门决算',
  'performance-self-evaluation': '部门整体支出绩效自评',
} as const;
export type DisclosureKind = keyof typeof DISCLOSURE_KINDS;
export const DISCLOSURE_KIND_IDS = Object.keys(DISCLOSURE_KINDS) as [DisclosureKind, ...DisclosureKind[]];

/** Short names of the kinds for labels ("攸县 2024年决算"). */
export const KIND_SHORT: Record<DisclosureKind, string> = {
  'final-accounts': '决算',
  'performance-self-evaluation': '绩效自评',
};

/** Tightest names of the kinds, for scatter points ("江华 2024自评"). */
export const KIND_TINY: Record<DisclosureKind, string> = {
  'final-accounts': '决算',
  'performance-self-evaluation': '自评',
};

/** The kinds as documents a rule applies to ("部门决算不要求此项"). */
export const KIND_REPORT: Record<DisclosureKind, string> = {
  'final-accounts': '部门决算',
  'performance-self-evaluation': '绩效自评报告',
};

const COUNTY = '\\d{6}';
const TYPE = '[a-z][a-z0-9]*';
const YEAR = '\\d{4}';
const KIND = `(${DISCLOSURE_KIND_IDS.join('|')})`;

/** The grammar with its four parts captured (county code, department type, year, kind). */
export const DISCLOSURE_ID = new RegExp(`^(${COUNTY})-(${TYPE})-(${YEAR})-${KIND}$`);
/** The same grammar with only the kind grouped: the pattern published for the id columns of the downloads. */
export const DISCLOSURE_ID_PATTERN = new RegExp(`^${COUNTY}-${TYPE}-${YEAR}-${KIND}$`);

export interface DisclosureIdParts {
  county_code: string;
  department_type: string;
  year: number;
  kind: DisclosureKind;
}

/** "430223-cac-2024-final-accounts" → its parts, or null when it is not a disclosure id. */
export function parseDisclosureId(id: string): DisclosureIdParts | null {
  const m = DISCLOSURE_ID.exec(id);
  return m ? { county_code: m[1], department_type: m[2], year: Number(m[3]), kind: m[4] as DisclosureKind } : null;
}

/** The id of a disclosure from its parts (the inverse of parseDisclosureId). */
export function formatDisclosureId(p: { county_code: string; department_type: string; year: number | string; kind: string }): string {
  return `${p.county_code}-${p.department_type}-${p.year}-${p.kind}`;
}
