/**
 * Untrusted curated folders on disk, through the normalizer `npm run check`
 * and the build use (normalizeToDisk): symbolic links, file sizes, an empty
 * corpus, and problems of the registries and the disclosures listed together.
 * Each case is a temp copy of one seed disclosure with the registries.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { normalizeToDisk } from '../../../src/build/normalize-stream';
import { MAX_FILE_BYTES } from '../../../src/build/normalize-slice';
import type { Problem } from '../../../src/core/problems';

const work = mkdtempSync(join(tmpdir(), 'portal-disk-input-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const ID = readdirSync('content/disclosures').sort()[0];

/** A repository-like folder (<repo>/content/…) with the registries and one disclosure, mutated. */
function corpus(mutate: (content: string, dir: string) => void): string {
  const repo = mkdtempSync(join(work, 'repo-'));
  const content = join(repo, 'content');
  cpSync('content/registries', join(content, 'registries'), { recursive: true });
  cpSync(`content/disclosures/${ID}`, join(content, 'disclosures', ID), { recursive: true });
  mutate(content, join(content, 'disclosures', ID));
  return content;
}

async function check(content: string, o: { allowEmpty?: boolean } = {}): Promise<Problem[]> {
  const r = await normalizeToDisk({ contentDir: content, generatedDir: null, workers: 1, allowEmpty: o.allowEmpty ?? false });
  return r.problems;
}

const file = (name: string) => `content/disclosures/${ID}/${name}`;

describe('curated files on disk', () => {
  it('the unchanged copy has no problem', async () => {
    expect(await check(corpus(() => {}))).toEqual([]);
  });

  it('a note symlinked to a file outside the repository is refused and not read', async () => {
    const ps = await check(corpus((_, d) => symlinkSync('/etc/passwd', join(d, 'note.md'))));
    expect(ps).toEqual([
      { file: file('note.md'), expected: 'a curated file inside the repository', found: 'a symbolic link that leads outside the repository' },
    ]);
    expect(JSON.stringify(ps)).not.toMatch(/root:/);
  });

  it('a source symlinked outside the repository is refused', async () => {
    const ps = await check(
      corpus((_, d) => {
        rmSync(join(d, 'source.txt'));
        symlinkSync(resolve('package.json'), join(d, 'source.txt'));
      }),
    );
    expect(ps).toContainEqual({
      file: file('source.txt'),
      expected: 'a curated file inside the repository',
      found: 'a symbolic link that leads outside the repository',
    });
  });

  it('a symlink inside the repository is followed', async () => {
    const ps = await check(
      corpus((c, d) => {
        writeFileSync(join(c, '..', 'shared-note.md'), '编者说明。\n');
        symlinkSync('../../../shared-note.md', join(d, 'note.md'));
      }),
    );
    expect(ps).toEqual([]);
  });

  it('a dangling symlink is a problem, not an ENOENT stack trace', async () => {
    const ps = await check(
      corpus((_, d) => {
        rmSync(join(d, 'projects.csv'), { force: true });
        symlinkSync(join(d, 'nowhere.csv'), join(d, 'projects.csv'));
      }),
    );
    expect(ps).toContainEqual({
      file: file('projects.csv'),
      expected: 'a curated file inside the repository',
      found: 'a symbolic link to a file that does not exist',
    });
  });

  it('a dangling symlinked disclosure folder does not crash the folder listing', async () => {
    const ps = await check(corpus((c) => symlinkSync(join(c, 'gone'), join(c, 'disclosures', '430223-cac-2099-final-accounts'))));
    expect(ps).toEqual([]);
  });

  it('a file over the size limit is one clear problem', async () => {
    const ps = await check(corpus((_, d) => writeFileSync(join(d, 'source.txt'), Buffer.alloc(MAX_FILE_BYTES + 1, 0x41))));
    expect(ps).toContainEqual({
      file: file('source.txt'),
      expected: 'a curated file inside the repository',
      found: `a file of 10.0 MiB (the limit is 10 MiB per file)`,
    });
  });

  it('an empty corpus is refused unless asked for', async () => {
    const empty = corpus((c) => rmSync(join(c, 'disclosures'), { recursive: true }));
    mkdirSync(join(empty, 'disclosures'));
    expect(await check(empty)).toEqual([
      {
        file: 'content/disclosures',
        expected: 'at least one disclosure folder (set PORTAL_ALLOW_EMPTY=1 to build a site without disclosures on purpose)',
        found: 'no disclosure folders',
      },
    ]);
    expect(await check(empty, { allowEmpty: true })).toEqual([]);
  });

  it('a registry problem and a disclosure problem are listed in one run', async () => {
    const ps = await check(
      corpus((c, d) => {
        writeFileSync(join(c, 'registries', 'economic-codes.csv'), 'code,name\n3x1,工资\n');
        writeFileSync(join(d, 'disclosure.json'), '{ "id": ');
      }),
    );
    expect(ps.some((p) => p.file === 'content/registries/economic-codes.csv')).toBe(true);
    expect(ps.some((p) => p.file === file('disclosure.json') && p.expected === 'valid JSON')).toBe(true);
  });
});
