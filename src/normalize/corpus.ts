/**
 * The whole curated corpus → normalized collections, or the complete list of
 * problems. Pure: it takes file contents in memory (path → bytes), so tests
 * can feed fixtures without touching the disk. normalizeEach is the one loop
 * over a corpus: this in-memory reference and the streaming build
 * (src/build/normalize-slice.ts, a disk source, one disclosure at a time in
 * worker threads) run it and differ only in the effect given each disclosure.
 */
import type { Problem } from '../core/problems';
import { decodeUtf8 } from './text-decode';
import type { CountyEntry, DisclosureDetails, DisclosureSummary, SourceEntry } from '../schema/normalized';
import { normalizeDisclosure, type NormalizedDisclosure, type ReadText, type RunChecks } from './disclosure';
import { readRegistries, type Registries } from './registries';

export type CorpusFiles = Map<string, Uint8Array>;

export interface Collections {
  counties: CountyEntry[];
  disclosures: DisclosureSummary[];
  details: DisclosureDetails[];
  sources: SourceEntry[];
}

export interface CorpusResult {
  problems: Problem[];
  collections: Collections | null;
  /** Per disclosure, what tests need beyond the collections (verbatim text, not-figures rules). */
  normalized: NormalizedDisclosure[];
  registries: Registries;
}

export const DISCLOSURES_DIR = 'content/disclosures';

/** A file's bytes, undefined when there is none, or why it cannot be read (a link out of the repository, too big). */
export type FileSource = (path: string) => Uint8Array | undefined | { problem: string };

/**
 * A ReadText over some byte source that records missing files, unreadable
 * files and bad encodings as problems. Line ends are normalised: CRLF (and a
 * lone CR) become LF, in every file alike, so quotes written in a CRLF CSV
 * still match a CRLF source text. A NUL byte means the file is not text.
 */
export function readerFor(get: FileSource, problems: Problem[]): ReadText {
  return (path, opts) => {
    const bytes = get(path);
    if (!bytes) {
      if (!opts?.optional) problems.push({ file: path, expected: 'a file here', found: 'no such file' });
      return null;
    }
    if (!(bytes instanceof Uint8Array)) {
      problems.push({ file: path, expected: 'a curated file inside the repository', found: bytes.problem });
      return null;
    }
    const d = decodeUtf8(bytes);
    if (!d.ok) {
      problems.push({ file: path, expected: 'UTF-8 text', found: d.found });
      return null;
    }
    const nul = d.text.indexOf('\0');
    if (nul >= 0) {
      const line = d.text.slice(0, nul).split('\n').length;
      problems.push({ file: path, where: `line ${line}`, expected: 'text (no NUL bytes)', found: `a NUL byte at character ${nul + 1} of the file` });
      return null;
    }
    return d.text.replace(/\r\n?/g, '\n');
  };
}

/** A disclosure is a folder directly under content/disclosures/ with files in it (files beside the folders are ignored). */
export function disclosureFolders(paths: Iterable<string>): string[] {
  const folders = new Set<string>();
  for (const p of paths) if (p.startsWith(DISCLOSURES_DIR + '/') && p.split('/').length >= 4) folders.add(p.split('/').slice(0, 3).join('/'));
  return [...folders].sort();
}

/** Records an id for its folder; false (with a problem) when another folder already has it. */
export function claimId(idToFolder: Map<string, string>, id: string, folder: string, problems: Problem[]): boolean {
  const prev = idToFolder.get(id);
  if (prev) {
    problems.push({
      file: `${folder}/disclosure.json`,
      where: '$.id',
      expected: 'a disclosure id used by one folder only',
      found: `duplicate id ${id}, also in ${prev}/disclosure.json`,
    });
    return false;
  }
  idToFolder.set(id, folder);
  return true;
}

/** The county entries of the registry, each with the ids of its disclosures. */
export function countyEntries(registries: Registries, disclosures: Iterable<{ id: string; county_code: string }>): CountyEntry[] {
  const byCounty = new Map<string, string[]>();
  for (const d of disclosures) {
    const list = byCounty.get(d.county_code);
    if (list) list.push(d.id);
    else byCounty.set(d.county_code, [d.id]);
  }
  return [...registries.counties.values()].map((c) => ({
    ...c,
    // the registry's empty cells become null, its years numbers
    valid_from: c.valid_from ? Number(c.valid_from) : null,
    valid_to: c.valid_to ? Number(c.valid_to) : null,
    predecessor_code: c.predecessor_code || null,
    successor_code: c.successor_code || null,
    disclosure_ids: byCounty.get(c.code) ?? [],
  }));
}

/** A corpus to normalize: where its files are read from, and its disclosure folders ("content/disclosures/<name>", in id order). */
export interface CorpusSource {
  file: FileSource;
  folders: readonly string[];
}

/** A corpus held in memory (path → bytes). */
export const memorySource = (files: CorpusFiles): CorpusSource => ({ file: (path) => files.get(path), folders: disclosureFolders(files.keys()) });

/** The registries of a corpus; their problems go to `problems`. */
export const sourceRegistries = (file: FileSource, problems: Problem[]): Registries => readRegistries(readerFor(file, problems), problems);

/**
 * What the loop does with each disclosure that normalized: `clean` is false
 * once any problem has been found in the corpus (so far), when a writer should
 * only go on looking for more problems.
 */
export type DisclosureEffect = (n: NormalizedDisclosure, folder: string, clean: boolean) => void;

/**
 * The one loop over a corpus: each folder in order is read, validated,
 * normalized and checked, its problems added to `problems`, and what it
 * yields handed to `effect` (kept in memory, or written to disk and dropped).
 */
export function normalizeEach(source: CorpusSource, registries: Registries, problems: Problem[], runChecks: RunChecks, effect: DisclosureEffect): void {
  const readText = readerFor(source.file, problems);
  for (const folder of source.folders) {
    const n = normalizeDisclosure(folder, readText, registries, problems, runChecks);
    if (n) effect(n, folder, problems.length === 0);
  }
}

export function normalizeCorpus(files: CorpusFiles, runChecks: RunChecks): CorpusResult {
  const problems: Problem[] = [];
  const source = memorySource(files);
  const registries = sourceRegistries(source.file, problems);

  const normalized: NormalizedDisclosure[] = [];
  const idToFolder = new Map<string, string>();
  normalizeEach(source, registries, problems, runChecks, (n, folder) => {
    if (claimId(idToFolder, n.summary.id, folder, problems)) normalized.push(n);
  });
  if (problems.length) return { problems, collections: null, normalized, registries };
  return {
    problems,
    collections: {
      counties: countyEntries(
        registries,
        normalized.map((n) => n.summary),
      ),
      disclosures: normalized.map((n) => n.summary),
      details: normalized.map((n) => n.details),
      sources: normalized.map((n) => n.source),
    },
    normalized,
    registries,
  };
}
