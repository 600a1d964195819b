/**
 * Every kind of bad curated input stops normalization with a problem that
 * names the file and the place, what was expected and what was found.
 */
import { describe, expect, it } from 'vitest';
import { normalizeCorpus } from '../../../src/normalize/corpus';
import type { Problem } from '../../../src/core/problems';
import { FIXTURE_DIR, FIXTURE_FACTS, FIXTURE_META, factsCsv, fixtureCorpus, getText, setText } from '../../support/fixture-corpus';

const noChecks = () => [];
const FACTS = `${FIXTURE_DIR}/facts.csv`;
const META = `${FIXTURE_DIR}/disclosure.json`;

function problemsOf(mutate: (files: ReturnType<typeof fixtureCorpus>) => void): Problem[] {
  const files = fixtureCorpus();
  mutate(files);
  const r = normalizeCorpus(files, noChecks);
  expect(r.collections).toBeNull();
  expect(r.problems.length).toBeGreaterThan(0);
  return r.problems;
}

function withFact(index: number, patch: Record<string, string>) {
  return (files: ReturnType<typeof fixtureCorpus>) => {
    const rows = FIXTURE_FACTS.map((r, i) => (i === index ? { ...r, ...patch } : r));
    setText(files, FACTS, factsCsv(rows));
  };
}

function withMeta(patch: Record<string, unknown>) {
  return (files: ReturnType<typeof fixtureCorpus>) => setText(files, META, JSON.stringify({ ...FIXTURE_META, ...patch }));
}

describe('the valid fixture', () => {
  it('normalizes without problems', () => {
    const r = normalizeCorpus(fixtureCorpus(), noChecks);
    expect(r.problems).toEqual([]);
    expect(r.collections!.disclosures).toHaveLength(1);
  });
});

