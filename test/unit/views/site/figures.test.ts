import { describe, expect, it } from 'vitest';
import { figureParts, figureView, figureWords, viewDerived, viewKeyFigure } from '../../../../src/views/site/figures';
import type { DerivedFigure, KeyFigure } from '../../../../src/schema/normalized';

const key = (over: Partial<KeyFigure>): KeyFigure =>
  ({ fact_id: 'f', published: '89.93', value: '89.93', unit: '万元', fen: 89_930_000, status: 'reported', anchor: 'q-1', ...over }) as KeyFigure;

describe('the one figure-or-gap view', () => {
  it('shows a gap by its reason, never as zero', () => {
    expect(viewKeyFigure(null)).toMatchObject({ text: '文件未载明', isNumber: false, status: 'missing' });
    expect(viewKeyFigure(key({ published: '', value: null, fen: null, status: 'withheld' }))).toMatchObject({
      text: '涉密不予公开',
      isNumber: false,
      status: 'withheld',
    });
    expect(viewKeyFigure(key({ published: '', value: null, fen: null, status: 'empty' }))).toMatchObject({
      text: '本表无数据',
      isNumber: false,
      status: 'empty',
    });
    expect(figureWords(viewKeyFigure(null))).toBe('文件未载明');
  });

  it('quotes exactly by default and reads two decimals with the exact value beside it when asked', () => {
    const k = key({ published: '162.935556', value: '162.935556', fen: 162_935_556 });
    expect(viewKeyFigure(k)).toMatchObject({ text: '162.935556', approx: false, exact: null, machine: '1629355.56', yuanText: '1,629,355.56 元' });
    const r = viewKeyFigure(k, { readable: true });
    expect(r).toMatchObject({ text: '162.94', approx: true, exact: '162.935556 万元', machine: '1629355.56', unit: '万元' });
    expect(figureWords(r)).toBe('约 162.94 万元（文件所载 162.935556 万元）');
    expect(figureParts(r)).toMatchObject({ text: '162.94', approx: true, remark: '文件所载 162.935556 万元' });
    expect(figureWords(viewKeyFigure(key({}), { readable: true }))).toBe('89.93 万元');
  });

  it('keeps a withheld amount that is stated, with its remark', () => {
    expect(viewKeyFigure(key({ status: 'withheld' }))).toMatchObject({ text: '89.93', isNumber: true, remark: '明细涉密不予公开' });
  });

  it('shows text values as published (in <data>, no unit), and the link to the quote when given', () => {
    expect(figureView(key({ published: '优秀', value: '优秀', unit: '文字', fen: null }), 'f', { href: '#q-9' })).toMatchObject({
      text: '优秀',
      isNumber: true,
      unit: '',
      machine: '优秀',
      href: '#q-9',
    });
  });

  it('shows per-person figures in 元/人 from the exact operands, computed and marked', () => {
    const d: DerivedFigure = {
      id: 'per_post',
      label_zh: '人均支出（按编制数）',
      formula_zh: '支出合计 ÷ 编制数',
      value: '9.99',
      unit: '万元/人',
      operands: ['a', 'b'],
    } as DerivedFigure;
    const v = viewDerived(d, { perPerson: { fen: 89_930_000, persons: '9' } });
    expect(v).toMatchObject({
      text: '99,922',
      unit: '元/人',
      approx: true,
      exact: '99,922.22 元/人',
      exactLabel: '保留到分',
      status: 'computed',
      remark: '计算值：支出合计 ÷ 编制数',
    });
    expect(viewDerived(d)).toMatchObject({ text: '9.99', unit: '万元/人', status: 'computed' });
  });
});
