/**
 * What a curator meets when a document is not like the seeds: a partial source, an official URL,
 * a withheld narrative section, a change stated without its amount, a 上年预算 figure, spreadsheet
 * rows in messages, cross-row errors beside row errors, a folder with no figures.
 */
import { describe, expect, it } from 'vitest';
import { normalizeCorpus } from '../../../src/normalize/corpus';
import { FIXTURE_DIR, FIXTURE_FACTS, FIXTURE_META, factsCsv, fixtureCorpus, setText } from '../../support/fixture-corpus';
import { FACT_COLUMNS } from '../../../src/schema/curated';

const noChecks = () => [];
const FACTS = `${FIXTURE_DIR}/facts.csv`;
const META = `${FIXTURE_DIR}/disclosure.json`;
type Files = ReturnType<typeof fixtureCorpus>;

function run(...mutations: ((f: Files) => void)[]) {
  const files = fixtureCorpus();
  for (const m of mutations) m(files);
  return normalizeCorpus(files, noChecks);
}
const meta = (patch: Record<string, unknown>) => (f: Files) => setText(f, META, JSON.stringify({ ...FIXTURE_META, ...patch }));
const facts = (rows: typeof FIXTURE_FACTS) => (f: Files) => setText(f, FACTS, factsCsv(rows));

describe('source completeness', () => {
  it('defaults to complete, with no note', () => {
    const d = run().collections!.disclosures[0];
    expect([d.source_completeness, d.source_completeness_note]).toEqual(['complete', null]);
  });

  it('records a partial source with its note', () => {
    const d = run(meta({ source_completeness: 'partial', source_completeness_note: '网页缺附表' })).collections!.disclosures[0];
    expect([d.source_completeness, d.source_completeness_note]).toEqual(['partial', '网页缺附表']);
  });

  it('requires the note when the source is not complete, and a known value', () => {
    expect(run(meta({ source_completeness: 'excerpt' })).problems).toEqual([expect.objectContaining({ file: META, where: '$.source_completeness_note' })]);
    expect(run(meta({ source_completeness: 'half' })).problems).toEqual([expect.objectContaining({ file: META, where: '$.source_completeness' })]);
  });
});

describe('source_url', () => {
  it('is kept as recorded and never invented', () => {
    expect(run().collections!.disclosures[0].source_url).toBeNull();
    const url = 'https://www.example.gov.cn/xxgk/2024.html';
    expect(run(meta({ source_url: url })).collections!.disclosures[0].source_url).toBe(url);
  });
});

describe('a withheld narrative section', () => {
  const narrative = (status?: string) => (f: Files) =>
    setText(
      f,
      `${FIXTURE_DIR}/narrative.json`,
      JSON.stringify([{ kind: 'problems', title: '问题', quote: '本部门共有编制人数 9 人', ...(status ? { status } : {}) }]),
    );

  it('is recorded as withheld, its statement as the text', () => {
    const n = run(narrative('withheld')).collections!.details[0].narrative[0];
    expect([n.status, n.text]).toEqual(['withheld', '本部门共有编制人数 9 人']);
    expect(run(narrative()).collections!.details[0].narrative[0].status).toBe('reported');
  });

  it('rejects an unknown status', () => {
    expect(run(narrative('secret')).problems).toEqual([expect.objectContaining({ where: '$[0].status' })]);
  });
});

describe('changes and phases', () => {
  const change = {
    fact_id: 'text.change',
    concept: 'change_amount',
    phase: 'actual',
    scope: 'general_budget',
    unit: '万元',
    section: '说明',
    quote: '2024年度财政拨款基本支出89.93万元',
  };

  it('a change without a value (withheld) needs no direction; one with a value does', () => {
    expect(run(facts([...FIXTURE_FACTS, { ...change, value: '', status: 'withheld' }])).problems).toEqual([]);
    expect(run(facts([...FIXTURE_FACTS, { ...change, value: '89.93' }])).problems).toEqual([
      expect.objectContaining({ where: 'row 9, fact text.change, column direction' }),
    ]);
  });

  it('accepts the prior_year_budget phase', () => {
    const rows = [...FIXTURE_FACTS, { ...change, fact_id: 'text.prior', concept: 'basic_expenditure', phase: 'prior_year_budget', value: '89.93' }];
    const r = run(facts(rows));
    expect(r.problems).toEqual([]);
    expect(r.collections!.details[0].facts.find((f) => f.id === 'text.prior')!.phase).toBe('prior_year_budget');
  });
});

describe('problem messages', () => {
  it('give the spreadsheet row and the file line when a quoted field holds a line break', () => {
    // A record whose quote spans two lines: the next record starts one line further down than its row.
    const rows = [{ ...FIXTURE_FACTS[0], note: 'first line\nsecond line' }, ...FIXTURE_FACTS.slice(1).map((r, i) => (i === 0 ? { ...r, unit: '%' } : r))];
    const r = run(facts(rows));
    expect(r.problems).toEqual([expect.objectContaining({ file: FACTS, where: 'row 3 (line 4 of the file), fact t05.total, column unit' })]);
  });

  it('report a cross-row error (part_of to no fact) together with schema errors of the same run', () => {
    const rows = FIXTURE_FACTS.map((r, i) => (i === 1 ? { ...r, phase: 'someday' } : i === 4 ? { ...r, part_of: 'text.nowhere' } : r));
    const where = run(facts(rows)).problems.map((p) => p.where);
    expect(where).toEqual(expect.arrayContaining(['row 3, fact t05.total, column phase', 'row 6, fact text.personnel, column part_of']));
  });

  it('say that a folder has no figures', () => {
    const r = run((f) => setText(f, FACTS, FACT_COLUMNS.join(',') + '\n'));
    expect(r.problems).toEqual([expect.objectContaining({ file: FACTS, found: expect.stringContaining('no figures') })]);
  });
});
