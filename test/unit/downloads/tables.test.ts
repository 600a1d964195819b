/**
 * The download tables without a build: every column described once, enums
 * from the zod schemas, keys consistent; the CSV writer's quoting and the
 * Excel neutralisation; and the round trip: the dataset's CSV parsed with
 * papaparse reproduces the normalized data exactly.
 */
import { gunzipSync } from 'node:zlib';
import Papa from 'papaparse';
import { buildInfo } from '../../../src/downloads/build-info';
import { dataFile } from '../../../src/downloads/paths';
import { partitionOf, partitionPlan } from '../../../src/downloads/partitions';
import { describe, expect, it } from 'vitest';
import { CONCEPT_IDS, FACT_STATUS_IDS, PHASE_IDS, SCOPE_IDS } from '../../../src/core/concepts';
import { checkResultSchema, disclosureSummarySchema, KEY_FIGURE_IDS } from '../../../src/schema/normalized';
import { fenToYuan } from '../../../src/core/decimal';
import { makeRow, rowSchema, text, decimal, integer, boolean, type TableSpec } from '../../../src/downloads/columns';
import { BOM, neutralise, parseCsvText, readTable, toCsv } from '../../../src/downloads/csv';
import { looksLikeFormula } from '../../../src/core/spreadsheet-safe';
import { canonical, produceDataset, WHOLE_PLAIN_MAX_ROWS, type MeasuredFile } from '../../../src/downloads/dataset';
import { wholeTablePath } from '../../../src/downloads/listing';
import {
  checkRows,
  scorecardRows,
  countyRows,
  disclosureRow,
  factRows,
  indicatorRows,
  keyFigureRows,
  operandQuotes,
  projectRows,
} from '../../../src/downloads/rows';
import {
  ALL_TABLES,
  checksTable,
  scorecardTable,
  textColumns,
  countiesTable,
  DATA_TABLES,
  disclosuresTable,
  factsTable,
  indicatorsTable,
  keyColumn,
  keyFiguresTable,
  projectsTable,
} from '../../../src/downloads/tables';
import { KEY_FIGURE_ZH } from '../../../src/schema/normalized';
import { corpus } from '../../support/downloads';
import {
  expectedChecks,
  expectedScorecard,
  expectedCounty,
  expectedDisclosure,
  expectedFact,
  expectedHeadlineIds,
  expectedIndicators,
  expectedKeyFigures,
  expectedProjects,
} from '../../support/downloads-expected';

const collections = corpus();
const { bundles, counties } = canonical(collections);
const info = buildInfo({ PORTAL_BUILD_DATE: '2024-02-29' });
const files = produceDataset(collections, info);
const byPath = new Map(files.map((f) => [f.path, f]));
const bytesOf = (f: MeasuredFile) => Buffer.concat([...f.chunks()].map((c) => (typeof c === 'string' ? Buffer.from(c, 'utf8') : Buffer.from(c))));
const textOf = (f: MeasuredFile) => {
  const b = bytesOf(f);
  return (f.compression === 'gz' ? gunzipSync(b) : b).toString('utf8');
};
/** A whole table's path as this dataset publishes it (plain CSV, or csv.gz above WHOLE_PLAIN_MAX_ROWS rows). */
const whole = (name: string) => wholeTablePath(files, name);
const records = (path: string) => Papa.parse<Record<string, string>>(textOf(byPath.get(path)!).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });

