/**
 * `npm run build` on broken curated data: exits non-zero, lists every problem
 * with file and place (no stack trace), and leaves the previous generated data
 * and dist/ untouched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'portal-atomic-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function buildWith(mutate: (contentDir: string) => void) {
  const content = join(work, `content-${Math.random().toString(36).slice(2)}`);
  cpSync('content', content, { recursive: true });
  mutate(content);
  const dist = join(work, 'dist');
  const generated = join(work, 'generated');
  mkdirSync(dist, { recursive: true });
  mkdirSync(generated, { recursive: true });
  writeFileSync(join(dist, 'index.html'), 'previous site');
  writeFileSync(join(generated, 'marker'), 'previous data');
  const r = spawnSync(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts'], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME, PORTAL_CONTENT_DIR: content, PORTAL_DIST_DIR: dist, PORTAL_GENERATED_DIR: generated },
  });
  return { ...r, dist, generated };
}

describe('npm run build with bad curated data', () => {
  it('stops before writing anything, naming every problem', () => {
    const id = '430223-cac-2024-final-accounts';
    const r = buildWith((c) => {
      const facts = join(c, 'disclosures', id, 'facts.csv');
      const lines = readFileSync(facts, 'utf8').split('\n');
      lines[1] = lines[1].replace(',3,个,', ',three,个,');
      writeFileSync(facts, lines.join('\n'));
      const meta = join(c, 'disclosures', id, 'disclosure.json');
      writeFileSync(meta, readFileSync(meta, 'utf8').replace('"year": 2024', '"year": "2024"'));
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('2 problems in the curated data');
    const firstFact = readFileSync(join('content/disclosures', id, 'facts.csv'), 'utf8')
      .split('\n')[1]
      .split(',')[0];
    expect(r.stderr).toContain(`content/disclosures/${id}/facts.csv (row 2, fact ${firstFact}, column value): expected a number as printed`);
    expect(r.stderr).toContain(`content/disclosures/${id}/disclosure.json ($.year): expected a number; found a string ("2024")`);
    expect(r.stderr).not.toMatch(/^\s+at /m); // no stack trace for data errors
    expect(readFileSync(join(r.dist, 'index.html'), 'utf8')).toBe('previous site');
    expect(readFileSync(join(r.generated, 'marker'), 'utf8')).toBe('previous data');
  });
});
