/**
 * Folder hashes remembered between builds. The partition keys hash every
 * byte of every disclosure folder (inputs-hash.ts), which at 100,000
 * disclosures is reading the whole corpus (gigabytes) before a rebuild can
 * tell what changed. A folder whose files all have the identity they had
 * when it was last hashed (relative path, device, inode, size, modification
 * and change time in ns) keeps its hash without being read.
 *
 * The change time is part of the identity because curated files are edited
 * in place: a tool may set the modification time back (`touch -d`, `cp -p`,
 * an unpacked archive), but every write or metadata change sets the change
 * time to now, and no tool can set it.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { filesUnder, hashFiles, hashStrings } from './inputs-hash';

export const FOLDER_HASHES_FILE = 'folder-hashes.json';

/** The identity of the files of a folder (sorted relative paths), without reading them. */
export function folderIdentity(dir: string, files: readonly string[]): string {
  return hashStrings(
    files.map((f) => {
      const s = statSync(join(dir, f), { bigint: true });
      return `${f}\0${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
    }),
  );
}

export interface FolderHashMemo {
  /** hashFolder(dir), read only when its files' identity changed since it was remembered. */
  hashFolder(dir: string): string;
  /** Writes what this run hashed (only that: folders gone from the corpus are forgotten). */
  save(): void;
  /** Folders hashed from their bytes this run, and those whose remembered hash was used. */
  read: number;
  reused: number;
}

/** A memo kept in `file`; a missing or unreadable file is an empty memo. */
export function folderHashMemo(file: string): FolderHashMemo {
  let before: Record<string, { identity: string; hash: string }> = {};
  try {
    before = JSON.parse(readFileSync(file, 'utf8')) as typeof before;
  } catch {
    before = {};
  }
  const now: typeof before = {};
  const memo: FolderHashMemo = {
    read: 0,
    reused: 0,
    hashFolder(dir) {
      const files = filesUnder(dir);
      const identity = folderIdentity(dir, files);
      const known = before[dir];
      if (known?.identity === identity) {
        memo.reused++;
        now[dir] = known;
        return known.hash;
      }
      memo.read++;
      const hash = hashFiles(dir, files);
      // A file changed while it was read gets no memo entry: the next run reads it again.
      if (folderIdentity(dir, files) === identity) now[dir] = { identity, hash };
      return hash;
    },
    save() {
      mkdirSync(dirname(file), { recursive: true });
      const tmp = `${file}.tmp-${process.pid}`;
      writeFileSync(tmp, JSON.stringify(now));
      renameSync(tmp, file);
    },
  };
  return memo;
}
