/**
 * Projects in their published shape (views/disclosure/projects.ts): for every
 * disclosure of the corpus, each project amount lands in exactly one cell, in
 * the column of its phase and scope, on its project's row; a column a project
 * states nothing for is a gap (no fact, never a zero); withheld spending is a
 * row marked withheld. On literal facts: column order and gaps.
 */
import { describe, expect, it } from 'vitest';
import { projectsTable, projectViews, withheldProjectSpending } from '../../../../src/views/disclosure/projects';
import { cellView } from '../../../../src/views/disclosure/standard-tables';
import { literalFact as fact } from '../../../support/checks';
import { collections } from '../../../support/disclosure-html';
import type { Project } from '../../../../src/schema/normalized';

const { details } = collections();

describe.each(details.map((d) => [d.id, d] as const))('projects table of %s', (_id, d) => {
  const projects = projectViews(d.projects, d.facts);
  const withheld = withheldProjectSpending(d.facts);
  const view = projectsTable(projects, withheld);
  const amounts = d.facts.filter((f) => (f.concept === 'project_amount' && f.project_id) || f.concept === 'project_withheld');

  it('has a row per named project and per withheld amount without a project, in that order', () => {
    expect(view.rows.map((r) => r.key)).toEqual([...d.projects.map((p) => p.id), ...withheld.map((f) => f.id)]);
    for (const [i, p] of d.projects.entries()) {
      expect(view.rows[i].name).toBe(p.name);
      expect(view.rows[i].anchor).toBe(p.anchor);
    }
    for (const r of view.rows.slice(d.projects.length)) expect(r.withheld).toBe(true);
  });

  it('puts every project amount in exactly one cell: its project row, the column of its phase and scope', () => {
    const seen = new Map<string, number>();
    for (const r of view.rows)
      r.cells.forEach((cell, i) => {
        for (const f of cell) {
          seen.set(f.id, (seen.get(f.id) ?? 0) + 1);
          expect(view.columns[i].key, f.id).toBe(`${f.phase}\u0000${f.scope}`);
          expect(f.project_id ?? f.id, f.id).toBe(r.key);
        }
      });
    for (const f of amounts) expect(seen.get(f.id), f.id).toBe(1);
    expect(view.columns.length).toBe(new Set(amounts.map((f) => `${f.phase}\u0000${f.scope}`)).size);
  });

  it('links each amount to its quote and never shows a withheld or missing amount as a number it is not', () => {
    for (const r of view.rows)
      r.cells.forEach((cell, i) => {
        for (const f of cell) {
          const v = cellView(f, view.columns[i].unit);
          expect(v.href, f.id).toBe(`#${f.anchor}`);
          if (f.value === null) expect(v.isNumber, f.id).toBe(false);
          else expect(v.text, f.id).toBe(f.published);
          if (f.status === 'withheld') expect(v.remark ?? v.text, f.id).toContain('涉密');
        }
      });
  });
});

describe('projects table on literal facts', () => {
  const project = (id: string, name: string, purpose = ''): Project => ({ id, name, purpose, quote: name, anchor: 'q-0-4' }) as unknown as Project;
  it('groups columns by phase in document order, scopes within, and leaves a column a project does not state empty', () => {
    const a = fact({
      id: 'a.b',
      concept: 'project_amount',
      project_id: 'a',
      phase: 'adjusted_budget',
      scope: 'all',
      value: '10',
      published: '10',
      anchor: 'q-10-12',
    });
    const aF = fact({
      id: 'a.bf',
      concept: 'project_amount',
      project_id: 'a',
      phase: 'adjusted_budget',
      scope: 'fiscal',
      value: '8',
      published: '8',
      anchor: 'q-40-41',
    });
    const aA = fact({ id: 'a.x', concept: 'project_amount', project_id: 'a', phase: 'actual', scope: 'all', value: '9', published: '9', anchor: 'q-20-21' });
    const bA = fact({ id: 'b.x', concept: 'project_amount', project_id: 'b', phase: 'actual', scope: 'all', value: '1', published: '1', anchor: 'q-60-61' });
    const w = fact({
      id: 'w',
      concept: 'project_withheld',
      phase: 'actual',
      scope: 'all',
      value: '5',
      published: '5',
      status: 'withheld',
      item: '其余经费（涉密）',
      anchor: 'q-80-81',
    });
    const ps = [project('a', '甲项目', '很长的用途'), project('b', '乙项目')];
    const view = projectsTable(projectViews(ps, [a, aF, aA, bA]), [w]);
    expect(view.columns.map((c) => c.key)).toEqual(['adjusted_budget\u0000all', 'adjusted_budget\u0000fiscal', 'actual\u0000all']);
    expect(view.rows.map((r) => r.cells.map((c) => c.map((f) => f.id)))).toEqual([
      [['a.b'], ['a.bf'], ['a.x']],
      [[], [], ['b.x']],
      [[], [], ['w']],
    ]);
    expect(view.rows.map((r) => [r.purpose, r.withheld])).toEqual([
      ['很长的用途', false],
      [null, false],
      [null, true],
    ]);
    expect(view.hasPurpose).toBe(true);
    expect(view.rows[2].name).toBe('其余经费（涉密）');
  });
});
