#!/usr/bin/env node
/**
 * Byte-identity of a build: `record <out.json>` writes the sha256 of every file
 * of the generated folder, of dist/data/ and of every dist/ HTML page;
 * `compare <before.json> <after.json>` lists what was added, removed or changed
 * in each group and exits 1 when anything differs. Build with a fixed date
 * (PORTAL_BUILD_DATE, SOURCE_DATE_EPOCH) on both sides, e.g.
 *   PORTAL_BUILD_DATE=2026-01-01 SOURCE_DATE_EPOCH=1767225600 npm run build
 *   node tools/build-hashes.mjs record /tmp/before.json
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';

function walk(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

const hashes = (dir, keep = () => true) =>
  Object.fromEntries(
    walk(dir)
      .filter(keep)
      .map((p) => [relative(dir, p), createHash('sha256').update(readFileSync(p)).digest('hex')])
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );

const [cmd, a, b] = process.argv.slice(2);
if (cmd === 'record' && a) {
  const generated = process.env.PORTAL_GENERATED_DIR ?? '.generated';
  const dist = process.env.PORTAL_DIST_DIR ?? 'dist';
  const groups = {
    generated: hashes(generated, (p) => !p.endsWith('.lock')),
    data: hashes(join(dist, 'data')),
    html: hashes(dist, (p) => p.endsWith('.html')),
  };
  writeFileSync(a, JSON.stringify(groups, null, 1) + '\n');
  for (const [g, h] of Object.entries(groups)) console.log(`${g}: ${Object.keys(h).length} files`);
} else if (cmd === 'compare' && a && b) {
  const x = JSON.parse(readFileSync(a, 'utf8'));
  const y = JSON.parse(readFileSync(b, 'utf8'));
  let differs = false;
  for (const g of new Set([...Object.keys(x), ...Object.keys(y)])) {
    const p = x[g] ?? {};
    const q = y[g] ?? {};
    const removed = Object.keys(p).filter((k) => !(k in q));
    const added = Object.keys(q).filter((k) => !(k in p));
    const changed = Object.keys(p).filter((k) => k in q && p[k] !== q[k]);
    const n = removed.length + added.length + changed.length;
    console.log(
      `${g}: ${Object.keys(p).length} → ${Object.keys(q).length} files, ${n === 0 ? 'identical' : `${changed.length} changed, ${added.length} added, ${removed.length} removed`}`,
    );
    for (const [label, list] of [
      ['changed', changed],
      ['added', added],
      ['removed', removed],
    ])
      for (const k of list.slice(0, 20)) console.log(`  ${label} ${k}`);
    if (n > 0) differs = true;
  }
  process.exit(differs ? 1 : 0);
} else {
  console.error('usage: build-hashes.mjs record <out.json> | compare <before.json> <after.json>');
  process.exit(2);
}