describe('bad input: each problem names the file and the location', () => {
  it('wrong type in JSON (year as a string)', () => {
    const [p] = problemsOf(withMeta({ year: '2024' }));
    expect(p).toMatchObject({ file: META, where: '$.year', expected: 'a number', found: 'a string ("2024")' });
  });

  it('a 截至 (as_of) date quoted where no figure is quoted', () => {
    const [p] = problemsOf(withMeta({ dates: [{ type: 'as_of', value: '2024-12-31', quote: '2024年度部门决算' }] }));
    expect(p).toMatchObject({ file: META, where: '$.dates[0].quote', found: '"2024年度部门决算", which overlaps no figure\'s quote' });
    const ok = fixtureCorpus();
    setText(ok, META, JSON.stringify({ ...FIXTURE_META, dates: [{ type: 'as_of', value: '2024-12-31', quote: '编制人数 9 人' }] }));
    expect(normalizeCorpus(ok, noChecks).problems).toEqual([]);
  });

  it('a date of no known type (there is no catch-all)', () => {
    const ps = problemsOf(withMeta({ dates: [{ type: 'other', value: '2024-12-31', quote: '2024年度部门决算' }] }));
    expect(ps).toContainEqual(expect.objectContaining({ file: META, where: '$.dates[0].type' }));
  });

  it('missing required field (JSON)', () => {
    const ps = problemsOf((f) => {
      const { issuer: _drop, ...rest } = FIXTURE_META;
      setText(f, META, JSON.stringify(rest));
    });
    expect(ps).toContainEqual(expect.objectContaining({ file: META, where: '$.issuer', found: 'nothing' }));
  });

  it('missing required field (CSV cell)', () => {
    const [p] = problemsOf(withFact(1, { section: '' }));
    expect(p).toMatchObject({ file: FACTS, where: 'row 3, fact t05.total, column section', found: 'an empty value' });
  });

  it('unknown county code', () => {
    const ps = problemsOf(withMeta({ id: '999999-cac-2024-final-accounts', county_code: '999999' }));
    expect(ps).toContainEqual(expect.objectContaining({ file: META, where: '$.county_code', found: 'unknown county code 999999' }));
  });

  it('a county code not valid in the year (宁乡县 430124 after 2016)', () => {
    const ps = problemsOf(withMeta({ id: '430124-cac-2024-final-accounts', county_code: '430124' }));
    expect(ps.some((p) => p.where === '$.county_code' && p.expected.includes('valid in 2024'))).toBe(true);
  });

  it('unknown classification code', () => {
    const [p] = problemsOf(withFact(2, { code: '20199' }));
    expect(p).toMatchObject({ file: FACTS, where: 'row 4, fact t05.20137, column code', found: 'unknown code 20199' });
  });

  it('duplicate disclosure id', () => {
    const ps = problemsOf((f) => {
      for (const [path, bytes] of [...f]) if (path.startsWith(FIXTURE_DIR + '/')) f.set(path.replace(FIXTURE_DIR, 'content/disclosures/copy-of-it'), bytes);
    });
    expect(ps).toContainEqual(expect.objectContaining({ file: 'content/disclosures/copy-of-it/disclosure.json', where: '$.id' }));
    expect(ps.some((p) => p.found.includes('duplicate id') || p.expected.includes('folder name'))).toBe(true);
  });

  it('folder name that disagrees with the id', () => {
    const ps = problemsOf((f) => {
      for (const [path, bytes] of [...f]) {
        if (path.startsWith(FIXTURE_DIR + '/')) {
          f.delete(path);
          f.set(path.replace(FIXTURE_DIR, 'content/disclosures/430223-cac-2023-final-accounts'), bytes);
        }
      }
    });
    expect(ps[0]).toMatchObject({
      file: 'content/disclosures/430223-cac-2023-final-accounts/disclosure.json',
      where: '$.id',
      expected: 'the folder name "430223-cac-2023-final-accounts" (a disclosure folder is named by its id)',
    });
  });

  it('malformed CSV: unterminated quote', () => {
    const [p] = problemsOf((f) => setText(f, FACTS, getText(f, FACTS) + '\nbad.row,personnel,actual,general_budget,,,,"35.55,万元\n'));
    expect(p).toMatchObject({ file: FACTS, found: 'a quoted field that is never closed (unterminated quote)' });
    expect(p.where).toMatch(/^row \d+$/);
  });

  it('malformed CSV: wrong number of columns', () => {
    const [p] = problemsOf((f) => setText(f, FACTS, getText(f, FACTS) + '\nx,y,z\n'));
    expect(p).toMatchObject({ file: FACTS, where: 'row 9', expected: '22 fields as in the header', found: '3 fields' });
  });

  it('empty file', () => {
    const [p] = problemsOf((f) => setText(f, FACTS, ''));
    expect(p).toMatchObject({ file: FACTS, found: 'an empty file' });
  });

  it('non-numeric amount', () => {
    const [p] = problemsOf(withFact(3, { value: '八十九' }));
    expect(p).toMatchObject({ file: FACTS, where: 'row 5, fact text.basic, column value', found: '"八十九"' });
  });

  it('more than six decimals of 万元', () => {
    const ps = problemsOf(withFact(6, { value: '162.9355561', quote: '决算总收入162.935556万元' }));
    expect(ps[0]).toMatchObject({ file: FACTS, where: 'row 8, fact text.six_decimals, column value', found: '"162.9355561" with 7 decimals' });
  });

  it('invalid JSON', () => {
    const [p] = problemsOf((f) => setText(f, META, '{ "id": "x", }'));
    expect(p.file).toBe(META);
    expect(p.where).toMatch(/^line 1, column \d+$/);
    expect(p.found).toMatch(/^invalid JSON/);
  });

  it('non-UTF-8 bytes (GBK)', () => {
    const [p] = problemsOf((f) => {
      const text = getText(f, FACTS);
      // "网信" in GBK is CD F8 D0 C5: not valid UTF-8.
      const bytes = new Uint8Array([...new TextEncoder().encode(text.slice(0, 20)), 0xcd, 0xf8, 0xd0, 0xc5, ...new TextEncoder().encode(text.slice(20))]);
      f.set(FACTS, bytes);
    });
    expect(p).toMatchObject({ file: FACTS, expected: 'UTF-8 text' });
    expect(p.found).toContain('at byte 20 (cd f8 d0 c5');
  });

  it('accepts a byte-order mark', () => {
    const files = fixtureCorpus();
    setText(files, FACTS, '\uFEFF' + getText(files, FACTS));
    setText(files, META, '\uFEFF' + getText(files, META));
    expect(normalizeCorpus(files, noChecks).problems).toEqual([]);
  });

  it('a quote that is not in the source, or does not contain its value', () => {
    expect(problemsOf(withFact(3, { quote: '基本支出99.99万元' }))[0]).toMatchObject({
      where: 'row 5, fact text.basic, column quote',
      expected: 'a quote that occurs verbatim in the source text',
    });
    expect(problemsOf(withFact(3, { value: '89.9' }))[0]).toMatchObject({
      where: 'row 5, fact text.basic, column quote',
      expected: 'a quote that contains the value "89.9"',
    });
  });

  it('an ambiguous quote needs `after`', () => {
    const [p] = problemsOf(withFact(2, { after: '', quote: '89.93\t89.93\t' }));
    expect(p).toMatchObject({ where: 'row 4, fact t05.20137, column quote', expected: 'a quote that occurs once, or an `after` text saying which occurrence' });
  });

  it('a unit that does not fit the concept, a reference to no fact', () => {
    expect(problemsOf(withFact(4, { unit: '%' }))[0]).toMatchObject({ where: 'row 6, fact text.personnel, column unit', found: '"%"' });
    expect(problemsOf(withFact(4, { part_of: 'nope' }))[0]).toMatchObject({
      where: 'row 6, fact text.personnel, column part_of',
      found: '"nope", which is not a fact_id here',
    });
  });

  it('lists every problem at once', () => {
    const ps = problemsOf((f) => {
      withFact(3, { value: 'abc' })(f);
      withMeta({ year: 'x' })(f);
    });
    expect(ps.map((p) => p.file).sort()).toEqual([META, FACTS].sort());
  });
});
