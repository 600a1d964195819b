/**
 * Personal mobile numbers from the source documents appear nowhere in the
 * built site: not in pages, not in downloads, not in the (compressed)
 * search index.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MOBILE_NUMBER } from '../../src/normalize/redact';
import { leaksIn } from '../../src/build/steps/leak-scan';
import { DIST_DIR } from '../support/browser';

function* files(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else yield p;
  }
}

/** File contents as text; gzip-compressed files (Pagefind's index) are inflated first. */
function textOf(path: string): string {
  const bytes = readFileSync(path);
  const raw = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
  return raw.toString('utf8');
}

const sourceNumbers = [
  ...new Set(
    readdirSync('content/disclosures').flatMap((d) => {
      const p = `content/disclosures/${d}/source.txt`;
      return existsSync(p) ? [...readFileSync(p, 'utf8').matchAll(MOBILE_NUMBER)].map((m) => m[0]) : [];
    }),
  ),
];

describe('personal data', () => {
  it('the seed documents do contain personal mobile numbers (so this test means something)', () => {
    expect(sourceNumbers.length).toBeGreaterThanOrEqual(2);
  });

  it('no personal mobile number anywhere in the built site, downloads or search index', () => {
    expect(existsSync(join(DIST_DIR, 'index.html')), `${DIST_DIR}/ must be built first (npm run build)`).toBe(true);
    const leaks: string[] = [];
    let scanned = 0;
    for (const f of files(DIST_DIR)) {
      const text = textOf(f);
      scanned++;
      for (const n of sourceNumbers) if (text.includes(n)) leaks.push(`${f}: ${n}`);
    }
    expect(scanned).toBeGreaterThan(5);
    expect(leaks).toEqual([]);
    // The build's own scan (the broader net) agrees.
    expect(leaksIn(DIST_DIR)).toEqual([]);
  });
});
