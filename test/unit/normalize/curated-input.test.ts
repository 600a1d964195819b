/**
 * Untrusted curated folders (issue 20), in memory: each crafted input gives
 * the expected problem (file, place, expected, found) or the expected
 * redaction, and never a thrown error.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { normalizeCorpus, type CorpusFiles } from '../../../src/normalize/corpus';
import type { Problem } from '../../../src/core/problems';
import { REDACTED_MOBILE } from '../../../src/normalize/redact';
import { VERBATIM_FIELDS } from '../../../src/normalize/validate-rows';
import { FACT_COLUMNS, INDICATOR_COLUMNS, PROJECT_COLUMNS } from '../../../src/schema/curated';
import { FIXTURE_DIR, FIXTURE_FACTS, FIXTURE_META, FIXTURE_SOURCE, factsCsv, fixtureCorpus, getText, setText } from '../../support/fixture-corpus';
import { PHONE_FORMS } from './redaction.test';

const noChecks = () => [];
const FACTS = `${FIXTURE_DIR}/facts.csv`;
const META = `${FIXTURE_DIR}/disclosure.json`;
const SOURCE = `${FIXTURE_DIR}/source.txt`;
const NOTE = `${FIXTURE_DIR}/note.md`;
const enc = (s: string) => new TextEncoder().encode(s);

function run(mutate: (files: CorpusFiles) => void) {
  const files = fixtureCorpus();
  mutate(files);
  return normalizeCorpus(files, noChecks);
}

function problemsOf(mutate: (files: CorpusFiles) => void): Problem[] {
  const r = run(mutate);
  expect(r.collections).toBeNull();
  expect(r.problems.length).toBeGreaterThan(0);
  return r.problems;
}

const withFacts = (rows: Record<string, string>[]) => (f: CorpusFiles) => setText(f, FACTS, factsCsv(rows));
const withFact = (i: number, patch: Record<string, string>) =>
  withFacts(FIXTURE_FACTS.map((r, k) => (k === i ? { ...r, ...patch } : r)) as Record<string, string>[]);
const withMeta = (patch: Record<string, unknown>) => (f: CorpusFiles) => setText(f, META, JSON.stringify({ ...FIXTURE_META, ...patch }));
const has = (ps: Problem[], p: { file?: string; where?: string | RegExp; found?: string | RegExp; expected?: string | RegExp }) =>
  ps.some(
    (x) =>
      (!p.file || x.file === p.file) &&
      (!p.where || (typeof p.where === 'string' ? x.where === p.where : p.where.test(x.where ?? ''))) &&
      (!p.expected || (typeof p.expected === 'string' ? x.expected.includes(p.expected) : p.expected.test(x.expected))) &&
      (!p.found || (typeof p.found === 'string' ? x.found.includes(p.found) : p.found.test(x.found))),
  );
const PHONE = '138-1234-5678';
const phoneProblem = { expected: 'no personal mobile number in a curated field' };

describe('personal mobile numbers in curated fields other than the verbatim source', () => {
  // Every column of facts.csv a curator writes in their own words (quote and after are verbatim source).
  const factColumns = FACT_COLUMNS.filter((c) => !VERBATIM_FIELDS.has(c));
  it.each(factColumns)('facts.csv column %s', (col) => {
    const ps = problemsOf(withFact(0, { [col]: `说明 ${PHONE}` }));
    expect(has(ps, { file: FACTS, where: new RegExp(`^row 2(, \\S+ .*)?, column ${col}$`), ...phoneProblem }), JSON.stringify(ps)).toBe(true);
  });

  it.each(PHONE_FORMS.map(([f]) => f))('every written form in a fact note: %s', (form) => {
    expect(has(problemsOf(withFact(0, { note: `联系 ${form}` })), { file: FACTS, where: /^row 2(, \S+ .*)?, column note$/, ...phoneProblem })).toBe(true);
  });

  const metaFields = ['department_name', 'department_short_name', 'title', 'issuer', 'source_file', 'source_note'];
  it.each(metaFields)('disclosure.json %s', (field) => {
    expect(has(problemsOf(withMeta({ [field]: `办公室 ${PHONE}` })), { file: META, where: `$.${field}`, ...phoneProblem })).toBe(true);
  });

  it('a date value of disclosure.json', () => {
    expect(
      has(problemsOf(withMeta({ dates: [{ type: 'published', value: '13812345678', quote: '2024年度部门决算' }] })), {
        file: META,
        where: '$.dates[0].value',
        ...phoneProblem,
      }),
    ).toBe(true);
  });

  it('projects.csv name, purpose and note', () => {
    for (const col of PROJECT_COLUMNS.filter((c) => !VERBATIM_FIELDS.has(c) && c !== 'project_id')) {
      const row = { project_id: 'p1', name: '网信项目', purpose: '宣传', quote: '本部门共有编制人数 9 人', after: '', note: '', [col]: `项目 ${PHONE}` };
      const ps = problemsOf((f) => setText(f, `${FIXTURE_DIR}/projects.csv`, Papa.unparse([row], { columns: [...PROJECT_COLUMNS] })));
      expect(has(ps, { file: `${FIXTURE_DIR}/projects.csv`, where: new RegExp(`^row 2(, \\S+ .*)?, column ${col}$`), ...phoneProblem }), col).toBe(true);
    }
  });

  it('indicators.csv text columns', () => {
    for (const col of INDICATOR_COLUMNS.filter((c) => !VERBATIM_FIELDS.has(c) && !['indicator_id', 'scope', 'project_id', 'row_kind'].includes(c))) {
      const row = {
        indicator_id: 'i1',
        scope: 'department',
        project_id: '',
        row_kind: 'indicator',
        level1: '产出',
        level2: '数量',
        level3: '次数',
        target: '9',
        actual: '9',
        weight: '',
        score: '',
        deviation_note: '',
        quote: '本部门共有编制人数 9 人',
        after: '',
        note: '',
        [col]: `指标 ${PHONE}`,
      };
      const ps = problemsOf((f) => setText(f, `${FIXTURE_DIR}/indicators.csv`, Papa.unparse([row], { columns: [...INDICATOR_COLUMNS] })));
      expect(has(ps, { file: `${FIXTURE_DIR}/indicators.csv`, where: new RegExp(`^row 2(, \\S+ .*)?, column ${col}$`), ...phoneProblem }), col).toBe(true);
    }
  });

  it('a narrative title', () => {
    const ps = problemsOf((f) =>
      setText(f, `${FIXTURE_DIR}/narrative.json`, JSON.stringify([{ kind: 'other', title: `联系 ${PHONE}`, quote: '本部门共有编制人数 9 人' }])),
    );
    expect(has(ps, { file: `${FIXTURE_DIR}/narrative.json`, where: '$[0].title', ...phoneProblem })).toBe(true);
  });

  it('a county note and a department-type variant of the registries', () => {
    const ps = problemsOf((f) => {
      setText(
        f,
        'content/registries/counties.csv',
        getText(f, 'content/registries/counties.csv').replace(
          '430223,攸县,攸县,株洲市,430200,湖南省,430000,,,,,',
          `430223,攸县,攸县,株洲市,430200,湖南省,430000,,,,,联系 ${PHONE}`,
        ),
      );
      setText(
        f,
        'content/registries/department-types.json',
        JSON.stringify([{ id: 'cac', name: '网信办', full_name: '网络安全和信息化委员会办公室', en: 'CAC', variants: ['网信办', PHONE] }]),
      );
    });
    expect(has(ps, { file: 'content/registries/counties.csv', where: /^row 2(, \S+ .*)?, column note$/, ...phoneProblem })).toBe(true);
    expect(has(ps, { file: 'content/registries/department-types.json', where: '$[0].variants[1]', ...phoneProblem })).toBe(true);
  });

  it('the messages do not repeat the number whole', () => {
    const ps = problemsOf(withFact(0, { note: '13812345678' }));
    expect(JSON.stringify(ps)).not.toContain('13812345678');
  });
});

describe('personal mobile numbers in the verbatim source are redacted in every published text', () => {
  it.each(PHONE_FORMS.map(([f]) => f))('%s in the source and in a quote', (form) => {
    const line = `填表人：李某   联系电话：${form}`;
    const r = run((f) => {
      setText(f, SOURCE, `${FIXTURE_SOURCE}\n${line}`);
      setText(
        f,
        FACTS,
        factsCsv([
          ...FIXTURE_FACTS,
          {
            fact_id: 'x.staff',
            concept: 'staff_actual',
            phase: 'none',
            scope: 'unspecified',
            value: '9',
            unit: '人',
            section: '部门概况',
            quote: `实有人数 9 人`,
          },
        ]),
      );
      setText(f, `${FIXTURE_DIR}/narrative.json`, JSON.stringify([{ kind: 'other', title: '填表', quote: line }]));
    });
    expect(r.problems).toEqual([]);
    const published = JSON.stringify(r.collections);
    const digits = PHONE_FORMS.find(([x]) => x === form)![1];
    expect(published.replace(/[^0-9０-９]/g, '')).not.toContain(digits.slice(3));
    expect(r.collections!.sources[0].text).toContain(REDACTED_MOBILE);
    expect(r.collections!.details[0].narrative[0].text).toContain(REDACTED_MOBILE);
    expect(r.collections!.sources[0].redactions).toBe(2); // the fixture's own number and this one
  });
});

describe('control, NUL and bidi characters', () => {
  it('a NUL byte in a file is one clear problem', () => {
    const ps = problemsOf((f) => setText(f, SOURCE, `${FIXTURE_SOURCE}\n尾\0部`));
    expect(has(ps, { file: SOURCE, expected: 'text (no NUL bytes)', found: 'a NUL byte' })).toBe(true);
  });

  it('a control character in a curated field', () => {
    expect(
      has(problemsOf(withFact(0, { note: '说明\u0007' })), { file: FACTS, where: /^row 2(, \S+ .*)?, column note$/, found: 'a control character (U+0007)' }),
    ).toBe(true);
  });

  it('a direction override in a curated field', () => {
    expect(
      has(problemsOf(withMeta({ department_short_name: '攸县\u202e办信网' })), {
        file: META,
        where: '$.department_short_name',
        found: 'a direction-override character (U+202E)',
      }),
    ).toBe(true);
  });

  it('a direction override in the source is allowed there and removed from what is published', () => {
    const r = run((f) => setText(f, SOURCE, FIXTURE_SOURCE.replace('填表人', '填\u202e表人')));
    expect(r.problems).toEqual([]);
    expect(r.collections!.sources[0].text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });

  it('a control character in the source', () => {
    expect(
      has(
        problemsOf((f) => setText(f, SOURCE, `${FIXTURE_SOURCE}\u001b[31m`)),
        { file: SOURCE, found: 'a control character (U+001B)' },
      ),
    ).toBe(true);
  });
});

describe('CRLF files and CSV headers', () => {
  it('CRLF source and CSV read as LF: no problem, the same published text', () => {
    const lf = run(() => {});
    const crlf = run((f) => {
      setText(f, SOURCE, FIXTURE_SOURCE.replace(/\n/g, '\r\n'));
      setText(f, FACTS, factsCsv(FIXTURE_FACTS).replace(/\n/g, '\r\n'));
      setText(f, META, JSON.stringify(FIXTURE_META, null, 2).replace(/\n/g, '\r\n'));
    });
    expect(crlf.problems).toEqual([]);
    expect(crlf.collections).toEqual(lf.collections);
  });

  it('a duplicated header column is one clear problem', () => {
    const ps = problemsOf((f) =>
      setText(
        f,
        FACTS,
        factsCsv(FIXTURE_FACTS)
          .replace(/^fact_id,/, 'fact_id,note,')
          .replace(/\n/g, ',\n') + ',',
      ),
    );
    const inFacts = ps.filter((p) => p.file === FACTS);
    expect(inFacts).toEqual([{ file: FACTS, where: 'line 1 (header)', expected: 'each column once in the header', found: 'column note more than once' }]);
  });
});

describe('references, dates, amounts, URLs', () => {
  it('a part_of cycle', () => {
    const rows = FIXTURE_FACTS.map((r) => (r.fact_id === 'text.basic' ? { ...r, part_of: 'text.personnel' } : r)) as Record<string, string>[];
    expect(has(problemsOf(withFacts(rows)), { file: FACTS, found: 'a cycle text.basic → text.personnel → text.basic' })).toBe(true);
  });

  it('an of/base cycle', () => {
    const rows = FIXTURE_FACTS.map((r) =>
      r.fact_id === 'text.personnel' ? { ...r, concept: 'share', unit: '%', value: '35.55', of: 'text.personnel_share', base: 'text.basic', part_of: '' } : r,
    ) as Record<string, string>[];
    expect(has(problemsOf(withFacts(rows)), { file: FACTS, found: /a cycle text\.personnel → text\.personnel_share → text\.personnel/ })).toBe(true);
  });

  it.each(['2024-13-45', '2024-02-30', '2023-02-29', '2024-00', '--13-01', '--02-30'])('a date that does not exist: %s', (value) => {
    expect(
      has(problemsOf(withMeta({ dates: [{ type: 'report_date', value, quote: '2024年度部门决算' }] })), {
        file: META,
        where: '$.dates[0].value',
        expected: 'a date that exists',
      }),
    ).toBe(true);
  });

  it.each(['2024-02-29', '2024-06', '2024', '--02-29'])('a real date: %s', (value) => {
    expect(run(withMeta({ dates: [{ type: 'report_date', value, quote: '2024年度部门决算' }] })).problems).toEqual([]);
  });

  it('an amount too large for exact JSON integers is a data problem, not a RangeError', () => {
    const big = '100000000000';
    const rows = FIXTURE_FACTS.map((r) => (r.fact_id === 'text.six_decimals' ? { ...r, value: big, quote: '衡山县' } : r)) as Record<string, string>[];
    const ps = problemsOf((f) => {
      setText(f, SOURCE, FIXTURE_SOURCE.replace('衡山县', `衡山县${big}`));
      withFacts(rows.map((r) => (r.fact_id === 'text.six_decimals' ? { ...r, quote: `衡山县${big}` } : r)))(f);
    });
    expect(has(ps, { file: FACTS, where: /^row 8(, \S+ .*)?, column value$/, expected: 'an amount below' })).toBe(true);
  });

  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'ftp://example.org/a', 'https:/x', 'not a url'])(
    'source_url %s is refused',
    (url) => {
      expect(has(problemsOf(withMeta({ source_url: url })), { file: META, where: '$.source_url' })).toBe(true);
    },
  );

  it.each(['https://www.example.gov.cn/a.html', 'http://example.org/x?y=1'])('source_url %s is accepted', (url) => {
    const r = run(withMeta({ source_url: url }));
    expect(r.problems).toEqual([]);
    expect(r.collections!.disclosures[0].source_url).toBe(url);
  });
});

describe('editorial notes (note.md): plain Markdown, never run', () => {
  const note = (text: string) => (f: CorpusFiles) => setText(f, NOTE, text);

  it('a valid note is parsed into blocks; text stays text', () => {
    const r = run(
      note(
        '### 说明\n\n人员经费 **35.55** 万元，见 [原文](https://example.gov.cn/a)。"引号" & 符号\n\n- 一\n- 二\n\n::: chart\ntitle: 构成\nfacts: text.personnel, text.basic\n:::\n',
      ),
    );
    expect(r.problems).toEqual([]);
    const blocks = r.normalized[0].note!.blocks;
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'list', 'chart']);
  });

  it.each([
    ['an MDX expression', '人数 {1 + 1}', 'an MDX expression'],
    ['ESM', "import fs from 'node:fs'", 'an MDX import/export line'],
    ['an export', 'export const x = process.env', 'an MDX import/export line'],
    ['raw HTML', '<script>alert(1)</script>', 'raw HTML'],
    ['an event handler', '<img src=x onerror=alert(1)>', 'raw HTML'],
    ['a component', '<BarChart rows={[]} />', 'raw HTML or an MDX component'],
    ['an image', '![x](https://example.org/a.png)', 'an image'],
    ['a code block', '```js', 'a code block'],
  ])('%s is refused, naming the line', (_, line, found) => {
    const ps = problemsOf(note(`第一段。\n\n${line}\n`));
    expect(has(ps, { file: NOTE, where: 'line 3', found }), JSON.stringify(ps)).toBe(true);
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd'])('a link to %s is refused', (url) => {
    expect(has(problemsOf(note(`见[这里](${url})。`)), { file: NOTE, where: 'line 1', expected: 'a link to an http(s) URL' })).toBe(true);
  });

  it('a chart of an unknown fact, of mixed units, or unclosed', () => {
    expect(has(problemsOf(note('::: chart\ntitle: x\nfacts: nope\n:::')), { file: NOTE, where: 'line 1, facts', found: '"nope"' })).toBe(true);
    expect(has(problemsOf(note('::: chart\ntitle: x\nfacts: text.basic, text.personnel_share\n:::')), { file: NOTE, expected: 'figures of one unit' })).toBe(
      true,
    );
    expect(has(problemsOf(note('::: chart\ntitle: x\nfacts: text.basic\n')), { file: NOTE, expected: 'a closing ::: line' })).toBe(true);
  });

  it('a mobile number in a note', () => {
    expect(has(problemsOf(note(`联系 ${PHONE}`)), { file: NOTE, where: 'line 1', ...phoneProblem })).toBe(true);
  });

  it('note.mdx is refused', () => {
    const ps = problemsOf((f) => f.set(`${FIXTURE_DIR}/note.mdx`, enc('# x\n\n{process.env.HOSTNAME}')));
    expect(has(ps, { file: `${FIXTURE_DIR}/note.mdx`, found: 'an MDX note' })).toBe(true);
  });
});
