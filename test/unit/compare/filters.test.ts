/** The comparison's filters over the corpus: every facet value narrows to exactly its records, and the options come from the data. */
import { describe, expect, it } from 'vitest';
import { runNormalize } from '../../../src/build/normalize-run';
import { compareRecord } from '../../../src/compare/record-build';
import { typesBySize } from '../../../src/compare/pair-scale';
import { applyFilters, FACETS, facetOptions, facetPagePath, facetValue, filtersText, NO_FILTERS, singleFacetViews } from '../../../src/compare/filters';
import { DEFAULT_VIEW } from '../../../src/compare/view-state';
import { buildFigure, pageFigures, pageScope } from '../../../src/compare/page';
import { textOf } from '../../../src/charts/tree';

const records = typesBySize(runNormalize(process.cwd()).collections!.disclosures.map((s) => compareRecord(s, `/disclosures/${s.id}/`)))[0].records;
const options = facetOptions(records);

describe('comparison filters', () => {
  it('offers each value the records take, with its count', () => {
    for (const f of FACETS) {
      expect(options[f].map((o) => o.value).sort()).toEqual([...new Set(records.map((r) => facetValue(r, f)))].sort());
      expect(options[f].reduce((s, o) => s + o.count, 0)).toBe(records.length);
    }
  });

  it('a one-facet view keeps exactly the records with that value; combined facets intersect', () => {
    for (const v of singleFacetViews(options)) {
      const kept = applyFilters(records, v.filters);
      expect(kept.map((r) => r.id)).toEqual(records.filter((r) => facetValue(r, v.facet) === v.value).map((r) => r.id));
      expect(facetPagePath('t', v.facet, v.value)).toBe(`/compare/type/t/${v.facet}/${v.value}/`);
    }
    const r0 = records[0];
    const both = { ...NO_FILTERS, year: String(r0.year), kind: r0.kind };
    expect(applyFilters(records, both).every((r) => r.year === r0.year && r.kind === r0.kind)).toBe(true);
    expect(filtersText(both, options)).toBe(`${r0.year}年，${r0.kind_zh}`);
  });

  it('charts and tables of a filtered view hold only its records; the caveats are said once and carried into the SVG and CSV', () => {
    const year = options.year[options.year.length - 1].value;
    const view = { ...DEFAULT_VIEW, filter: { ...NO_FILTERS, year } };
    const ctx = { records, options, typeName: 'X', pageUrl: 'https://example.org/compare/', date: '2026-01-01', width: 360, js: true };
    const scope = pageScope(view, ctx);
    const kept = new Set(scope.records.map((r) => r.id));
    for (const spec of pageFigures()) {
      const b = buildFigure(spec, view, ctx);
      const csvIds = b
        .csv()
        .split('\r\n')
        .slice(1)
        .filter(Boolean)
        .map((l) => l.split(',').find((c) => kept.has(c) || /^\d{6}-/.test(c)));
      expect(
        csvIds.every((id) => id !== undefined && kept.has(id)),
        spec.id,
      ).toBe(true);
      expect(b.title).toContain(`${year}年`);
    }
    // Mixed years and kinds over the whole corpus: the summary says so once, no chart repeats it.
    const all = pageScope(DEFAULT_VIEW, ctx);
    const main = buildFigure(pageFigures()[0], DEFAULT_VIEW, ctx);
    const svg = main.svg(720);
    for (const n of all.notes) {
      expect(svg).toContain(n.slice(0, 12));
      expect(main.csv()).toContain(n.slice(0, 12));
    }
    expect(svg).toContain('比较须知');
    const bodyText = main.body.map((n) => textOf(n)).join(' ');
    for (const n of all.notes) expect(bodyText).not.toContain(n);
    expect(svg).toContain('数据来源：');
  });
});
