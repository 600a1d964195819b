/**
 * Build step: the leak scan. Every file of the staged site (pages, JSON, CSV,
 * source downloads, the compressed search index) is searched with the broad
 * net MOBILE_LIKE (src/normalize/redact.ts), which also finds numbers split by
 * tags or zero-width spaces and forms the redaction does not know. Any hit
 * stops the build before publishing, naming the built file and, where the
 * same digits occur in the curated content, the curated file and field they
 * came from.
 */
import { readdirSync, readFileSync } from 'node:fs';
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
  const found: Leak[] = [];
  for (const f of filesUnder(dir)) {
    if (BINARY.has(extname(f).toLowerCase())) continue;
    for (const m of textOf(f).matchAll(MOBILE_LIKE)) found.push({ file: relative(dir, f), digits: mobileDigits(m[0]) });
  }
  return found;
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
  const problems = leakReport(leaksIn(ctx.distDir), resolve(ctx.root, CONTENT_DIR));
  if (problems.length)
    throw new Error(`leak scan: ${problems.length} personal mobile number${problems.length > 1 ? 's' : ''} in the built site:\n  ${problems.join('\n  ')}`);
  console.log('  leak scan: no personal mobile number in the built site');
}

export const leakScanStep: BuildStep = { name: 'leak scan', run };
