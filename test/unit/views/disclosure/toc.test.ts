import { describe, expect, it } from 'vitest';
import { disclosureToc, SECTION_IDS, type TocInput } from '../../../../src/views/disclosure/toc';

const base: TocInput = { hasNote: false, indicatorTables: 0, projects: 0, withheldProjects: 0, narrative: 0, facts: 10, checksFailed: 0, checksRan: 0 };

describe('disclosure table of contents', () => {
  it('lists the always-present sections in page order, summary first, with distinct ids', () => {
    const toc = disclosureToc(base);
    expect(toc.map((t) => t.key)).toEqual(['summary', 'keyFigures', 'checks', 'scorecard', 'charts', 'facts', 'source', 'downloads']);
    expect(new Set(Object.values(SECTION_IDS)).size).toBe(Object.keys(SECTION_IDS).length);
    expect(toc.find((t) => t.key === 'checks')?.note).toBe('未做核验');
  });

  it('adds the optional sections only when the disclosure has them', () => {
    const toc = disclosureToc({ ...base, hasNote: true, indicatorTables: 2, withheldProjects: 1, narrative: 3, checksRan: 9, checksFailed: 2 });
    expect(toc.map((t) => t.key)).toEqual([
      'summary',
      'keyFigures',
      'note',
      'checks',
      'scorecard',
      'charts',
      'facts',
      'indicators',
      'projects',
      'narrative',
      'source',
      'downloads',
    ]);
    expect(toc.find((t) => t.key === 'checks')?.note).toBe('2 项不一致');
    expect(toc.find((t) => t.key === 'projects')?.note).toBe('涉密未公开');
  });
});