describe('column specs', () => {
  it.each(ALL_TABLES.map((t) => [t.name, t] as const))('%s: every column has 中文名, English title, both descriptions; keys name real columns', (_, t) => {
    for (const [name, c] of Object.entries(t.columns)) {
      expect(name, t.name).toMatch(/^[a-z][a-z0-9_]*$/);
      for (const k of ['zh', 'en'] as const) expect(c.meta[k].trim().length, `${t.name}.${name}.${k}`).toBeGreaterThan(0);
      for (const k of ['description', 'description_en'] as const) expect(c.meta[k].trim().length, `${t.name}.${name}.${k}`).toBeGreaterThan(3);
      expect(c.meta.zh, `${t.name}.${name} Chinese title`).toMatch(/[\u4e00-\u9fff]/);
      expect(c.meta.description, `${t.name}.${name} Chinese description`).toMatch(/[\u4e00-\u9fff]/);
      if (c.enum) for (const v of c.enum) if (c.meta.labels) expect(c.meta.labels[v], `${t.name}.${name} label of ${v}`).toBeTruthy();
    }
    expect(Object.keys(rowSchema(t).shape)).toEqual(Object.keys(t.columns));
    for (const k of t.primaryKey) {
      expect(t.columns[k], `${t.name} primary key ${k}`).toBeDefined();
      expect(t.columns[k].meta.required, `${t.name} primary key ${k} is required`).toBe(true);
    }
    for (const fk of t.foreignKeys) {
      for (const f of fk.fields) expect(t.columns[f], `${t.name} foreign key field ${f}`).toBeDefined();
      const ref = fk.resource === '' ? t : ALL_TABLES.find((x) => x.name === fk.resource)!;
      expect(ref, `${t.name} → ${fk.resource}`).toBeDefined();
      // A link is one column (a composite one is half-empty whenever its second part is: frictionless-py rejects that)
      // naming the primary key or a unique, required column.
      expect(fk.fields.length, `${t.name} ${fk.fields.join('+')} is a single-column link`).toBe(1);
      const target = fk.referenceFields.length === 1 ? ref.columns[fk.referenceFields[0]] : undefined;
      expect(
        fk.referenceFields.join() === ref.primaryKey.join() || (target?.meta.unique === true && target.meta.required === true),
        `${t.name} → ${ref.name}.${fk.referenceFields.join('+')} is a key`,
      ).toBe(true);
    }
  });

  it('a column without a description is refused by the test above (the check can fail)', () => {
    const broken: TableSpec = {
      ...projectsTable,
      columns: { ...projectsTable.columns, name: text({ zh: '', en: 'Name', description: '', description_en: '' }) },
    };
    expect(() => {
      for (const c of Object.values(broken.columns)) expect(c.meta.description.trim().length).toBeGreaterThan(1);
    }).toThrow();
  });

  it('enum columns take their values from the zod schemas', () => {
    expect(factsTable.columns.concept.enum).toEqual(CONCEPT_IDS);
    expect(factsTable.columns.phase.enum).toEqual(PHASE_IDS.map((p) => (p === 'none' ? 'not_applicable' : p)));
    expect(factsTable.columns.scope.enum).toEqual(SCOPE_IDS);
    expect(factsTable.columns.status.enum).toEqual(FACT_STATUS_IDS);
    expect(disclosuresTable.columns.kind.enum).toEqual(disclosureSummarySchema.shape.kind.options);
    expect(checksTable.columns.status.enum).toEqual(checkResultSchema.shape.status.options);
  });

  it('every headline figure of the summaries has a column in disclosures.csv, money in yuan', () => {
    for (const id of KEY_FIGURE_IDS) expect(disclosuresTable.columns[keyColumn(id)], id).toBeDefined();
    expect(disclosuresTable.columns.expenditure_total_yuan.meta.unit).toBe('元');
    expect(disclosuresTable.columns.expenditure_total_yuan.type).toBe('number');
  });

  it('codes and values as printed are text columns that readers are told to read as text', () => {
    expect(textColumns()).toEqual(
      expect.arrayContaining([
        'county_code',
        'prefecture_code',
        'province_code',
        'code',
        'predecessor_code',
        'successor_code',
        'published_value',
        'weight',
        'score',
      ]),
    );
    for (const t of ALL_TABLES) for (const [n, c] of Object.entries(t.columns)) if (c.meta.readAsText) expect(c.type, `${t.name}.${n}`).toBe('string');
  });
});

