import { describe, expect, it } from 'vitest';
import { draftMeta } from '../../../src/draft/metadata';
import { draftNarrative } from '../../../src/draft/narrative';
import { linesOf } from '../../../src/draft/text';
import { registries } from '../../support/draft';

const DOC = [
  '',
  '2025年度',
  '中共示例县委网络安全和信息化委员会办公室',
  '部门决算',
  '',
  '一、部门职责',
  '',
  '负责全县网络安全工作。',
  '',
  '二、存在的问题',
  '',
  '预算编制不够细化。',
  '',
  '示例县委网信办于2019年3月成立。',
  '填报日期：2026.3.5',
].join('\n');

describe('metadata and narrative', () => {
  it('finds county, department type, year, kind, title and dates', () => {
    const m = draftMeta(DOC, linesOf(DOC), registries());
    expect([m.county?.code, m.departmentType, m.year, m.kind, m.departmentName]).toEqual([
      '439901',
      'cac',
      2025,
      'final-accounts',
      '中共示例县委网络安全和信息化委员会办公室',
    ]);
    expect(m.titleQuote).toBe('2025年度\n中共示例县委网络安全和信息化委员会办公室\n部门决算');
    expect(m.dates.map((d) => [d.type, d.value])).toEqual([
      ['report_date', '2026-03-05'],
      ['founded', '2019-03'],
    ]);
    expect(m.missing).toEqual([]);
  });

  it('says what it cannot find instead of guessing', () => {
    const m = draftMeta('某单位工作总结', linesOf('某单位工作总结'), registries());
    expect(m.county).toBeNull();
    expect(m.missing.join(' ')).toMatch(/county/);
  });

  it('drafts narrative sections by their standard headings, verbatim', () => {
    expect(draftNarrative(DOC, linesOf(DOC)).map((n) => [n.kind, n.quote])).toEqual([
      ['duties', '一、部门职责\n\n负责全县网络安全工作。'],
      ['problems', '二、存在的问题\n\n预算编制不够细化。\n\n示例县委网信办于2019年3月成立。\n填报日期：2026.3.5'],
    ]);
  });
});
