import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { toFen } from '../../../src/core/decimal';
import { gapDisplay } from '../../../src/compare/charts';
import { tableCell } from '../../../src/compare/measures-table';
import { noteText } from '../../../src/compare/table';
import { countOf, gapWords, MEASURE_IDS, MEASURES, measureValue, viewTitle, viewValue, type InputId, type MeasureInput } from '../../../src/compare/measures';
import { rat } from '../../../src/core/rational';
import type { DerivedFigure, KeyFigure } from '../../../src/schema/normalized';
import { runNormalize } from '../../../src/build/normalize-run';
import { compareRecord } from '../../../src/compare/record-build';
import { computedTotal } from '../../support/computed-total';

let n = 0;
/** A key figure as the normalizer writes it: money in fen, counts as digits. */
function kf(value: string | null, unit: string, status: KeyFigure['status'] = 'reported'): KeyFigure {
  n += 1;
  const fen = value !== null && (unit === '万元' || unit === '元') ? Number((toFen(value, unit) as { fen: bigint }).fen) : null;
  return { fact_id: `f${n}`, published: value ?? '', value, unit, fen, status, anchor: `q-${n}-${n + 1}` };
}
function input(key: Partial<Record<InputId, KeyFigure | null>>, derived: DerivedFigure[] = []): MeasureInput {
  return { key, derived };
}

describe('amount measures', () => {
  it('give the value exactly as published, with its fact', () => {
    const total = kf('162.935556', '万元');
    const v = measureValue(input({ expenditure_total: total }), 'expenditure_total');
    expect(v).toMatchObject({ status: 'ok', value: '162.935556', decimals: 6, computed: false, reason: null, facts: [total.fact_id] });
    expect(v.exact).toEqual(rat(162935556n, 1000000n));
  });

  it('keep a stated zero as zero', () => {
    const v = measureValue(input({ three_public_actual: kf('0.00', '万元') }), 'three_public');
    expect(v).toMatchObject({ status: 'ok', value: '0.00' });
  });

  it('report a figure the document does not state as missing, never 0', () => {
    for (const id of MEASURE_IDS.filter((m) => MEASURES[m].kind === 'amount')) {
      const v = measureValue(input({}), id);
      expect(v.status).toBe('missing');
      expect(v.value).toBeNull();
      expect(v.exact).toBeNull();
      expect(v.reason).toMatch(/^文件未载明/);
    }
  });

  it('report a withheld amount without a value as withheld', () => {
    const v = measureValue(input({ project_expenditure: kf(null, '万元', 'withheld') }), 'project_expenditure');
    expect(v).toMatchObject({ status: 'withheld', value: null });
    expect(v.reason).toContain('涉密不予公开');
  });

  it('keep a withheld figure whose amount is stated, with a caveat', () => {
    const v = measureValue(input({ project_expenditure: kf('63.77', '万元', 'withheld') }), 'project_expenditure');
    expect(v).toMatchObject({ status: 'ok', value: '63.77', computed: false });
    expect(v.reason).toContain('明细涉密');
  });

  it('use the computed total where no total is stated, labelled as computed with its operands', () => {
    const derived = computedTotal('157.83', ['a', 'b']);
    const v = measureValue(input({ expenditure_total: null }, [derived]), 'expenditure_total');
    expect(v).toMatchObject({ status: 'ok', value: '157.83', computed: true, facts: ['a', 'b'] });
    expect(v.reason).toContain('计算值');
    expect(v.reason).toContain('基本支出 + 项目支出');
  });

  it('prefer a stated total over a computed one', () => {
    const derived = computedTotal('1.00', [], '', '');
    const v = measureValue(input({ expenditure_total: kf('2.00', '万元') }, [derived]), 'expenditure_total');
    expect(v).toMatchObject({ value: '2.00', computed: false });
  });
});

