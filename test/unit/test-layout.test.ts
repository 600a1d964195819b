import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECTS } from '../../vitest.config';

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

const glob = (g: string) =>
  new RegExp(
    `^${g
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*\*\//g, '\0')
      .replace(/\*/g, '[^/]*')
      .replace(/\0/g, '(?:.*/)?')}$`,
  );

describe('test layout', () => {
  it('runs every test file in exactly one project, the one its folder and suffix name', () => {
    const tests = walk('test').filter((f) => f.endsWith('.test.ts') && !f.startsWith(join('test', 'support')));
    expect(tests.length).toBeGreaterThan(0);
    for (const f of tests) {
      const path = f.split('\\').join('/');
      const isSite = path.endsWith('.site.test.ts');
      const isBrowser = path.endsWith('.browser.test.ts');
      const inProjects = Object.entries(PROJECTS).filter(
        ([name, globs]) => globs.some((g) => glob(g).test(path)) && (name === 'unit' ? !isSite && !isBrowser : true),
      );
      expect(
        inProjects.map(([n]) => n),
        path,
      ).toHaveLength(1);
    }
  });
});
