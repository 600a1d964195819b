/**
 * The one corpus loop (normalizeEach): the in-memory reference and the
 * streaming build's slices both run it, with different sources and effects.
 */
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/checks/index';
import { normalizeSlice, listDisclosureFolders } from '../../../src/build/normalize-slice';
import { readCorpusFiles } from '../../../src/build/corpus-files';
import { memorySource, normalizeCorpus, normalizeEach, sourceRegistries } from '../../../src/normalize/corpus';
import type { Problem } from '../../../src/core/problems';
import { FIXTURE_DIR, FIXTURE_ID, fixtureCorpus, setText } from '../../support/fixture-corpus';

describe('normalizeEach, the one loop over a corpus', () => {
  it('hands each disclosure that normalized to the effect, in folder order, not clean once a problem is found', () => {
    const broken = 'content/disclosures/000000-broken';
    const files = setText(fixtureCorpus(), `${broken}/disclosure.json`, '{');
    const source = memorySource(files);
    expect(source.folders).toEqual([broken, FIXTURE_DIR]);
    const problems: Problem[] = [];
    const seen: [string, string, boolean][] = [];
    normalizeEach(source, sourceRegistries(source.file, problems), problems, runChecks, (n, folder, clean) => seen.push([n.summary.id, folder, clean]));
    expect(problems.some((p) => p.file.startsWith(broken))).toBe(true);
    expect(seen).toEqual([[FIXTURE_ID, FIXTURE_DIR, false]]);

    const clean: boolean[] = [];
    const ok = memorySource(fixtureCorpus());
    const none: Problem[] = [];
    normalizeEach(ok, sourceRegistries(ok.file, none), none, runChecks, (_n, _f, c) => clean.push(c));
    expect(none).toEqual([]);
    expect(clean).toEqual([true]);
  });

  it('gives the build slice (disk source) what the in-memory reference gives for the same corpus', () => {
    const folders = listDisclosureFolders('content');
    const slice = normalizeSlice({ contentDir: 'content', folders, out: null, byYear: [] });
    const reference = normalizeCorpus(readCorpusFiles('content'), runChecks);
    expect(slice.problems).toEqual(reference.problems);
    expect(slice.disclosures).toEqual(reference.normalized.map((n) => ({ id: n.summary.id, county_code: n.summary.county_code })));
    expect(slice.facts).toBe(reference.normalized.reduce((s, n) => s + n.details.facts.length, 0));
  });
});
