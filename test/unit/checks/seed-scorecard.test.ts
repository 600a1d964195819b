/**
 * The seeds' structural and comparative-statement results and their
 * scorecards, pinned by disclosure id; and what holds for any corpus: every
 * criterion of every disclosure is judged with evidence, a criterion the kind
 * does not require is not applicable, and the score follows from the criteria.
 */
import { describe, expect, it } from 'vitest';
import { config } from '../../../src/config';
import { readCorpusFiles } from '../../../src/build/corpus-files';
import { runChecks, STRUCTURAL_RULES } from '../../../src/checks';
import { CRITERIA, exactScore, gradeOf } from '../../../src/checks/scorecard';
import { toFixed } from '../../../src/core/rational';
import { normalizeCorpus } from '../../../src/normalize/corpus';

const result = normalizeCorpus(readCorpusFiles(config.contentDir), runChecks);
const collections = result.collections!;
const details = new Map(collections.details.map((d) => [d.id, d]));
const summaries = new Map(collections.disclosures.map((d) => [d.id, d]));

/** Structural and statement results that are not a pass, per seed. */
const NOT_PASSING: Record<string, Record<string, string>> = {
  '430223-cac-2024-final-accounts': { 'statement@text.s3.5.3.2013701.claim': 'fail', 'statement@text.s3.5.3.2013799.claim': 'fail' },
  '130132-cac-2022-performance-self-evaluation': { 'structure.evaluation.funding': 'fail' },
  '430182-cac-2021-performance-self-evaluation': {
    'structure.evaluation.funding': 'fail',
    'structure.evaluation.indicators': 'fail',
    'structure.evaluation.result': 'fail',
  },
  '430423-cac-2023-performance-self-evaluation': { 'structure.evaluation.result': 'fail' },
  '431129-cac-2024-performance-self-evaluation': {
    'structure.evaluation.funding': 'fail',
    'structure.evaluation.indicators': 'fail',
    'structure.evaluation.result': 'fail',
  },
};

/** 醴陵 2021 and 江华 2024 are judged alike: self-evaluations in prose, without an indicator table, score or grade. */
const TEXT_ONLY_SELF_EVALUATION = {
  score: '43.8',
  grade: 'D',
  criteria: {
    'performance.funding': 'partly',
    'performance.indicators': 'not_met',
    'performance.result': 'not_met',
    'performance.problems': 'met',
    'consistency.figures': 'partly',
  },
};

/** Applicable criteria per seed (the rest are not applicable), and the score and grade. */
const SCORECARDS: Record<string, { score: string; grade: string; criteria: Record<string, string> }> = {
  '430223-cac-2024-final-accounts': {
    score: '94.1',
    grade: 'A',
    criteria: {
      'tables.present': 'met',
      'tables.empty_statements': 'met',
      'structure.sections': 'met',
      'structure.classification': 'met',
      'structure.machine_readable': 'met',
      'three_public.items': 'met',
      'three_public.reasons': 'met',
      'three_public.activity': 'met',
      'performance.section': 'met',
      'consistency.figures': 'partly',
      'consistency.statements': 'partly',
    },
  },
  '130132-cac-2022-performance-self-evaluation': {
    score: '69.4',
    grade: 'C',
    criteria: {
      'structure.machine_readable': 'partly',
      'performance.funding': 'partly',
      'performance.indicators': 'met',
      'performance.result': 'met',
      'performance.problems': 'met',
      'timeliness.dated': 'met',
      'consistency.figures': 'partly',
    },
  },
  '430182-cac-2021-performance-self-evaluation': TEXT_ONLY_SELF_EVALUATION,
  '430423-cac-2023-performance-self-evaluation': {
    score: '86.1',
    grade: 'B',
    criteria: {
      'structure.machine_readable': 'met',
      'performance.funding': 'met',
      'performance.indicators': 'met',
      'performance.result': 'partly',
      'performance.problems': 'met',
      'timeliness.dated': 'met',
      'consistency.figures': 'partly',
    },
  },
  '431129-cac-2024-performance-self-evaluation': TEXT_ONLY_SELF_EVALUATION,
};

const structural = (rule: string) => (STRUCTURAL_RULES as readonly string[]).includes(rule) || rule === 'statement';

