import { describe, expect, it } from 'vitest';
import { pickFact, type PickableFact } from '../../../src/core/headline-pick';

const fact = (o: Partial<PickableFact> & { id: string }) => ({
  concept: 'expenditure_total',
  phase: 'actual',
  scope: 'all',
  code: null,
  project_id: null,
  status: 'reported',
  line: 10,
  ...o,
});
const pick = { concept: 'expenditure_total', phases: ['adjusted_budget', 'initial_budget'] } as const;
const id = (f: { id: string } | null) => f?.id ?? null;

describe('pickFact', () => {
  it('prefers the earlier phase of the pick over document order', () => {
    const facts = [fact({ id: 'a', phase: 'initial_budget', line: 1 }), fact({ id: 'b', phase: 'adjusted_budget', line: 9 })];
    expect(id(pickFact(facts, { ...pick, phases: [...pick.phases] }))).toBe('b');
  });
  it('prefers the broadest scope and never a fund-specific one', () => {
    const facts = [
      fact({ id: 'gf', scope: 'government_fund', line: 1 }),
      fact({ id: 'fi', scope: 'fiscal', line: 5 }),
      fact({ id: 'all', scope: 'all', line: 9 }),
    ];
    expect(id(pickFact(facts, { concept: 'expenditure_total', phases: ['actual'] }))).toBe('all');
    expect(id(pickFact(facts.slice(0, 1), { concept: 'expenditure_total', phases: ['actual'] }))).toBeNull();
  });
  it('skips classified rows, project figures, empty tables and other concepts', () => {
    const facts = [
      fact({ id: 'code', code: '2010101', line: 1 }),
      fact({ id: 'proj', project_id: 'p1', line: 2 }),
      fact({ id: 'empty', status: 'empty', line: 3 }),
      fact({ id: 'other', concept: 'personnel', line: 4 }),
    ];
    expect(id(pickFact(facts, { concept: 'expenditure_total', phases: ['actual'] }))).toBeNull();
  });
  it('puts a withheld statement after a reported one of the same rank, then the first line', () => {
    const facts = [fact({ id: 'w', status: 'withheld', line: 1 }), fact({ id: 'r2', line: 7 }), fact({ id: 'r1', line: 3 })];
    expect(id(pickFact(facts, { concept: 'expenditure_total', phases: ['actual'] }))).toBe('r1');
    expect(id(pickFact([facts[0]], { concept: 'expenditure_total', phases: ['actual'] }))).toBe('w');
  });
});
