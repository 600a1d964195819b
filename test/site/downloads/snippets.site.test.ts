/**
 * The loading instructions on the built /data/ page, run as written against
 * the built files served on loopback: the pandas snippet (Debian's
 * python3-pandas), the R snippet (when r-base-core is installed; skipped
 * loudly otherwise, and failing with CI=true only when R is expected), the
 * DuckDB SQL (DuckDB's Node package; the files it names are fetched from the
 * server first, as DuckDB reads http only with an extension download) and the
 * Excel workbook the page links to (exceljs).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type RunningServer } from '../../support/static-server';
import { DIST_DIR } from '../../support/browser';
import { DATA_DIR, readText, requireBuilt, wholeTable } from '../../support/downloads';

const ci = process.env.CI === 'true';
const python = [process.env.PYTHON, 'python3', '/usr/bin/python3']
  .filter((x): x is string => !!x)
  .find((p) => spawnSync(p, ['-c', 'import pandas'], { stdio: 'ignore' }).status === 0);
const rscript = ['Rscript', '/usr/bin/Rscript'].find((p) => spawnSync(p, ['-e', 'library(readr)'], { stdio: 'ignore' }).status === 0);
if (!rscript) console.warn('\n!!! R with readr not found: the R snippet test is SKIPPED. apt-get install -y r-base-core r-cran-readr\n');
if (!python && !ci) console.warn('\n!!! pandas not found: the pandas snippet test is SKIPPED. apt-get install -y python3-pandas\n');

/** Run a program without blocking this process, which serves the files it reads (spawnSync would deadlock). */
function run(cmd: string, args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((res, rej) => {
    const p = spawn(cmd, args);
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    p.on('error', rej);
    p.on('close', (status) => res({ status, stdout, stderr }));
  });
}