describe.each(Object.keys(NOT_PASSING).filter((id) => details.has(id)))('seed %s', (id) => {
  const d = details.get(id)!;

  it('structural and statement results: exactly the pinned ones do not pass', () => {
    const notPassing = Object.fromEntries(d.checks.filter((c) => structural(c.rule) && c.status !== 'pass').map((c) => [c.check_id, c.status]));
    expect(notPassing).toEqual(NOT_PASSING[id]);
  });

  it('scorecard: pinned criteria, score and grade', () => {
    const applicable = Object.fromEntries(d.scorecard.filter((c) => c.status !== 'not_applicable').map((c) => [c.criterion, c.status]));
    expect(applicable).toEqual(SCORECARDS[id].criteria);
    expect([summaries.get(id)!.scorecard.score, summaries.get(id)!.scorecard.grade]).toEqual([SCORECARDS[id].score, SCORECARDS[id].grade]);
  });
});

describe('攸县 2024: "决算数等于年初预算数" against 年初预算 0 and 决算 39.78 / 50.16', () => {
  const d = details.get('430223-cac-2024-final-accounts');
  it.skipIf(!d)('is reported as a failure, item by item, with both figures and the difference; the 三公 "一致" statements pass', () => {
    const st = d!.checks.filter((c) => c.rule === 'statement');
    const fails = st.filter((c) => c.status === 'fail');
    expect(fails.map((c) => [c.stated, c.computed, c.difference_yuan])).toEqual([
      ['39.78', '0', '397800.00'],
      ['50.16', '0', '501600.00'],
    ]);
    for (const c of fails) expect(c.message).toMatch(/决算数等于年初预算数.*说法与数字不符/);
    expect(st.filter((c) => c.status === 'pass').length).toBe(4);
    const crit = d!.scorecard.find((c) => c.criterion === 'consistency.statements')!;
    expect(crit.check_ids).toEqual(expect.arrayContaining(fails.map((c) => c.check_id)));
    expect(crit.evidence).toContain('决算数等于年初预算数');
  });
});

describe('every disclosure of the corpus', () => {
  it('has every criterion judged once, with evidence; what its kind does not require is not applicable', () => {
    for (const d of collections.details) {
      const kind = summaries.get(d.id)!.kind;
      expect(d.scorecard.map((c) => c.criterion)).toEqual(CRITERIA.map((c) => c.id));
      for (const c of d.scorecard) {
        const spec = CRITERIA.find((x) => x.id === c.criterion)!;
        expect(c.evidence.length, `${d.id} ${c.criterion}`).toBeGreaterThan(5);
        if (!(spec.kinds as readonly string[]).includes(kind)) expect(c.status, `${d.id} ${c.criterion}`).toBe('not_applicable');
        for (const id of c.check_ids)
          expect(
            d.checks.some((k) => k.check_id === id),
            `${d.id} ${c.criterion} → ${id}`,
          ).toBe(true);
      }
    }
  });

  it('has the score and grade its criteria give', () => {
    for (const s of collections.disclosures) {
      const exact = exactScore(details.get(s.id)!.scorecard);
      expect(s.scorecard.score).toBe(exact ? toFixed(exact, 1) : null);
      expect(s.scorecard.grade).toBe(exact ? gradeOf(exact) : null);
    }
  });

  it('curates every comparison of 决算数 with 预算数 (or with 上年) stated in words, so that each is checked', () => {
    // 决算数等于年初预算数, 决算数与预算\n\n数一致, 与上年持平 …: the words may be broken by the conversion's line breaks.
    const phrase = /决算数\s*(等于|与)\s*(年\s*初\s*)?预\s*算\s*数?\s*(一致|相同|相等)?|与上年(相比)?(基本)?持平/g;
    const unchecked: string[] = [];
    for (const n of result.normalized) {
      const ranges = n.details.facts.filter((f) => f.concept === 'comparison').map((f) => f.anchor.split('-').slice(1).map(Number));
      for (const m of n.source.text.matchAll(phrase)) {
        if (!ranges.some(([s, e]) => s <= m.index! && m.index! + m[0].length <= e)) unchecked.push(`${n.summary.id}: ${m[0]} at ${m.index}`);
      }
    }
    expect(unchecked).toEqual([]);
  });

  it('raises no statement failure where the text agrees with its figures', () => {
    for (const d of collections.details) {
      for (const c of d.checks.filter((x) => x.rule === 'statement' && x.status === 'fail')) {
        expect(c.stated, `${d.id} ${c.check_id}`).not.toBe(c.computed);
      }
    }
  });
});
