/** A budget phase has one colour in every chart, whichever phases a document states: keyed by phase, not by position. */
import { describe, expect, it } from 'vitest';
import { runNormalize } from '../../../src/build/normalize-run';
import { groupedFigure } from '../../../src/charts/figures';
import { PHASE_ROLES, color } from '../../../src/charts/palette';
import { PHASE_IDS, type PhaseId } from '../../../src/core/concepts';
import { budgetPhases } from '../../../src/views/disclosure/phases';
import type { ChartGroup, ChartSeries } from '../../../src/charts/table';
import { find, hasClass } from './support';

/** Fill of each drawn bar by the phase of its series (bar row keys are `<group>-<series>`). */
function phaseFills(series: ChartSeries[], groups: ChartGroup[]): [string, string][] {
  const f = groupedFigure({ id: 'p', title: 'T', desc: 'D', series, groups, label: '项目' });
  return find(f.svg, hasClass('mark')).flatMap((m) => {
    const phase = series.find((s) => String(m.attrs['data-key']).endsWith(`-${s.key}`))!.key;
    return find(m, (n) => hasClass('bar')(n) || hasClass('bar-zero')(n)).map(
      (b) => [phase, String(hasClass('bar-zero')(b) ? b.attrs.stroke : b.attrs.fill)] as [string, string],
    );
  });
}

describe('budget-phase colours', () => {
  it('gives each phase its own colour', () => {
    const colours = PHASE_IDS.map((p) => color(PHASE_ROLES[p]));
    expect(new Set(colours).size).toBe(PHASE_IDS.length);
  });

  it('paints a phase the same in every disclosure chart of the corpus, and in a chart without 年初预算', () => {
    const details = runNormalize(process.cwd()).collections!.details;
    const seen = new Map<string, Set<string>>();
    const charts = details.map((d) => budgetPhases(d.facts)).filter((v) => v !== null);
    expect(charts.length).toBeGreaterThan(0);
    const groups: ChartGroup[] = [{ key: 'g', label: '支出合计', values: [1, 2], displays: ['1', '2'] }];
    const withoutInitial: ChartSeries[] = [
      { key: 'adjusted_budget', label: '全年预算' },
      { key: 'actual', label: '决算' },
    ];
    for (const [series, gs] of [...charts.map((c) => [c.series, c.groups] as const), [withoutInitial, groups] as const]) {
      for (const [phase, fill] of phaseFills(series, gs)) {
        const set = seen.get(phase) ?? new Set();
        set.add(fill);
        seen.set(phase, set);
      }
    }
    for (const [phase, fills] of seen) {
      expect([...fills], phase).toEqual([color(PHASE_ROLES[phase as PhaseId])]);
    }
    expect(seen.has('adjusted_budget')).toBe(true);
  });
});
