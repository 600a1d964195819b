/** Axis tick labels stay inside the chart: the "0.0" at the left edge of a phone chart is not cut. */
import { describe, expect, it } from 'vitest';
import { barChart } from '../../../src/charts/bars';
import { tickLabel } from '../../../src/charts/scale';
import { textWidth } from '../../../src/charts/text';
import { find, hasClass } from './support';

describe('tick labels', () => {
  it('are centred under their tick unless that would cross an edge', () => {
    expect(tickLabel(100, '50', 11, 300)).toEqual({ x: 100, 'text-anchor': 'middle' });
    expect(tickLabel(4, '0.0', 11, 300)['text-anchor']).toBe('start');
    expect(tickLabel(298, '100.0', 11, 300)['text-anchor']).toBe('end');
  });

  it('fit the width of a bar chart at phone and desktop widths', () => {
    for (const width of [300, 358, 720]) {
      const t = barChart({ id: 'b', title: 'T', desc: 'D', unit: '%', width, atLeast: 100, rows: [{ key: 'a', label: 'a', value: 37.5, display: '37.5' }] });
      for (const tick of find(t, hasClass('tick'))) {
        const x = Number(tick.attrs.x);
        const w = textWidth(String(tick.children[0]), 11);
        const anchor = tick.attrs['text-anchor'];
        const [lo, hi] = anchor === 'start' ? [x, x + w] : anchor === 'end' ? [x - w, x] : [x - w / 2, x + w / 2];
        expect(lo, `${tick.children[0]} at ${width}`).toBeGreaterThanOrEqual(0);
        expect(hi, `${tick.children[0]} at ${width}`).toBeLessThanOrEqual(width);
      }
    }
  });
});
