/** The CHANGELOG's diff (src/downloads/changes.ts) on small tables, its rendering, and reading a previous data folder. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { changelogEntries, datasetChanges, type PublishedTables, type TableRow } from '../../../src/downloads/changes';
import { changelog, PACKAGE_NAME } from '../../../src/downloads/citation';
import { buildInfo } from '../../../src/downloads/build-info';
import { readDataFolder } from '../../../src/downloads/previous';

const fact = (d: string, id: string, value: string, status = 'reported', unit = '万元'): TableRow => ({
  disclosure_id: d,
  fact_id: id,
  fact_key: `${d}:${id}`,
  published_value: value,
  published_unit: unit,
  status,
  quote: `q ${id}`,
});
const file = (d: string, name: string, sha: string): TableRow => ({ path: `disclosures/${d}/${name}`, disclosure_id: d, sha256: sha });

function tables(): PublishedTables {
  return {
    disclosures: ['a', 'b', 'c'].map((id) => ({ disclosure_id: id, title: `t ${id}` })),
    facts: [fact('a', 'f1', '1.00'), fact('a', 'f2', '2.00'), fact('b', 'f1', '3.00'), fact('c', 'f1', '优秀', 'reported', '')],
    files: ['a', 'b', 'c'].flatMap((d) => [
      file(d, 'facts.csv', `${d}1`),
      file(d, 'disclosure.json', `${d}2`),
      file(d, 'source.txt', `${d}3`),
      file(d, 'datapackage.json', `${d}4`),
    ]),
  };
}

describe('datasetChanges', () => {
  it('nothing changed: every list empty, the previous version named', () => {
    expect(datasetChanges(tables(), tables(), 'v1')).toEqual({ previousVersion: 'v1', added: [], removed: [], changed: [], corrected: [], history: '' });
  });

  it('lists added and removed disclosures', () => {
    const cur = tables();
    cur.disclosures = [...cur.disclosures.filter((d) => d.disclosure_id !== 'b'), { disclosure_id: 'd', title: 't d' }];
    cur.facts = [...cur.facts.filter((f) => f.disclosure_id !== 'b'), fact('d', 'f1', '9.00')];
    cur.files = [...cur.files!.filter((f) => f.disclosure_id !== 'b'), file('d', 'facts.csv', 'd1')];
    const c = datasetChanges(tables(), cur, 'v1');
    expect(c.added).toEqual(['d']);
    expect(c.removed).toEqual(['b']);
    // A removed disclosure's figures are not "corrected", nor an added one's.
    expect(c.changed).toEqual([]);
    expect(c.corrected).toEqual([]);
  });

  it('a corrected figure (value, unit or status) is listed by its fact key, and its disclosure as changed', () => {
    const edits: TableRow[] = [{ published_value: '1.50' }, { published_unit: '元' }, { status: 'withheld', published_value: '' }];
    for (const edit of edits) {
      const cur = tables();
      cur.facts = cur.facts.map((f) => (f.fact_key === 'a:f2' ? { ...f, ...edit } : f));
      cur.files = cur.files!.map((f) => (f.path === 'disclosures/a/facts.csv' ? { ...f, sha256: 'new' } : f));
      const c = datasetChanges(tables(), cur, 'v1');
      expect(c.corrected, JSON.stringify(edit)).toEqual(['a:f2']);
      expect(c.changed).toEqual(['a']);
    }
  });

  it('a changed content file (a quote, the source text) changes the disclosure without correcting a figure; its datapackage.json alone does not', () => {
    const cur = tables();
    cur.files = cur.files!.map((f) =>
      f.path === 'disclosures/c/source.txt' ? { ...f, sha256: 'edited' } : f.path === 'disclosures/b/datapackage.json' ? { ...f, sha256: 'described anew' } : f,
    );
    const c = datasetChanges(tables(), cur, 'v1');
    expect(c.changed).toEqual(['c']);
    expect(c.corrected).toEqual([]);
  });

  it('without files.csv on either side, compares the rows over the columns both versions have', () => {
    const prev = { ...tables(), files: null };
    const same = { ...tables(), files: null, facts: tables().facts.map((f) => ({ ...f, new_column: 'x' })) };
    expect(datasetChanges(prev, same, 'v1').changed).toEqual([]);
    const cur = { ...tables(), files: null, facts: tables().facts.map((f) => (f.fact_key === 'b:f1' ? { ...f, quote: 'another quote' } : f)) };
    cur.disclosures = cur.disclosures.map((d) => (d.disclosure_id === 'c' ? { ...d, title: 'retitled' } : d));
    const c = datasetChanges(prev, cur, 'v1');
    expect(c.changed).toEqual(['b', 'c']);
    expect(c.corrected).toEqual([]);
  });
});

describe('changelog', () => {
  const v = { date: '2026-02-01', contentHash: 'f'.repeat(64), version: '2026-02-01.ffffffffffff' };
  const info = buildInfo({ PORTAL_BUILD_DATE: '2026-02-01' });

  it('lists the changes and keeps the previous CHANGELOG entries below the new one', () => {
    const previous = `# title\n\n## 2026-01-01.aaaaaaaaaaaa（2026-01-01）\n\n- 没有给出上一版本\n`;
    const changes = datasetChanges(
      tables(),
      { ...tables(), disclosures: tables().disclosures.slice(0, 2) },
      '2026-01-01.aaaaaaaaaaaa',
      changelogEntries(previous),
    );
    const text = changelog(v, { ...info, changes });
    expect(text).toContain('与上一版本 2026-01-01.aaaaaaaaaaaa 相比');
    expect(text).toContain('- 删除公开文件 (removed)：c');
    expect(text).toContain('- 新增公开文件 (added)：无');
    const newer = text.indexOf('## 2026-02-01.ffffffffffff');
    const older = text.indexOf('## 2026-01-01.aaaaaaaaaaaa');
    expect(newer).toBeGreaterThan(0);
    expect(older).toBeGreaterThan(newer);
    expect(text.match(/^# /gm)).toHaveLength(1);
  });

  it('without a previous version it says so (the output of a build without PORTAL_PREVIOUS_DATA)', () => {
    expect(changelog(v, info)).toBe(
      `# 县级部门决算与绩效自评公开数据 · 更新记录 (CHANGELOG)\n\n## ${v.version}（${v.date}）\n\n- 没有给出上一版本（PORTAL_PREVIOUS_DATA），未列出变化。 No previous version was given to compare with.\n`,
    );
  });
});

describe('readDataFolder', () => {
  const folder = (files: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), 'prev-data-'));
    for (const [n, t] of Object.entries(files)) writeFileSync(join(dir, n), t);
    return dir;
  };
  const pkg = JSON.stringify({ name: PACKAGE_NAME, version: '2026-01-01.aaaaaaaaaaaa' });
  const good = {
    'datapackage.json': pkg,
    'disclosures.csv': 'disclosure_id,title\na,t\n',
    'facts.csv': 'disclosure_id,fact_id,fact_key,published_value,published_unit,status\na,f1,a:f1,1.00,万元,reported\n',
  };

  it('reads the version, the tables and the CHANGELOG entries', () => {
    const dir = folder({ ...good, 'CHANGELOG.md': '# t\n\n## old（2026-01-01）\n\n- x\n' });
    try {
      const r = readDataFolder(dir, 'PORTAL_PREVIOUS_DATA');
      expect(r.version).toBe('2026-01-01.aaaaaaaaaaaa');
      expect(r.tables.facts).toEqual([
        { disclosure_id: 'a', fact_id: 'f1', fact_key: 'a:f1', published_value: '1.00', published_unit: '万元', status: 'reported' },
      ]);
      expect(r.tables.files).toBeNull();
      expect(r.history).toBe('## old（2026-01-01）\n\n- x\n');
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('reads a whole table published gzipped (facts.csv.gz, above the row threshold) as the plain one', () => {
    const { 'facts.csv': facts, ...rest } = good;
    const dir = folder(rest);
    writeFileSync(join(dir, 'facts.csv.gz'), gzipSync(Buffer.from(facts, 'utf8')));
    try {
      expect(readDataFolder(dir, 'PORTAL_PREVIOUS_DATA').tables.facts).toEqual([
        { disclosure_id: 'a', fact_id: 'f1', fact_key: 'a:f1', published_value: '1.00', published_unit: '万元', status: 'reported' },
      ]);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('a missing folder names the path and what was expected', () => {
    const missing = join(tmpdir(), 'no-such-previous-data-folder');
    expect(() => readDataFolder(missing, 'PORTAL_PREVIOUS_DATA')).toThrow(`PORTAL_PREVIOUS_DATA: ${missing}: expected a published data folder of this portal`);
    expect(() => readDataFolder(missing, 'PORTAL_PREVIOUS_DATA')).toThrow(/found no such folder/);
  });

  it('another package, a missing table and a table without its key columns are all reported at once', () => {
    const dir = folder({ 'datapackage.json': JSON.stringify({ name: 'someone-else', version: 1 }), 'disclosures.csv': 'id,title\na,t\n' });
    try {
      let message = '';
      try {
        readDataFolder(dir, 'PORTAL_PREVIOUS_DATA');
      } catch (e) {
        message = (e as Error).message;
      }
      expect(message).toContain(`${join(dir, 'datapackage.json')} (name): expected "${PACKAGE_NAME}" (this portal's package); found "someone-else"`);
      expect(message).toContain(`${join(dir, 'datapackage.json')} (version): expected the dataset version`);
      expect(message).toContain(`${join(dir, 'disclosures.csv')} (line 1 (header)): expected columns disclosure_id`);
      expect(message).toContain(`${join(dir, 'facts.csv')}: expected a published data folder of this portal`);
      expect(message).toMatch(/found no such file/);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});
