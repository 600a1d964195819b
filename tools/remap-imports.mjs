#!/usr/bin/env node
/**
 * Moves files and rewrites every relative import that pointed at them.
 *   node tools/remap-imports.mjs move <moves.json>   git mv each pair, then fix imports everywhere
 *   node tools/remap-imports.mjs fix <moves.json> [file…]   only fix imports (e.g. in a branch merged
 *                                                         after the moves, whose files still name old paths)
 * moves.json: [["old/path.ts", "new/path.ts"], …] (repository-relative). Imports are the specifiers of
 * `from '…'`, `import '…'`, `import('…')`, `vi.mock('…')` and `new URL('…', import.meta.url)` in
 * .ts/.mts/.mjs/.js/.astro/.mdx files; the written form (with or without extension) is kept.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';

const [cmd, movesFile, ...only] = process.argv.slice(2);
if (!['move', 'fix'].includes(cmd) || !movesFile) {
  console.error('usage: remap-imports.mjs move|fix <moves.json> [file…]');
  process.exit(2);
}
const moves = JSON.parse(readFileSync(movesFile, 'utf8'));
const fwd = new Map(moves);
const back = new Map(moves.map(([a, b]) => [b, a]));
const git = (...a) => execFileSync('git', a, { encoding: 'utf8' });

const before = new Set(git('ls-files').split('\n').filter(Boolean));
if (cmd === 'move') {
  for (const [a, b] of moves) {
    if (!existsSync(a)) throw new Error(`not found: ${a}`);
    mkdirSync(dirname(b), { recursive: true });
    git('mv', a, b);
  }
}
// Files as they were before the moves: what an old specifier may resolve to.
const oldFiles = new Set([...before].map((f) => back.get(f) ?? f));
for (const [a] of moves) oldFiles.add(a);

const EXT = ['', '.ts', '.mts', '.mjs', '.js', '.astro', '/index.ts'];
function resolveOld(fromOld, spec) {
  const base = posix.normalize(posix.join(posix.dirname(fromOld), spec));
  for (const e of EXT) if (oldFiles.has(base + e)) return { target: base + e, ext: e };
  return null;
}
function rewrite(file) {
  const fromNew = file;
  const fromOld = back.get(file) ?? file;
  const src = readFileSync(file, 'utf8');
  const re = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\bvi\.mock\(\s*|\bnew URL\(\s*)(['"])(\.\.?\/[^'"\n]*)\2/g;
  let changed = false;
  const out = src.replace(re, (m, lead, q, spec) => {
    const r = resolveOld(fromOld, spec);
    if (!r) return m;
    const targetNew = fwd.get(r.target) ?? r.target;
    let rel = posix.relative(posix.dirname(fromNew), targetNew);
    // the specifier left the extension (or /index.ts) out: keep it out
    if (r.ext && rel.endsWith(r.ext)) rel = rel.slice(0, -r.ext.length);
    if (!rel.startsWith('.')) rel = './' + rel;
    if (rel === spec) return m;
    changed = true;
    return `${lead}${q}${rel}${q}`;
  });
  if (changed) writeFileSync(file, out);
  return changed;
}
const files = only.length
  ? only
  : git('ls-files')
      .split('\n')
      .filter((f) => /\.(ts|mts|mjs|js|astro|mdx)$/.test(f) && existsSync(f));
let n = 0;
for (const f of files) if (rewrite(f)) n++;
console.log(`${cmd}: ${cmd === 'move' ? `${moves.length} files moved, ` : ''}imports fixed in ${n} files`);
