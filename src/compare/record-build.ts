/**
 * Build a comparison record from a disclosure summary and its facts (build
 * time only: it uses the normalizer's rule for picking headline facts).
 */
import { pickFact } from '../normalize/key-figures';
import type { DisclosureSummary, Fact, KeyFigure } from '../schema/normalized';
import type { InputId } from './measures';
import type { CompareRecord } from './records';

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
    county_short: s.county_short_name || s.county_name,
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

