/** Which numbers of a source the coverage rule counts: tables with tabs, tables without them, amounts in sentences. */
import { describe, expect, it } from 'vitest';
import { countedNumbers } from '../../../src/normalize/coverage';

const counted = (text: string) => countedNumbers(text).map((t) => t.text);

describe('countedNumbers', () => {
  it('counts amounts and percentages in sentences, and every number of a tab-separated row', () => {
    expect(counted('支出合计89.93万元，占比39.53%，共9人。')).toEqual(['89.93', '39.53']);
    expect(counted('30101\t基本工资\t15.21')).toEqual(['30101', '15.21']);
  });

  it('counts the cells of a table flattened one cell per line', () => {
    expect(counted('网络安全检查单位数\n≥30家\n32家\n20\n18\n98%')).toEqual(['30', '32', '20', '18', '98']);
  });

  it('counts the cells of a table aligned with spaces, not numbers inside text cells', () => {
    expect(counted('2010801     行政运行              268.40     268.40      0.00')).toEqual(['2010801', '268.40', '268.40', '0.00']);
    expect(counted('公开05表  一般公共预算财政拨款支出决算表')).toEqual([]);
    expect(counted('合计\u3000310.52\u300042.12')).toEqual(['310.52', '42.12']);
  });

  it('leaves a year or a date alone on its line, and numbers inside a sentence, uncounted', () => {
    expect(counted('2024年度\n5月\n本部门共有编制人数 9 人。')).toEqual([]);
  });

  it('gives each counted number its line', () => {
    expect(countedNumbers('标题\n20\n说明').map((t) => t.line)).toEqual([2]);
  });
});
