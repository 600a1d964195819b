/**
 * The header's dates: the document's own dates under their own names, a
 * month-and-day date with the year the document implies (and saying so), a
 * 截至 date never; for the seeds by id, and for every disclosure of the corpus.
 */
import { describe, expect, it } from 'vitest';
import { config } from '../../../../src/config';
import { readCorpusFiles } from '../../../../src/build/corpus-files';
import { runChecks } from '../../../../src/checks';
import { normalizeCorpus } from '../../../../src/normalize/corpus';
import { DATE_LABELS, headerDates } from '../../../../src/views/disclosure/dates';
import type { DisclosureSummary } from '../../../../src/schema/normalized';

const date = (type: DisclosureSummary['dates'][number]['type'], value: string, anchor = 'q-1-2') => ({ type, value, quote: value, anchor });
const doc = (dates: DisclosureSummary['dates'], year = 2024, kind: DisclosureSummary['kind'] = 'performance-self-evaluation') => ({ year, kind, dates });

describe('headerDates', () => {
  it('names each date for what it is and shows a repeated one once, linked to its first statement', () => {
    const out = headerDates(doc([date('report_date', '2024-06-17', 'q-5-9'), date('report_date', '2024-06-17', 'q-50-59'), date('founded', '2019-03')]));
    expect(out).toEqual([
      { type: 'report_date', label: '填报日期', text: '2024年6月17日', anchor: 'q-5-9', implied: null },
      { type: 'founded', label: '成立时间', text: '2019年3月', anchor: 'q-1-2', implied: null },
    ]);
  });

  it('leaves a 截至 date with its figure, out of the header', () => {
    expect(headerDates(doc([date('as_of', '2024-12-31')], 2024, 'final-accounts'))).toEqual([]);
  });

  it('gives a month-and-day date the year after the fiscal year, and says it is implied', () => {
    const [d] = headerDates(doc([date('planned_publication', '--05-16')]));
    expect(d).toMatchObject({ label: '拟公开时间', text: '2025年5月16日' });
    expect(d.implied).toBe('原文未写年份，按2024年度文件推定');
    expect(d.implied).toContain('2024年度');
  });

  it('leaves out a founding date without a year: nothing implies it', () => {
    expect(headerDates(doc([date('founded', '--06-01')]))).toEqual([]);
  });
});

describe('the corpus', () => {
  const summaries = normalizeCorpus(readCorpusFiles(config.contentDir), runChecks).collections!.disclosures;
  const byId = new Map(summaries.map((s) => [s.id, s]));

  it('攸县: 成立时间 only; the vehicle count’s 截至2024年12月31日 stays with the figure', () => {
    const out = headerDates(byId.get('430223-cac-2024-final-accounts')!);
    expect(out.map((d) => `${d.label}：${d.text}`)).toEqual(['成立时间：2024年6月']);
  });

  it('江华: 拟公开时间 carries the implied year 2025 and says it is implied', () => {
    const out = headerDates(byId.get('431129-cac-2024-performance-self-evaluation')!);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ label: '拟公开时间', text: '2025年5月16日' });
    expect(out[0].implied).toMatch(/推定/);
  });

  it('衡山: one 填报日期 though the document states it four times', () => {
    expect(headerDates(byId.get('430423-cac-2023-performance-self-evaluation')!).map((d) => `${d.label}：${d.text}`)).toEqual(['填报日期：2024年6月17日']);
  });

  it('every header date has a year and a name, a date printed without a year says so, no 截至 date is shown', () => {
    const names = new Set(Object.values(DATE_LABELS));
    for (const s of summaries) {
      const out = headerDates(s);
      for (const d of out) {
        expect(d.text, s.id).toMatch(/^\d{4}年/);
        expect(names.has(d.label)).toBe(true);
        const source = s.dates.find((x) => x.anchor === d.anchor && x.type === d.type)!;
        expect(d.implied !== null, s.id).toBe(source.value.startsWith('--'));
      }
      expect(out.some((d) => s.dates.some((x) => x.type === 'as_of' && x.anchor === d.anchor && x.type === d.type))).toBe(false);
    }
  });
});
