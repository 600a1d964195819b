/**
 * A build given PORTAL_PREVIOUS_DATA lists in CHANGELOG.md exactly what
 * differs from that previous version: the previous folder is the test
 * build's own data with one figure edited and one disclosure removed, so the
 * new version has that disclosure added, that figure corrected and its
 * disclosure changed, nothing else; the previous CHANGELOG's entries stay
 * below the new one.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { DIST_DIR } from '../../support/browser';
import { ensureBuilt } from '../../support/site/child-build';

const PREVIOUS = 'dist-previous-data';
const DIST = 'dist-with-previous';
const PREVIOUS_VERSION = 'test-previous';

type Rows = Record<string, string>[];
const readCsv = (f: string) => Papa.parse<Record<string, string>>(readFileSync(f, 'utf8'), { header: true, skipEmptyLines: true });
const writeCsv = (f: string, fields: string[], rows: Rows) =>
  writeFileSync(f, Papa.unparse({ fields, data: rows.map((r) => fields.map((c) => r[c])) }, { newline: '\n' }) + '\n');
const sha256 = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');

interface Edits {
  removed: string;
  edited: string;
  factKey: string;
}

/** The test build's data folder, with the last disclosure removed and the first reported figure of the first one edited. */
function writePrevious(): Edits {
  rmSync(PREVIOUS, { recursive: true, force: true });
  cpSync(join(DIST_DIR, 'data'), PREVIOUS, { recursive: true });
  const at = (f: string) => join(PREVIOUS, f);
  const disclosures = readCsv(at('disclosures.csv'));
  const ids = disclosures.data.map((d) => d.disclosure_id).sort();
  if (ids.length < 2) throw new Error('the test build needs two disclosures at least');
  const removed = ids[ids.length - 1];
  const edited = ids[0];
  writeCsv(
    at('disclosures.csv'),
    disclosures.meta.fields!,
    disclosures.data.filter((d) => d.disclosure_id !== removed),
  );
  rmSync(at(`disclosures/${removed}`), { recursive: true });

  const isTarget = (f: Record<string, string>) => f.disclosure_id === edited && f.status === 'reported' && /^\d+(\.\d+)?$/.test(f.published_value);
  const edit = (f: Record<string, string>) => ({ ...f, published_value: `1${f.published_value}` });
  const facts = readCsv(at('facts.csv'));
  const target = facts.data.find(isTarget);
  if (!target) throw new Error(`${edited} has no reported number`);
  writeCsv(
    at('facts.csv'),
    facts.meta.fields!,
    facts.data.filter((f) => f.disclosure_id !== removed).map((f) => (f.fact_key === target.fact_key ? edit(f) : f)),
  );
  const own = at(`disclosures/${edited}/facts.csv`);
  const ownFacts = readCsv(own);
  writeCsv(
    own,
    ownFacts.meta.fields!,
    ownFacts.data.map((f) => (f.fact_key === target.fact_key ? edit(f) : f)),
  );

  const files = readCsv(at('files.csv'));
  const ownPath = `disclosures/${edited}/facts.csv`;
  writeCsv(
    at('files.csv'),
    files.meta.fields!,
    files.data.filter((f) => f.disclosure_id !== removed).map((f) => (f.path === ownPath ? { ...f, sha256: sha256(own) } : f)),
  );

  const pkg = JSON.parse(readFileSync(at('datapackage.json'), 'utf8'));
  writeFileSync(at('datapackage.json'), JSON.stringify({ ...pkg, version: PREVIOUS_VERSION }, null, 2));
  writeFileSync(at('CHANGELOG.md'), readFileSync(at('CHANGELOG.md'), 'utf8').replace(/^## \S+（/m, `## ${PREVIOUS_VERSION}（`));
  writeFileSync(at('edits.json'), JSON.stringify({ removed, edited, factKey: target.fact_key }));
  return { removed, edited, factKey: target.fact_key };
}

let edits: Edits;
let changelog: string;

beforeAll(() => {
  const marker = join(PREVIOUS, 'edits.json');
  const fresh = existsSync(marker) && statSync(marker).mtimeMs > statSync(join(DIST_DIR, 'data', 'datapackage.json')).mtimeMs;
  edits = fresh ? JSON.parse(readFileSync(marker, 'utf8')) : writePrevious();
  ensureBuilt(DIST, { PORTAL_PREVIOUS_DATA: PREVIOUS, PORTAL_GENERATED_DIR: '.generated-previous', PORTAL_CACHE_DIR: 'node_modules/.astro-previous' }, [
    PREVIOUS,
    'test/site/downloads/previous-data.site.test.ts',
  ]);
  changelog = readFileSync(join(DIST, 'data', 'CHANGELOG.md'), 'utf8');
}, 600_000);

describe('a build given PORTAL_PREVIOUS_DATA', () => {
  const listed = (label: string) => {
    const line = changelog.split('\n').find((l) => l.startsWith(`- ${label}`));
    if (!line) throw new Error(`CHANGELOG.md has no line "${label}"`);
    const ids = line.slice(line.indexOf('：') + 1);
    return ids === '无' ? [] : ids.split('、');
  };

  it('names the previous version and lists exactly the disclosure removed from it, the figure edited in it and its disclosure', () => {
    expect(changelog).toContain(`与上一版本 ${PREVIOUS_VERSION} 相比`);
    expect(listed('新增公开文件 (added)')).toEqual([edits.removed]);
    expect(listed('删除公开文件 (removed)')).toEqual([]);
    expect(listed('内容有变的公开文件 (changed)')).toEqual([edits.edited]);
    expect(listed('数值更正的数字 (figures corrected)')).toEqual([edits.factKey]);
  });

  it('keeps the previous CHANGELOG entries below the new one, under one title', () => {
    const pkg = JSON.parse(readFileSync(join(DIST, 'data', 'datapackage.json'), 'utf8'));
    const newer = changelog.indexOf(`## ${pkg.version}（`);
    const older = changelog.indexOf(`## ${PREVIOUS_VERSION}（`);
    expect(newer).toBeGreaterThan(0);
    expect(older).toBeGreaterThan(newer);
    expect(changelog.match(/^# /gm)).toHaveLength(1);
  });

  it('files.csv lists the CHANGELOG as written', () => {
    const row = readCsv(join(DIST, 'data', 'files.csv')).data.find((f) => f.path === 'CHANGELOG.md');
    expect(row?.sha256).toBe(sha256(join(DIST, 'data', 'CHANGELOG.md')));
  });
});
