import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { csvField, csvText } from '../../../src/core/csv';
import { csvOf } from '../../../src/draft/writer';
import { tableCsv } from '../../../src/compare/csv';

const awkward = ['plain', '含,逗号', 'a "quote"', 'two\nlines', 'cr\r\nlf', 'tab\there', ' lead', 'trail ', '', '=SUM(A1)', '\uFEFFbom'];

describe('the one CSV writer', () => {
  it('quotes exactly the fields RFC 4180 readers would misread, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('')).toBe('');
    expect(csvField('含,逗号')).toBe('"含,逗号"');
    expect(csvField('a "quote"')).toBe('"a ""quote"""');
    expect(csvField(' lead')).toBe('" lead"');
    expect(csvField('trail ')).toBe('"trail "');
    expect(csvField('tab\there')).toBe('"tab\there"');
    expect(csvField('=SUM(A1)')).toBe('=SUM(A1)'); // neutralising is the caller's choice
  });

  it('ends every record with the newline given and reads back through papaparse unchanged', () => {
    for (const nl of ['\r\n', '\n']) {
      const records = [['h1', 'h2'], ...awkward.map((a) => [a, `${a}!`])];
      const text = csvText(records, nl);
      expect(text.endsWith(nl)).toBe(true);
      expect(text.split(nl).length - 1).toBeGreaterThanOrEqual(records.length);
      const back = Papa.parse<string[]>(text, { header: false, delimiter: ',', newline: nl as '\n' | '\r\n', skipEmptyLines: true }).data;
      expect(back).toEqual(records);
    }
    expect(csvText([])).toBe('');
  });

  it('is the writer of the draft files and of the chart data', () => {
    expect(csvOf(['a', 'b'], [{ a: 'x,y', b: ' z' }, { a: 'q' }])).toBe(
      csvText(
        [
          ['a', 'b'],
          ['x,y', ' z'],
          ['q', ''],
        ],
        '\n',
      ),
    );
    const table = { csvColumns: ['名称', '值'], rows: [{ cells: { 名称: '=甲', 值: '1,5' } }] } as unknown as Parameters<typeof tableCsv>[0];
    expect(tableCsv(table, '来源 ', ['年度不同', '=口径'])).toBe(
      '\uFEFF' +
        csvText(
          [
            ['名称', '值', 'caveats', 'citation'],
            ["'=甲", '1,5', '年度不同 =口径', '来源 '],
          ],
          '\r\n',
        ),
    );
  });
});
