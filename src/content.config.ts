/**
 * Content collections: the counties, loaded from the JSON that `npm run
 * normalize` writes (one small file per county), validated against the same
 * zod schema the normalizer uses. (Editorial notes are plain Markdown the
 * normalizer parses: notes/<id>.json, never compiled.) Disclosure
 * summaries, details and source texts are not collections: Astro bundles the
 * whole collection store into the build (100,000 summaries would be hundreds
 * of megabytes of JavaScript), so src/store/collections.ts reads them from the
 * generated JSON as pages need them.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { countyEntrySchema } from './schema/normalized';
import { GENERATED_DIR, KINDS } from './store/layout';

export const collections = {
  counties: defineCollection({ loader: glob({ pattern: '*.json', base: `${GENERATED_DIR}/${KINDS.counties}` }), schema: countyEntrySchema }),
};