describe('per-staff measures', () => {
  const base = { expenditure_total: kf('89.93', '万元'), staff_actual: kf('9', '人'), staff_authorised: kf('13', '人') };

  it('divide by actual staff, in whole 元/人 rounded half-up (as the disclosure pages show them)', () => {
    const v = viewValue(input(base), 'expenditure_total', 'staff_actual');
    expect(v).toMatchObject({ status: 'ok', value: '99922', decimals: 0, computed: true }); // 899,300 元 ÷ 9 = 99,922.2…
    expect(v.facts).toEqual([base.expenditure_total.fact_id, base.staff_actual.fact_id]);
    expect(v.exact).toEqual(rat(899300000000n, 9000000n));
  });

  it('divide by authorised posts', () => {
    expect(viewValue(input(base), 'expenditure_total', 'staff_authorised').value).toBe('69177'); // 69,176.92
  });

  it('round half up exactly (no binary floating point)', () => {
    // 0.25 万元 / 8 = 312.5 元 → 313 (half up); 0.0624 万元 / 2 = 312 元 exactly
    expect(viewValue(input({ personnel: kf('0.25', '万元'), staff_actual: kf('8', '人') }), 'personnel', 'staff_actual').value).toBe('313');
    expect(viewValue(input({ three_public_actual: kf('0.0624', '万元'), staff_actual: kf('2', '人') }), 'three_public', 'staff_actual').value).toBe('312');
    // A huge amount stays exact: 1,234,567,891,234.56 元 / 7 = 176,366,841,604.937… → 176366841605
    expect(
      viewValue(input({ expenditure_total: kf('123456789.123456', '万元'), staff_actual: kf('7', '人') }), 'expenditure_total', 'staff_actual').value,
    ).toBe('176366841605');
  });

  it('keep small amounts such as 三公 per person to the yuan', () => {
    // 10,263 元 ÷ 8 = 1,282.875 → 1,283 (at 2 decimals of 万元/人 it read 0.13)
    const v = viewValue(input({ three_public_actual: kf('1.0263', '万元'), staff_actual: kf('8', '人') }), 'three_public', 'staff_actual');
    expect(v.value).toBe('1283');
  });

  it('are missing when the staff count is not stated', () => {
    const v = viewValue(input({ expenditure_total: kf('10', '万元') }), 'expenditure_total', 'staff_authorised');
    expect(v).toMatchObject({ status: 'missing', value: null, reason: '文件未载明编制数' });
  });

  it('are withheld when the staff count is withheld', () => {
    const v = viewValue(input({ expenditure_total: kf('10', '万元'), staff_actual: kf(null, '人', 'withheld') }), 'expenditure_total', 'staff_actual');
    expect(v.status).toBe('withheld');
    expect(v.reason).toBe('实有人数涉密不予公开');
  });

  it('carry the gap of the amount (missing or withheld), not a zero', () => {
    expect(viewValue(input({ staff_actual: kf('9', '人') }), 'personnel', 'staff_actual')).toMatchObject({ status: 'missing', reason: '文件未载明人员经费' });
    expect(viewValue(input({ personnel: kf(null, '万元', 'withheld'), staff_actual: kf('9', '人') }), 'personnel', 'staff_actual').status).toBe('withheld');
  });

  it('refuse to divide by zero staff', () => {
    const v = viewValue(input({ expenditure_total: kf('10', '万元'), staff_actual: kf('0', '人') }), 'expenditure_total', 'staff_actual');
    expect(v).toMatchObject({ status: 'uncomputable', value: null });
    expect(v.reason).toContain('为 0');
  });

  it('refuse a staff count that is not a whole number', () => {
    expect(countOf(input({ staff_actual: kf('8.5', '人') }), 'staff_actual').status).toBe('missing');
  });

  it('do not apply to shares, rates and scores', () => {
    const i = input({ evaluation_total_score: kf('94', '分'), staff_actual: kf('10', '人') });
    expect(viewValue(i, 'evaluation_score', 'staff_actual')).toEqual(measureValue(i, 'evaluation_score'));
    expect(viewTitle('evaluation_score', 'staff_actual').unit).toBe('分');
  });

  it('name the basis, unit and formula', () => {
    expect(viewTitle('expenditure_total', 'staff_actual')).toEqual({
      label: '人均支出合计（按实有人数）',
      unit: '元/人',
      formula: '支出合计（换算为元） ÷ 实有人数，四舍五入取整到元',
    });
    expect(viewTitle('expenditure_total', 'none')).toEqual({ label: '支出合计', unit: '万元', formula: null });
  });
});

