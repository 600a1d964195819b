/**
 * Which of a disclosure's statements of a quantity is its headline figure: the
 * rule the normalizer uses for the key figures and the disclosure page for its
 * budget-against-actual lines, so both show the same statement.
 */
import type { ConceptId, PhaseId, ScopeId } from './concepts';

/** A quantity: its concept and the phases that may stand for it, in preference order. */
export interface Pick {
  concept: ConceptId;
  phases: PhaseId[];
}

/** What the rule reads of a fact (the normalized Fact has these and more). */
export interface PickableFact {
  concept: string;
  phase: string;
  scope: string;
  code: string | null;
  project_id: string | null;
  status: string;
  line: number;
}

/**
 * The broadest money a figure can cover comes first: the department as a
 * whole. Fund-specific statements (政府性基金 …) never stand for the whole.
 */
export const SCOPE_PRIORITY: ScopeId[] = ['all', 'fiscal', 'general_budget', 'unspecified'];

/**
 * The headline candidate: whole-department (no classification code, no
 * project), broadest scope, first in document order. Other statements of the
 * same quantity stay on the page and are compared by the consistency checks.
 */
export function pickFact<F extends PickableFact>(facts: readonly F[], pick: Pick): F | null {
  let best: F | null = null;
  let bestRank = Infinity;
  for (const f of facts) {
    if (f.concept !== pick.concept || f.code || f.project_id || f.status === 'empty') continue;
    const p = pick.phases.indexOf(f.phase as PhaseId);
    const s = SCOPE_PRIORITY.indexOf(f.scope as ScopeId);
    if (p < 0 || s < 0) continue;
    const rank = p * 100 + s * 10 + (f.status === 'reported' ? 0 : 1);
    if (rank < bestRank || (rank === bestRank && best && f.line < best.line)) {
      best = f;
      bestRank = rank;
    }
  }
  return best;
}
