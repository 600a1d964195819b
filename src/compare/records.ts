/**
 * One comparable record per disclosure: who and when (for labels), and the
 * figures the measures read. Small on purpose: the client island receives a
 * list of these as JSON and computes the same measures with the same code.
 */
import { pickFact } from '../normalize/key-figures';
import type { DisclosureSummary, Fact, KeyFigure } from '../schema/normalized';
import type { InputId, MeasureInput } from './measures';

export interface CompareRecord {
  id: string;
  county_code: string;
  /** The county as people say it, e.g. 攸县, 元氏县. */
  county: string;
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

/** Short names of the document kinds for mark labels. */
export const KIND_SHORT: Record<DisclosureSummary['kind'], string> = {
  'final-accounts': '决算',
  'performance-self-evaluation': '绩效自评',
};

/** The parts of 三公 are not headline figures: pick them from the facts with the same rule (actual, whole department, broadest scope). */
const THREE_PUBLIC_PARTS = ['three_public_overseas', 'three_public_vehicles', 'official_reception'] as const;

function keyFromFact(f: Fact | null): KeyFigure | null {
  return f && { fact_id: f.id, published: f.published, value: f.value, unit: f.unit, fen: f.fen, status: f.status, anchor: f.anchor };
}

export function compareRecord(s: DisclosureSummary, facts: Fact[], href: string): CompareRecord {
  const key: Partial<Record<InputId, KeyFigure | null>> = { ...s.key };
  for (const id of THREE_PUBLIC_PARTS) key[id] = keyFromFact(pickFact(facts, { concept: id, phases: ['actual'] }));
  return {
    id: s.id,
    county_code: s.county_code,
    county: s.county_name,
    department_type: s.department_type,
    department_type_name: s.department_type_name,
    department: s.department_short_name,
    year: s.year,
    kind: s.kind,
    kind_zh: s.kind_zh,
    title: s.title,
    href,
    input: { key, derived: s.derived },
  };
}

/** "攸县 2024年决算": every mark says which county, which year, which kind of document. */
export function markLabel(r: Pick<CompareRecord, 'county' | 'year' | 'kind'>): string {
  return `${r.county} ${r.year}年${KIND_SHORT[r.kind]}`;
}
