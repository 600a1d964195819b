/**
 * The folder-hash memo (src/build/folder-hash-memo.ts): the same hashes as
 * reading every byte, read again exactly when a file's identity changed,
 * including an edit of the same length whose modification time is set back.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { folderHashMemo } from '../../../src/build/folder-hash-memo';
import { hashFolder } from '../../../src/build/inputs-hash';

const tmp = mkdtempSync(join(tmpdir(), 'folder-hash-memo-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const memoFile = join(tmp, 'cache', 'folder-hashes.json');
const folder = (name: string, files: Record<string, string>) => {
  const dir = join(tmp, name);
  mkdirSync(dir, { recursive: true });
  for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, f), text);
  return dir;
};

describe('folder-hash memo', () => {
  const a = folder('a', { 'disclosure.json': '{"title":"一"}', 'facts.csv': 'id\n1\n' });
  const b = folder('b', { 'disclosure.json': '{"title":"二"}' });

  it('gives what reading every byte gives, and reads nothing the second time', () => {
    const first = folderHashMemo(memoFile);
    expect([first.hashFolder(a), first.hashFolder(b)]).toEqual([hashFolder(a), hashFolder(b)]);
    expect([first.read, first.reused]).toEqual([2, 0]);
    first.save();
    const second = folderHashMemo(memoFile);
    expect([second.hashFolder(a), second.hashFolder(b)]).toEqual([hashFolder(a), hashFolder(b)]);
    expect([second.read, second.reused]).toEqual([0, 2]);
    second.save();
  });

  it('reads a folder again when a file changed, even at the same length with its old modification time', () => {
    const f = join(a, 'facts.csv');
    const { atime, mtime } = statSync(f);
    writeFileSync(f, 'id\n2\n');
    utimesSync(f, atime, mtime);
    const m = folderHashMemo(memoFile);
    expect(m.hashFolder(a)).toBe(hashFolder(a));
    expect(m.hashFolder(b)).toBe(hashFolder(b));
    expect([m.read, m.reused]).toEqual([1, 1]);
    m.save();
  });

  it('reads a folder again when a file is added, and forgets folders a run did not hash', () => {
    writeFileSync(join(b, 'narrative.json'), '[]');
    const m = folderHashMemo(memoFile);
    expect(m.hashFolder(b)).toBe(hashFolder(b));
    expect([m.read, m.reused]).toEqual([1, 0]);
    m.save();
    const next = folderHashMemo(memoFile);
    next.hashFolder(a);
    expect([next.read, next.reused]).toEqual([1, 0]);
  });

  it('starts empty from a missing or unreadable memo file', () => {
    writeFileSync(join(tmp, 'broken.json'), '{not json');
    const m = folderHashMemo(join(tmp, 'broken.json'));
    expect(m.hashFolder(a)).toBe(hashFolder(a));
    expect(m.read).toBe(1);
  });
});