describe('CSV writing (papaparse)', () => {
  const t: TableSpec = {
    name: 'demo',
    zh: '示例',
    en: 'Demo',
    description: '示例',
    description_en: 'Demo',
    columns: {
      id: integer({ zh: '编号', en: 'ID', description: '编号', description_en: 'ID', required: true }),
      txt: text({ zh: '文本', en: 'Text', description: '文本', description_en: 'Text' }),
      num: decimal({ zh: '数值', en: 'Number', description: '数值', description_en: 'Number' }),
      flag: boolean({ zh: '标记', en: 'Flag', description: '标记', description_en: 'Flag' }),
    },
    primaryKey: ['id'],
    foreignKeys: [],
  };
  const nasty = [
    '逗号,在内',
    '引号"在内"',
    '制表\t符',
    '换行\n在内',
    'CRLF\r\n在内',
    ' 前导空格',
    '尾随空格 ',
    '=SUM(A1:A2)',
    '+86 号码',
    '-负号开头',
    '@提及',
    '\t制表开头',
    '\r回车开头',
    '普通中文',
    '"',
  ];
  const rows = nasty.map((s, i) => makeRow(t, { id: i, txt: s, num: i % 2 ? '-3.5' : '0.00', flag: i % 3 === 0 ? null : i % 2 === 0 }));

  it('round-trips every awkward cell exactly, with CRLF records and no BOM', () => {
    const csv = toCsv(t, rows);
    expect(csv.startsWith(BOM)).toBe(false);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')[0]).toBe('id,txt,num,flag');
    expect(readTable(t, csv)).toEqual(rows);
    // Quotes around every field with a tab (the curated-data convention), a comma, a quote or a line break.
    expect(csv).toContain('"制表\t符"');
  });

  it('Excel copy: BOM, formula-like text prefixed with a quote, numbers stay numbers', () => {
    const csv = toCsv(t, rows, { excel: true });
    expect(csv.startsWith(BOM)).toBe(true);
    const { hadBom, records: recs } = parseCsvText(csv);
    expect(hadBom).toBe(true);
    for (const r of recs) for (const cellText of r) expect(looksLikeFormula(cellText), JSON.stringify(cellText)).toBe(false);
    const txt = recs.map((r) => r[1]);
    expect(txt).toContain("'=SUM(A1:A2)");
    expect(txt).toContain("'+86 号码");
    expect(txt).toContain("'-负号开头");
    expect(txt).toContain("'@提及");
    expect(txt).toContain("'\t制表开头");
    expect(txt).toContain("'\r回车开头");
    expect(recs.map((r) => r[2])).toContain('-3.5');
    expect(neutralise('-3.5')).toBe('-3.5');
    expect(neutralise('-')).toBe("'-");
    // Also after leading spaces or a line break, and in full-width forms.
    for (const s of [' =HYPERLINK("http://x")', '\n=1+1', '\u3000@SUM(A1)', '＝SUM(A1)', '＋1', '－2', '＠x', '  +SUM(A1)'])
      expect(neutralise(s), JSON.stringify(s)).toBe(`'${s}`);
    for (const s of ['+2', '12.5', '正文 =1', 'a-b']) expect(neutralise(s), JSON.stringify(s)).toBe(s);
  });
});

