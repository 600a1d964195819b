/**
 * Where the normalizer writes the generated data (one JSON file per entry and
 * kind) and where the pages, the content config and the build steps read it.
 * PORTAL_GENERATED_DIR moves it (tests, the benchmark, parallel builds).
 * Free of Astro imports, so the build scripts can use it too.
 */
import { config } from '../config';

export const GENERATED_DIR = config.generatedDir;

/** Folder of the parsed editorial notes (notes/<id>.json, only for disclosures with a note.md). */
export const NOTES_KIND = 'notes';
