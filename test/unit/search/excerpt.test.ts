import { describe, expect, it } from 'vitest';
import {
  anchorBefore,
  excerpt,
  findTerms,
  lineBefore,
  resultView,
  segmentsText,
  splitWords,
  spotHref,
  termKeys,
  unescapePagefind,
} from '../../../src/search/excerpt';
import { indexText } from '../../../src/search/cjk';

const marked = (segs: { text: string; mark: boolean }[]) => segs.filter((s) => s.mark).map((s) => s.text);

describe('excerpts from Pagefind content', () => {
  it('splits raw content into words and keeps how they were separated', () => {
    const w = splitWords(indexText('支出合计 89.93万元'));
    expect(w.words).toEqual(['支', '出', '合', '计', '89.93', '万', '元']);
    expect(w.words.map((x, i) => w.before[i] + x).join('')).toBe('支出合计 89.93万元');
  });

  it('finds every occurrence of each term, across punctuation inside the run, and a figure only as a whole number', () => {
    const w = splitWords(indexText('三公经费为0；“三公”经费预算189.93万元，决算89.93万元。'));
    const { matched, starts } = findTerms(w, termKeys(['三公经费', '89.93']));
    expect(starts.map((i) => w.words[i])).toEqual(['三', '三', '89.93']);
    expect(w.words.filter((_, i) => matched.has(i)).join('')).toBe('三公经费三公”经费89.93');
  });

  it('marks the matches in an excerpt and cuts with an ellipsis', () => {
    const w = splitWords(indexText('一二三四五六七八九十三公经费甲乙丙丁戊己庚辛壬癸'));
    const { matched, starts } = findTerms(w, termKeys(['三公经费']));
    const segs = excerpt(w, matched, starts[0], 8);
    expect(segmentsText(segs)).toBe('…九十三公经费甲乙…');
    expect(marked(segs)).toEqual(['三公经费']);
  });

  it('takes the element with an id closest before a word, the innermost when several start together', () => {
    const anchors = [
      { id: 'a', location: 0 },
      { id: 'b', location: 10 },
      { id: 'c', location: 10 },
      { id: 'd', location: 30 },
    ];
    expect(anchorBefore(anchors, 15)?.id).toBe('c');
    expect(anchorBefore(anchors, 5)?.id).toBe('a');
    expect(anchorBefore(anchors, 35, new Set(['d']))?.id).toBe('c');
  });

  it('builds places that prefer source-text anchors, ignores matches in the names line, and reports names-only hits', () => {
    // names line: 江华 网信办 | body: 标题 网信办 ... 原文 网信办
    const raw = indexText('江华 网信办 标题网信办 概览 原文开始 网信办工作');
    const w = splitWords(raw);
    const at = (word: string, nth = 0) => w.words.map((x, i) => [x, i] as const).filter(([x]) => x === word)[nth][1];
    const anchors = [
      { id: 'pf-names-end', location: at('标') },
      { id: 'ov-h', location: at('概') },
      { id: 'q-10-20', location: at('原') },
    ];
    const view = resultView(raw, termKeys(['网信办']), anchors, { namesEndId: 'pf-names-end', prefer: (id) => id.startsWith('q-') });
    expect(view.namesOnly).toBe(false);
    expect(view.spots.map((s) => s.anchor)).toEqual(['q-10-20', null]);
    expect(marked(view.excerpt)).toEqual(['网信办', '网信办']);
    expect(segmentsText(view.excerpt).startsWith('标题网信办')).toBe(true);
    const namesOnly = resultView(raw, termKeys(['江华']), anchors, { namesEndId: 'pf-names-end' });
    expect(namesOnly.namesOnly).toBe(true);
    expect(namesOnly.spots).toEqual([]);
    expect(segmentsText(namesOnly.excerpt).startsWith('标题')).toBe(true);
  });
});

describe('places in the source text: the line and the words', () => {
  // body: 概览 公务接待费 | source lines: L1 标题, L2 30113 住房公积金 2.87 (a quote), L3 empty, L4 30217 公务接待费 0.5
  const raw = indexText('江华 概览公务接待费 标题 30113 住房公积金 2.87 30217 公务接待费 0.5');
  const w = splitWords(raw);
  const at = (word: string, nth = 0) => w.words.map((x, i) => [x, i] as const).filter(([x]) => x === word)[nth][1];
  const anchors = [
    { id: 'pf-names-end', location: at('概') },
    { id: 'source', location: at('标') },
    { id: 'L1', location: at('标') },
    { id: 'L2', location: at('30113') },
    { id: 'q-40-60', location: at('30113') },
    { id: 'L3', location: at('30217') },
    { id: 'L4', location: at('30217') },
  ];

  it('finds the line of a word: the last line starting at or before it (an empty line starts where the next does)', () => {
    expect(lineBefore(anchors, at('接', 1))).toBe(4);
    expect(lineBefore(anchors, at('住'))).toBe(2);
    expect(lineBefore(anchors, at('概'))).toBeNull();
    // Lines are not anchors: the closest anchor before the hit six lines below a quote is still that quote.
    expect(anchorBefore(anchors, at('接', 1))?.id).toBe('q-40-60');
  });

  it('gives a source-text place its line and matched words, and links there rather than to the closest quote', () => {
    const view = resultView(raw, termKeys(['公务接待费']), anchors, { namesEndId: 'pf-names-end', prefer: (id) => id.startsWith('q-') });
    expect(view.spots.map((s) => [s.line, s.words])).toEqual([
      [4, '公务接待费'],
      [null, '公务接待费'],
    ]);
    expect(spotHref('/disclosures/x/', view.spots[0])).toBe(`/disclosures/x/?hl=${encodeURIComponent('公务接待费')}#L4`);
    // The overview's hit has no anchor before it (the names marker does not count): the page itself.
    expect(spotHref('/disclosures/x/', view.spots[1])).toBe('/disclosures/x/');
    expect(spotHref('/disclosures/x/', { anchor: 'ov-h', line: null, words: '公务接待费' })).toBe('/disclosures/x/#ov-h');
    expect(spotHref('/disclosures/x/', { anchor: null, line: null, words: '' })).toBe('/disclosures/x/');
  });

  it('keeps the separators of a matched run of several words', () => {
    const view = resultView(raw, termKeys(['住房公积金 2.87']), anchors, { namesEndId: 'pf-names-end' });
    expect(view.spots[0].line).toBe(2);
    expect(view.spots[0].words).toBe('住房公积金 2.87');
  });
});

describe('unescapePagefind', () => {
  it("undoes Pagefind's &lt;/&gt; in raw_content, so the page's text nodes escape once", () => {
    expect(unescapePagefind('&lt;p&gt;1. 通过开展&lt;/p&gt;')).toBe('<p>1. 通过开展</p>');
    expect(splitWords(unescapePagefind('a &lt;b&gt;')).words).toEqual(['a', '<b>']);
  });
});