describe('shares and rates', () => {
  it('compute the personnel share to one decimal, half-up', () => {
    const i = input({ personnel: kf('35.55', '万元'), expenditure_total: kf('89.93', '万元') });
    expect(measureValue(i, 'personnel_share')).toMatchObject({ status: 'ok', value: '39.5', decimals: 1, computed: true });
    // 1/16 = 6.25% → 6.3
    expect(measureValue(input({ personnel: kf('1', '万元'), expenditure_total: kf('16', '万元') }), 'personnel_share').value).toBe('6.3');
  });

  it('compute the project share, including a stated zero', () => {
    expect(measureValue(input({ project_expenditure: kf('0', '万元'), expenditure_total: kf('89.93', '万元') }), 'project_share').value).toBe('0.0');
  });

  it('use the computed total and say so', () => {
    const derived = computedTotal('157.83', ['x', 'y'], '');
    const v = measureValue(input({ project_expenditure: kf('88.45', '万元') }, [derived]), 'project_share');
    expect(v.value).toBe('56.0');
    expect(v.reason).toContain('计算值');
  });

  it('are uncomputable, not "not stated", when the stated denominator is zero, with one wording everywhere', () => {
    const budget = kf('0.00', '万元');
    const v = measureValue(input({ three_public_actual: kf('0.00', '万元'), three_public_budget: budget }), 'three_public_execution');
    expect(v).toMatchObject({ status: 'uncomputable', value: null });
    expect(v.reason).toBe('“三公”经费预算为 0，无法计算');
    expect(gapWords(v)).toBe('“三公”经费预算为 0，无法计算');
    expect(gapDisplay(v)).toBe('“三公”经费预算为 0，无法计算');
    expect(tableCell(v, '%').text).toBe('“三公”经费预算为 0，无法计算');
    expect(noteText(v)).toBe('“三公”经费预算为 0，无法计算');
    // The link goes to the quote of the stated 0.
    expect(v.quote).toBe(budget.anchor);
  });

  it('are missing or withheld when an operand is', () => {
    expect(measureValue(input({ expenditure_total: kf('10', '万元') }), 'execution_rate')).toMatchObject({ status: 'missing', reason: '文件未载明全年预算' });
    expect(measureValue(input({ personnel: kf('5', '万元') }), 'personnel_share')).toMatchObject({ status: 'missing', reason: '文件未载明支出合计' });
    expect(measureValue(input({ personnel: kf(null, '万元', 'withheld'), expenditure_total: kf('10', '万元') }), 'personnel_share').status).toBe('withheld');
  });

  it('compute the execution rates', () => {
    expect(measureValue(input({ expenditure_total: kf('162.935556', '万元'), budget_adjusted: kf('162.935556', '万元') }), 'execution_rate').value).toBe(
      '100.0',
    );
    expect(measureValue(input({ three_public_actual: kf('1.0263', '万元'), three_public_budget: kf('2.55', '万元') }), 'three_public_execution').value).toBe(
      '40.2',
    );
  });

  it('every derived measure states its formula; stated figures do not claim one', () => {
    for (const id of MEASURE_IDS) {
      const d = MEASURES[id];
      if (d.kind === 'percent') expect(d.formula).toMatch(/÷.*× 100%/);
      // The transparency score is the portal's own judgement: it says how it is made.
      else if (id === 'transparency_score') expect(d.formula).toMatch(/透明度评分/);
      else expect(d.formula).toBeNull();
    }
  });
});

