/**
 * Build step: the leak scan. Every file of the staged site (pages, JSON, CSV,
 * source downloads, the compressed search index) is searched with the broad
 * net MOBILE_LIKE (src/normalize/redact.ts), which also finds numbers split by
 * tags or zero-width spaces and forms the redaction does not know. Any hit
 * stops the build before publishing, naming the built file and, where the
 * same digits occur in the curated content, the curated file and field they
 * came from.
 *
 * A rebuild rescans only what changed: the files a clean scan covered are
 * remembered by identity (device, inode, size, modification time in ns) in
 * the partition cache, and the reused partitions' pages and search indexes
 * are hard links to the cache's files (never changed in place), so they keep
 * that identity and are skipped. A file with a hit is never remembered, and
 * a change of the scanner itself forgets everything.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import Papa from 'papaparse';
import type { BuildContext, BuildStep } from '../build-steps';
import { CONTENT_DIR } from '../normalize-run';
import { MOBILE_LIKE, MOBILE_NUMBER, mobileDigits } from '../../normalize/redact';
import { maskNumber } from '../../normalize/validate-rows';

export interface Leak {
  /** The built file, relative to the scanned folder. */
  file: string;
  /** The number's 11 digits. */
  digits: string;
}

/** Binary formats with no text to leak. */
const BINARY = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.ico', '.woff', '.woff2', '.wasm', '.parquet', '.xlsx', '.zip']);

function* filesUnder(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) if (e.isFile()) yield join(e.parentPath, e.name);
}

/** A file's text; gzip-compressed files (Pagefind's index) are inflated first. */
function textOf(path: string): string {
  const bytes = readFileSync(path);
  return (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8');
}

/** Every mobile-like number in the files under `dir`. */
export function leaksIn(dir: string): Leak[] {
  return scanDir(dir, new Set()).leaks;
}

/** What identifies a file's content without reading it, for files never changed in place. */
export function fileIdentity(path: string): string {
  const s = statSync(path, { bigint: true });
  return `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}`;
}

export interface ScanResult {
  leaks: Leak[];
  /** Identities of the files found clean (the next scan's `skip`). */
  clean: string[];
  scanned: number;
  skipped: number;
}

/** Scans the text files under `dir` whose identity is not in `skip` (files found clean before). */
export function scanDir(dir: string, skip: ReadonlySet<string>): ScanResult {
  const r: ScanResult = { leaks: [], clean: [], scanned: 0, skipped: 0 };
  for (const f of filesUnder(dir)) {
    if (BINARY.has(extname(f).toLowerCase())) continue;
    const id = fileIdentity(f);
    if (skip.has(id)) {
      r.skipped++;
      r.clean.push(id);
      continue;
    }
    r.scanned++;
    const before = r.leaks.length;
    for (const m of textOf(f).matchAll(MOBILE_LIKE)) r.leaks.push({ file: relative(dir, f), digits: mobileDigits(m[0]) });
    if (r.leaks.length === before) r.clean.push(id);
  }
  return r;
}

/** The remembered clean files, valid only for the scanner they were scanned with. */
const SCANNER = `${MOBILE_LIKE.source}/${MOBILE_LIKE.flags}|${[...BINARY].join(',')}`;
export const CLEAN_FILE = 'leak-scan-clean.json';

export function readClean(cacheDir: string): Set<string> {
  try {
    const c = JSON.parse(readFileSync(join(cacheDir, CLEAN_FILE), 'utf8')) as { scanner: string; clean: string[] };
    return new Set(c.scanner === SCANNER ? c.clean : []);
  } catch {
    return new Set();
  }
}

export function writeClean(cacheDir: string, clean: string[]): void {
  mkdirSync(cacheDir, { recursive: true });
  const tmp = join(cacheDir, `${CLEAN_FILE}.tmp-${process.pid}`);
  writeFileSync(tmp, JSON.stringify({ scanner: SCANNER, clean }));
  renameSync(tmp, join(cacheDir, CLEAN_FILE));
}

/** Where in the curated content the digits occur: "content/…/facts.csv (line 3, column note)". */
export function curatedOrigins(contentDir: string, digits: string, repoPath = 'content'): string[] {
  const out: string[] = [];
  const hasIt = (s: string) => [...s.matchAll(MOBILE_NUMBER), ...s.matchAll(MOBILE_LIKE)].some((m) => mobileDigits(m[0]) === digits);
  for (const f of filesUnder(contentDir)) {
    let text: string;
    try {
      text = readFileSync(f, 'utf8');
    } catch {
      continue;
    }
    if (!hasIt(text)) continue;
    const name = `${repoPath}/${relative(contentDir, f).split('\\').join('/')}`;
    if (f.endsWith('.csv')) {
      const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
      rows.forEach((r, i) => r.forEach((cell, j) => hasIt(cell) && out.push(`${name} (record ${i}, column ${rows[0][j]})`)));
    } else if (f.endsWith('.json')) {
      const walk = (v: unknown, path: string): void => {
        if (typeof v === 'string') {
          if (hasIt(v)) out.push(`${name} (${path})`);
        } else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, Array.isArray(v) ? `${path}[${k}]` : `${path}.${k}`);
      };
      try {
        walk(JSON.parse(text.replace(/^\uFEFF/, '')), '$');
      } catch {
        out.push(name);
      }
    } else {
      text.split('\n').forEach((l, i) => hasIt(l) && out.push(`${name} (line ${i + 1})`));
    }
  }
  return out;
}

/** The problems for the leaks, one per number and built file. */
export function leakReport(leaks: Leak[], contentDir: string): string[] {
  const origins = new Map<string, string[]>();
  return [...new Set(leaks.map((l) => `${l.digits}\t${l.file}`))].map((k) => {
    const [digits, file] = k.split('\t');
    if (!origins.has(digits)) origins.set(digits, curatedOrigins(contentDir, digits));
    const from = origins.get(digits)!;
    return `personal mobile number ${maskNumber(digits)} in ${file}; it comes from ${from.length ? from.join(', ') : 'no curated file (written by the build itself?)'}`;
  });
}

function run(ctx: BuildContext): void {
  const scan = scanDir(ctx.distDir, readClean(ctx.cacheDir));
  // Written before a failure too: the clean files need no second look once the leak is fixed.
  writeClean(ctx.cacheDir, scan.clean);
  const problems = leakReport(scan.leaks, resolve(ctx.root, CONTENT_DIR));
  if (problems.length)
    throw new Error(`leak scan: ${problems.length} personal mobile number${problems.length > 1 ? 's' : ''} in the built site:\n  ${problems.join('\n  ')}`);
  console.log(`  leak scan: no personal mobile number in the built site (${scan.scanned} files scanned, ${scan.skipped} unchanged since a clean scan)`);
}

export const leakScanStep: BuildStep = { name: 'leak scan', run };