let server: RunningServer;
let html: string;
let tmp: string;
const base = process.env.PORTAL_BASE ?? '/';

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');
/** The text of the snippet the page shows under an accessible name. */
function snippet(label: string): string {
  const m = new RegExp(`aria-label="${label}"[^>]*><code>([\\s\\S]*?)</code>`).exec(html);
  if (!m) throw new Error(`/data/ page: no snippet "${label}"`);
  return decode(m[1]);
}
/** A whole table's records (plain CSV or csv.gz, as this build published it). */
const csv = (name: string) => Papa.parse<Record<string, string>>(readText(wholeTable(name)), { header: true, skipEmptyLines: true }).data;
/** Exact sum of yuan strings via fen. */
function yuanSum(values: string[]): string {
  let fen = 0n;
  for (const v of values) if (v !== '') fen += BigInt(v.replace('.', ''));
  const sign = fen < 0n ? '-' : '';
  const abs = fen < 0n ? -fen : fen;
  return `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}

beforeAll(async () => {
  requireBuilt();
  html = readFileSync(join(DATA_DIR, 'index.html'), 'utf8');
  server = await serveStatic(DIST_DIR, base.endsWith('/') ? base : base + '/');
  tmp = mkdtempSync(join(tmpdir(), 'snippets-'));
});
afterAll(async () => {
  await server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});
const dataUrl = () => server.url + 'data/';

describe('/data/ snippets run against the built files on loopback', () => {
  it.runIf(!!python || ci)('pandas: loads the tables, codes as text, exact Decimal amounts, headline rows', async () => {
    expect(python, 'Python with pandas is required in CI: apt-get install -y python3-pandas').toBeTruthy();
    const code = snippet('pandas 读取示例').replace(/^base = ".*"$/m, `base = ${JSON.stringify(dataUrl())}`);
    expect(code).toContain(dataUrl());
    const probe = [
      code,
      'import json',
      'print(json.dumps({"disclosures": len(disclosures), "facts": len(facts), "headline": int(len(headline)),',
      '  "codes": disclosures["county_code"].tolist(), "exact": str(sum(v for v in exact["amount_yuan"] if v is not None)),',
      '  "phases": sorted(set(facts["phase"])), "joined": len(joined)}, ensure_ascii=False))',
    ].join('\n');
    const r = await run(python!, ['-c', probe]);
    expect(r.stderr.replace(/.*Warning.*\n?/g, ''), 'python stderr').toBe('');
    const out = JSON.parse(r.stdout);
    const facts = csv('facts');
    const disclosures = csv('disclosures');
    expect(out.disclosures).toBe(disclosures.length);
    expect(out.facts).toBe(facts.length);
    expect(out.joined).toBe(facts.length);
    expect(out.headline).toBe(facts.filter((f) => f.headline === 'true').length);
    expect(out.codes).toEqual(disclosures.map((d) => d.county_code));
    expect(out.exact).toBe(yuanSum(facts.map((f) => f.amount_yuan)));
    expect(out.phases).toEqual([...new Set(facts.map((f) => f.phase))].sort());
  });

  it.runIf(!!rscript)('R (readr): loads disclosures and facts with quotes keeping their leading tabs', async () => {
    const code = snippet('R 读取示例').replace(/^base <- ".*"$/m, `base <- ${JSON.stringify(dataUrl())}`);
    const probe = `${code}\ncat(nrow(disclosures), nrow(facts), sum(startsWith(facts$quote, "\\t"), na.rm = TRUE), sep = " ")`;
    const r = await run(rscript!, ['-e', probe]);
    expect(r.status, r.stderr).toBe(0);
    const facts = csv('facts');
    expect(r.stdout.trim().split(/\s+/).slice(-3)).toEqual([
      String(csv('disclosures').length),
      String(facts.length),
      String(facts.filter((f) => f.quote.startsWith('\t')).length),
    ]);
  });

  it('DuckDB: the SQL runs on the files it names, money is DECIMAL and the sums are exact', async () => {
    const sql = snippet('DuckDB 读取示例');
    const m = /read_csv\('([^']*)facts\.csv(?:\.gz)?'/.exec(sql);
    expect(m, 'the snippet reads facts.csv').toBeTruthy();
    const shownBase = m![1];
    // Fetch each file the snippet names from the server into a local folder, as a reader downloading them would.
    const local = join(tmp, 'duckdb') + '/';
    for (const [, rel] of sql.matchAll(new RegExp(`'${shownBase.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}([^']+)'`, 'g'))) {
      const res = await fetch(dataUrl() + rel);
      expect(res.status, rel).toBe(200);
      mkdirSync(dirname(local + rel), { recursive: true });
      writeFileSync(local + rel, Buffer.from(await res.arrayBuffer()));
    }
    const statements = sql
      .split(shownBase)
      .join(local)
      .split(/;\s*\n/)
      .map((s) => s.replace(/^--.*$/gm, '').trim())
      .filter((s) => s && !/^(INSTALL|LOAD)\b/i.test(s));
    const db = await DuckDBInstance.create(':memory:', { threads: '1' });
    const con = await db.connect();
    try {
      const results: Record<string, unknown>[][] = [];
      for (const s of statements) results.push((await con.runAndReadAll(s.replace(/;$/, ''))).getRowObjects());
      const [perDisclosure, threePublic] = results.filter((r) => r.length > 0);
      const disclosures = csv('disclosures');
      const stated = disclosures.filter((d) => d.expenditure_total_yuan !== '');
      expect(stated.length).toBeGreaterThan(0);
      for (const d of stated)
        expect(String(perDisclosure.find((r) => r.disclosure_id === d.disclosure_id)?.total_yuan), d.disclosure_id).toBe(d.expenditure_total_yuan);
      const facts = csv('facts').filter((f) => f.headline === 'true' && f.concept === 'three_public_total' && f.phase === 'actual');
      expect(String(threePublic[0].total_yuan)).toBe(yuanSum(facts.map((f) => f.amount_yuan)));
      const types = (await con.runAndReadAll(`DESCRIBE SELECT amount_yuan FROM facts_csv`)).getRowObjects();
      expect(types[0].column_type).toBe('DECIMAL(18,2)');
    } finally {
      con.closeSync();
      db.closeSync();
    }
  });

  it('Excel: the workbook the page links to opens with its README dictionary and the Chinese text intact', async () => {
    const m = /href="([^"]*workbook\.xlsx)"/.exec(html);
    expect(m, 'the page links a workbook').toBeTruthy();
    const res = await fetch(new URL(m![1], server.url).href);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).not.toMatch(/text\/html/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    expect(wb.worksheets[0].name).toBe('README');
    const facts = wb.getWorksheet('facts')!;
    expect(facts.actualRowCount).toBeGreaterThan(1);
    const texts: string[] = [];
    facts.eachRow((row) => row.eachCell((c) => typeof c.value === 'string' && texts.push(c.value)));
    expect(texts.some((t) => /[\u4e00-\u9fff]/.test(t))).toBe(true);
  });
});
