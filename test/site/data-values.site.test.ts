/**
 * Every spending total on the built pages carries the same machine-readable
 * value: <data value="exact yuan" data-wan="as published"> (the county pages
 * once put the 万元 figure in value, unlike the home page and the cards).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST_DIR } from '../support/browser';
import { fenToYuan, toFen } from '../../src/core/decimal';

function* htmlFiles(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) if (e.isFile() && e.name.endsWith('.html')) yield join(e.parentPath, e.name);
}

describe('machine-readable totals', () => {
  it('every <data data-wan> holds the exact yuan of its 万元, on every page that shows one', () => {
    const pagesWith = new Set<string>();
    for (const file of htmlFiles(DIST_DIR)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/<data value="([^"]*)" data-wan="([^"]*)">([^<]*)<\/data>/g)) {
        const fen = toFen(m[2], '万元');
        expect(fen.ok, `${file}: ${m[0]}`).toBe(true);
        if (fen.ok) expect(m[1], `${file}: ${m[0]}`).toBe(fenToYuan(fen.fen));
        expect(m[3]).toBe(m[2]);
        pagesWith.add(file.slice(DIST_DIR.length));
      }
      // No total may put the 万元 figure alone in value.
      for (const m of readFileSync(file, 'utf8').matchAll(/支出合计：<data value="([^"]*)">/g)) throw new Error(`${file}: total without data-wan (${m[0]})`);
    }
    expect([...pagesWith].some((p) => p.includes('/counties/'))).toBe(true);
    expect([...pagesWith].some((p) => p === '/index.html' || p === 'index.html')).toBe(true);
  });
});