describe('transparency score', () => {
  it('is the portal’s computed score, or missing when no criterion applies (never 0)', () => {
    expect(measureValue({ ...input({}), transparency: '91.2' }, 'transparency_score')).toMatchObject({ status: 'ok', value: '91.2', computed: true });
    expect(measureValue({ ...input({}), transparency: null }, 'transparency_score')).toMatchObject({ status: 'missing', value: null });
    expect(measureValue(input({}), 'transparency_score').status).toBe('missing');
  });
});

describe('self-evaluation score', () => {
  it('is the stated score, missing or withheld', () => {
    expect(measureValue(input({ evaluation_total_score: kf('94', '分') }), 'evaluation_score')).toMatchObject({ status: 'ok', value: '94', computed: false });
    expect(measureValue(input({}), 'evaluation_score')).toMatchObject({ status: 'missing', reason: '文件未载明自评总分' });
    expect(measureValue(input({ evaluation_total_score: kf(null, '分', 'withheld') }), 'evaluation_score').status).toBe('withheld');
  });
});

describe('exact comparisons', () => {
  it('a ratio keeps its exact value beside the rounded display', () => {
    const v = measureValue(input({ personnel: kf('1', '万元'), expenditure_total: kf('3', '万元') }), 'personnel_share');
    expect(v.exact).toEqual(rat(100n, 3n));
  });
});

describe('the curated disclosures', () => {
  const result = runNormalize(process.cwd());
  const records = result.collections!.disclosures.map((s) => compareRecord(s, `/disclosures/${s.id}/`));
  const DERIVED_TO_VIEW: Record<string, [(typeof MEASURE_IDS)[number], 'none' | 'staff_actual' | 'staff_authorised']> = {
    per_staff_actual: ['expenditure_total', 'staff_actual'],
    per_post: ['expenditure_total', 'staff_authorised'],
    personnel_share: ['personnel_share', 'none'],
    project_share: ['project_share', 'none'],
    execution_rate: ['execution_rate', 'none'],
    three_public_execution: ['three_public_execution', 'none'],
  };

  it('are all there, one record per curated folder', () => {
    const folders = readdirSync('content/disclosures', { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(records.map((r) => r.id).sort()).toEqual(folders.sort());
  });

  it('agree with the figures the normalizer derived', () => {
    let compared = 0;
    for (const r of records) {
      for (const d of r.input.derived) {
        const view = DERIVED_TO_VIEW[d.id];
        if (!view) continue;
        const v = viewValue(r.input, view[0], view[1]).value!;
        if (d.unit === '万元/人') {
          // Compare shows whole 元/人; the normalizer's figure is 万元/人 to its decimals: the same quantity within their roundings.
          const wan = Number(d.value);
          const half = 0.5 * 10 ** -(d.value!.split('.')[1]?.length ?? 0);
          expect(Math.abs(Number(v) - wan * 10000), `${r.id} ${d.id}: ${v} 元/人 vs ${d.value} 万元/人`).toBeLessThanOrEqual(half * 10000 + 0.5);
        } else expect(v, `${r.id} ${d.id}`).toBe(d.value);
        compared++;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(10);
  });

  it('give every measure a value or a reason for every disclosure', () => {
    for (const r of records) {
      for (const id of MEASURE_IDS) {
        for (const per of ['none', 'staff_actual', 'staff_authorised'] as const) {
          const v = viewValue(r.input, id, per);
          if (v.status === 'ok') expect(v.value).toMatch(/^-?\d+(\.\d+)?$/);
          else expect(v.reason, `${r.id} ${id} ${per}`).toBeTruthy();
        }
      }
    }
  });

  it('compute 江华 per-staff spending from the computed total', () => {
    const r = records.find((x) => x.id === '431129-cac-2024-performance-self-evaluation')!;
    const v = viewValue(r.input, 'expenditure_total', 'staff_actual');
    expect(v.value).toBe('263050'); // (69.38 + 88.45) 万元 / 6 = 263,050 元 exactly
    expect(v.reason).toContain('计算值');
  });
});
