/**
 * The generated folder's layout, known here only: where the normalizer writes
 * the generated data (one JSON file per entry and kind) and where the pages,
 * the content config and the build steps read it. PORTAL_GENERATED_DIR moves
 * it (tests, the benchmark, parallel builds). Free of Astro imports, so the
 * build's worker threads can use it too.
 */
import { join } from 'node:path';
import { config } from '../config';

export const GENERATED_DIR = config.generatedDir;

/** The folders of the generated data, one JSON file per entry (`<kind>/<id>.json`). */
export const KINDS = {
  /** Disclosure summaries: the lists, the home, county and compare pages. */
  summaries: 'disclosures',
  /** A disclosure's full normalized details (figures, checks, scorecard). */
  details: 'details',
  /** A disclosure's verbatim source text, split into nodes. */
  sources: 'sources',
  /** One small file per county: the only content collection. */
  counties: 'counties',
  /** What the /checks/ pages show of a disclosure with a failed check (store/failures.ts). */
  failures: 'failures',
  /** The parsed editorial notes, only for disclosures with a note.md. */
  notes: 'notes',
} as const;

export type Kind = (typeof KINDS)[keyof typeof KINDS];

/** Every folder of the generated data, in the order the normalizer creates them. */
export const ALL_KINDS: readonly Kind[] = [KINDS.summaries, KINDS.details, KINDS.sources, KINDS.counties, KINDS.failures, KINDS.notes];

/** Folder of the parsed editorial notes. */
export const NOTES_KIND = KINDS.notes;

/** The list of download files (path, size, hash) the /data/ page reads. */
export const MANIFEST_FILE = 'downloads-manifest.json';

/** The folder of one kind inside a generated folder. */
export function kindDir(generatedDir: string, kind: Kind): string {
  return join(generatedDir, kind);
}

/** The file of one entry inside a generated folder. */
export function entryFile(generatedDir: string, kind: Kind, id: string): string {
  return join(generatedDir, kind, `${id}.json`);
}