describe('round trip: the CSV reproduces the normalized data', () => {
  it('disclosures.csv', () => {
    const p = records(whole('disclosures'));
    expect(p.errors).toEqual([]);
    expect(p.meta.fields).toEqual(Object.keys(disclosuresTable.columns));
    expect(p.data).toEqual(bundles.map((b) => expectedDisclosure(b.summary)));
  });

  it('facts.csv: every figure, amount_yuan = fenToYuan(fen), empty (never 0) when not stated', () => {
    const p = records(whole('facts'));
    expect(p.errors).toEqual([]);
    expect(p.meta.fields).toEqual(Object.keys(factsTable.columns));
    const expected = bundles.flatMap((b) => {
      const headline = expectedHeadlineIds(b.summary);
      return b.details.facts.map((f) => expectedFact(b.summary.id, f, headline.has(f.id)));
    });
    expect(p.data.length).toBeGreaterThan(100);
    expect(p.data).toEqual(expected);
    const facts = bundles.flatMap((b) => b.details.facts);
    for (const [i, f] of facts.entries()) {
      if (f.fen === null) expect(p.data[i].amount_yuan).toBe('');
      else expect(p.data[i].amount_yuan).toBe(fenToYuan(f.fen));
    }
    // Withheld and empty figures exist in the seed data and are never written as 0.
    const gaps = p.data.filter((r) => r.status !== 'reported');
    expect(gaps.length).toBeGreaterThan(0);
    for (const r of gaps) if (r.published_value === '') expect(r.amount_yuan, r.fact_id).toBe('');
    // Quotes keep their tabs and line breaks.
    expect(p.data.some((r) => r.quote.includes('\t'))).toBe(true);
  });

  it('key_figures.csv: every headline figure points to its fact, every computed one gives formula and operands', () => {
    const p = records(whole('key_figures'));
    expect(p.errors).toEqual([]);
    expect(p.meta.fields).toEqual(Object.keys(keyFiguresTable.columns));
    expect(p.data).toEqual(bundles.flatMap((b) => expectedKeyFigures(b.summary, KEY_FIGURE_ZH)));
    // Summing the headline statements never double-counts: one headline fact per headline figure.
    const facts = records(whole('facts')).data;
    for (const b of bundles) {
      const mine = facts
        .filter((f) => f.disclosure_id === b.summary.id && f.headline === 'true')
        .map((f) => f.fact_id)
        .sort();
      expect(mine, b.summary.id).toEqual([...expectedHeadlineIds(b.summary)].sort());
    }
  });

  it('checks.csv difference is stated − computed, as documented, for every money check', () => {
    const rows = records(whole('checks')).data.filter((r) => r.difference_yuan !== '' && r.stated !== '' && r.computed !== '');
    expect(rows.length).toBeGreaterThan(0);
    // 万元 → fen exactly: both have at most six decimals.
    const fenOfWan = (v: string) => {
      const neg = v.startsWith('-');
      const [w, f = ''] = v.replace('-', '').split('.');
      const n = BigInt(w + f.padEnd(6, '0'));
      return neg ? -n : n;
    };
    const bad = rows.filter((r) => r.unit === '万元' && fenOfWan(r.stated) - fenOfWan(r.computed) !== BigInt(r.difference_fen));
    expect(bad.map((r) => `${r.disclosure_id} ${r.check_id}: ${r.stated} − ${r.computed} ≠ ${r.difference_yuan}`)).toEqual([]);
    expect(rows.filter((r) => r.unit === '万元').length).toBeGreaterThan(0);
  });

  it('projects.csv, indicators.csv, checks.csv, counties.csv', () => {
    expect(records(whole('projects')).data).toEqual(bundles.flatMap((b) => expectedProjects(b.details)));
    expect(records(whole('indicators')).data).toEqual(bundles.flatMap((b) => expectedIndicators(b.details)));
    const checks = records(whole('checks'));
    expect(checks.meta.fields).toEqual(Object.keys(checksTable.columns));
    expect(checks.data).toEqual(bundles.flatMap((b) => expectedChecks(b.details)));
    const scorecard = records(whole('scorecard'));
    expect(scorecard.meta.fields).toEqual(Object.keys(scorecardTable.columns));
    expect(scorecard.data).toEqual(bundles.flatMap((b) => expectedScorecard(b.details)));
    expect(scorecard.data.length).toBeGreaterThan(0);
    expect(records(whole('counties')).data).toEqual(counties.map(expectedCounty));
  });

  it('each disclosure CSV holds exactly its facts, with the facts.csv header, safe for spreadsheets (BOM, formulas neutralised)', () => {
    for (const b of bundles) {
      const p = records(dataFile.disclosureCsv(b.summary.id));
      expect(p.meta.fields).toEqual(Object.keys(factsTable.columns));
      const headline = expectedHeadlineIds(b.summary);
      expect(p.data).toEqual(b.details.facts.map((f) => expectedFact(b.summary.id, f, headline.has(f.id))));
    }
  });

  it('every row validates against its table’s zod row schema', () => {
    const check = (t: TableSpec, rows: ReturnType<typeof factRows>) => {
      const schema = rowSchema(t);
      for (const r of rows) {
        const res = schema.safeParse(r);
        expect(res.success, `${t.name}: ${JSON.stringify(r).slice(0, 200)} ${res.success ? '' : res.error.message}`).toBe(true);
      }
    };
    check(
      disclosuresTable,
      bundles.map((b) => disclosureRow(b.summary)),
    );
    check(
      factsTable,
      bundles.flatMap((b) => factRows(b.details, b.summary)),
    );
    check(
      keyFiguresTable,
      bundles.flatMap((b) => keyFigureRows(b.summary)),
    );
    check(
      projectsTable,
      bundles.flatMap((b) => projectRows(b.details)),
    );
    check(
      indicatorsTable,
      bundles.flatMap((b) => indicatorRows(b.details)),
    );
    check(
      checksTable,
      bundles.flatMap((b) => checkRows(b.details)),
    );
    check(
      scorecardTable,
      bundles.flatMap((b) => scorecardRows(b.details)),
    );
    check(countiesTable, countyRows(counties));
  });

  it('every operand of a check names a fact, indicator row or project of its disclosure', () => {
    const dangling = bundles.flatMap((b) =>
      b.details.checks.flatMap((c) => operandQuotes(b.details, c.fact_ids).unresolved.map((id) => `${b.summary.id} ${c.check_id}: ${id}`)),
    );
    expect(dangling).toEqual([]);
  });

  it('the JSON carries the summaries and details unchanged: one file per disclosure, and per partition', () => {
    const plan = partitionPlan(bundles.map((b) => b.summary.id));
    const partitions = [...new Set(bundles.map((b) => partitionOf(plan, b.summary.id)))].sort();
    expect(partitions.length).toBeGreaterThan(0);
    for (const p of partitions) {
      const part = JSON.parse(textOf(byPath.get(dataFile.partJson(p))!));
      expect(part.partition).toBe(p);
      expect(part.disclosures).toEqual(bundles.filter((b) => partitionOf(plan, b.summary.id) === p).map((b) => ({ summary: b.summary, details: b.details })));
    }
    expect(byPath.has('all.json')).toBe(false);
    for (const b of bundles) {
      expect(JSON.parse(textOf(byPath.get(dataFile.disclosureJson(b.summary.id))!))).toEqual({ summary: b.summary, details: b.details });
      expect(textOf(byPath.get(dataFile.source(b.summary.id))!)).toBe(b.source.text);
    }
  });

  it('each partition of a table holds exactly its disclosures’ rows of the whole table', () => {
    const plan = partitionPlan(bundles.map((b) => b.summary.id));
    for (const t of DATA_TABLES.filter((x) => x !== countiesTable)) {
      const wholeRows = records(whole(t.name)).data;
      const parts = files.filter((f) => f.table === t && f.partition !== null);
      expect(parts.length, t.name).toBeGreaterThan(0);
      const joined = parts.flatMap((f) => Papa.parse<Record<string, string>>(textOf(f), { header: true, skipEmptyLines: true }).data);
      expect(joined.length, t.name).toBe(wholeRows.length);
      for (const f of parts)
        for (const r of Papa.parse<Record<string, string>>(textOf(f), { header: true, skipEmptyLines: true }).data)
          expect(partitionOf(plan, r.disclosure_id), f.path).toBe(f.partition);
      expect([...joined].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))).toEqual(
        [...wholeRows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
      );
    }
  });

  it('row counts and sizes are those of the content', () => {
    for (const f of files) {
      expect(f.bytes, f.path).toBe(bytesOf(f).length);
      if (f.format === 'csv') expect(f.rows, f.path).toBe(parseCsvText(textOf(f)).records.length);
    }
    for (const t of DATA_TABLES) {
      const f = byPath.get(whole(t.name))!;
      expect(f.path, t.name).toBe(dataFile.table(t.name, f.rows! > WHOLE_PLAIN_MAX_ROWS));
      expect(f.compression, t.name).toBe(f.rows! > WHOLE_PLAIN_MAX_ROWS ? 'gz' : null);
    }
  });

  it('the version is the date and a hash of the content: the same data gives the same version, other data another', () => {
    const again = produceDataset(collections, info);
    const pkg = (fs: MeasuredFile[]) => JSON.parse(textOf(fs.find((f) => f.path === 'datapackage.json')!));
    expect(pkg(again).version).toBe(pkg(files).version);
    expect(pkg(files).version).toMatch(/^2024-02-29\.[0-9a-f]{12}$/);
    const fewer = { ...collections, disclosures: collections.disclosures.slice(1) };
    expect(pkg(produceDataset(fewer, info)).version).not.toBe(pkg(files).version);
  });
});
