import { describe, expect, it } from 'vitest';
import {
  anchorWord,
  bareText,
  emptyFilters,
  fallbackPlan,
  figureTerm,
  isFigureQuery,
  mergeSingles,
  normalizeQuery,
  pagefindFilters,
  parseState,
  planQuery,
  segmentWords,
  stateToSearch,
} from '../../../src/search/query';

describe('search state in the URL', () => {
  it('reads q and repeated filter parameters, ignoring unknown ones and duplicates', () => {
    const s = parseState('?q=%E7%BD%91%E4%BF%A1%E5%8A%9E&county=%E6%94%B8%E5%8E%BF&county=%E6%94%B8%E5%8E%BF&year=2024&foo=1');
    expect(s.q).toBe('网信办');
    expect(s.filters.county).toEqual(['攸县']);
    expect(s.filters.year).toEqual(['2024']);
    expect(s.filters.province).toEqual([]);
  });

  it('writes a shareable query string that reads back the same', () => {
    const filters = { ...emptyFilters(), county: ['江华瑶族自治县', '攸县'], kind: ['部门决算'] };
    const search = stateToSearch({ q: ' 三公经费 ', filters, place: '' });
    expect(search).toBe(
      '?q=%E4%B8%89%E5%85%AC%E7%BB%8F%E8%B4%B9&county=%E6%B1%9F%E5%8D%8E%E7%91%B6%E6%97%8F%E8%87%AA%E6%B2%BB%E5%8E%BF&county=%E6%94%B8%E5%8E%BF&kind=%E9%83%A8%E9%97%A8%E5%86%B3%E7%AE%97',
    );
    expect(parseState(search)).toEqual({ q: '三公经费', filters, place: '' });
    expect(stateToSearch({ q: '', filters: emptyFilters(), place: '' })).toBe('');
  });

  it('keeps a six-digit place code (?place=) and drops anything else given as one', () => {
    expect(parseState('?q=%E9%A1%B9%E7%9B%AE&place=431129').place).toBe('431129');
    expect(stateToSearch({ q: '项目', filters: emptyFilters(), place: '430000' })).toBe('?q=%E9%A1%B9%E7%9B%AE&place=430000');
    for (const bad of ['43', '4311290', '江华', '']) expect(parseState(`?place=${encodeURIComponent(bad)}`).place).toBe('');
  });

  it('makes Pagefind filters: any of a filter’s values, all filters; one filter can be left out', () => {
    const filters = { ...emptyFilters(), county: ['攸县', '衡山县'], year: ['2024'] };
    expect(pagefindFilters(filters)).toEqual({ county: { any: ['攸县', '衡山县'] }, year: { any: ['2024'] } });
    expect(pagefindFilters(filters, 'county')).toEqual({ year: { any: ['2024'] } });
  });
});

describe('query plans', () => {
  it('normalizes full-width forms and quotes', () => {
    expect(normalizeQuery(' “三公经费”  ８９．９３ ')).toBe('三公经费 89.93');
  });

  it('treats a lone number as a figure, matched as exactly that number', () => {
    for (const q of ['89.93', '162.935556', '62', '5.86%', '1,629,355.56', '18890256850']) expect(isFigureQuery(q)).toBe(true);
    for (const q of ['89.93万元', '2024年', 'GB/T', '三公经费']) expect(isFigureQuery(q)).toBe(false);
    expect(figureTerm('1,629,355.56')).toBe('1629355.56');
    expect(figureTerm('5.86%')).toBe('5.86');
    expect(planQuery('８９．９３')).toEqual({ kind: 'figure', terms: ['89.93'], phrases: ['"89.93"'] });
  });

  it('searches a term as an exact phrase (Pagefind segments it), several terms each as a phrase', () => {
    expect(planQuery('三公经费')).toEqual({ kind: 'phrase', terms: ['三公经费'], phrases: ['"三公经费"'] });
    expect(planQuery('江华 89.93')).toEqual({ kind: 'terms', terms: ['江华', '89.93'], phrases: ['"江华"', '"89.93"'] });
    expect(planQuery('因公出国（境）费')).toEqual({
      kind: 'phrase',
      terms: ['因公出国(境)费'],
      phrases: ['"因公出国"', '"境"', '"费"'],
    });
    expect(planQuery('  ， ').kind).toBe('browse');
    expect(planQuery('').kind).toBe('browse');
  });

  it('falls back from an unwritten phrase to its words, joining one-character words', () => {
    const plan = planQuery('江华三公经费');
    const fb = fallbackPlan(plan, () => ['江', '华', '三公', '经费']);
    expect(fb).toEqual({ kind: 'words', terms: ['江华', '三公', '经费'], phrases: ['"江华"', '"三公"', '"经费"'] });
    expect(fallbackPlan(planQuery('网信办'), () => ['网信办'])).toBeNull();
    expect(fallbackPlan(planQuery('89.93'))).toBeNull();
    expect(mergeSingles(['宁', '乡', '市委', '网', '信', '办'])).toEqual(['宁乡', '市委', '网信办']);
    expect(mergeSingles(['因公', '出国', '', '境', '', '费'])).toEqual(['因公', '出国', '境', '费']);
    expect(segmentWords('三公经费（合计）')).toContain('');
  });

  it('picks the longest word of a Chinese phrase for the supplementary search, and compares texts without separators', () => {
    expect(anchorWord('"政务新媒体"', () => ['政', '务', '新', '媒体'])).toBe('媒体');
    expect(anchorWord('"网信办"', () => ['网', '信', '办'])).toBe('办');
    expect(anchorWord('"89.93"')).toBeNull();
    expect(bareText('政\u200B务 新\u200B媒体，８９．９３')).toBe('政务新媒体89.93');
  });
});
