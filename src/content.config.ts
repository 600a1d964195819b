/**
 * Content collections: loaded from the JSON that `npm run normalize` writes
 * (one small file per entry), validated against the same zod schemas the
 * normalizer uses. Only the small entries are collections (summaries,
 * counties); each disclosure's details and source text are read per page by
 * src/data/collections.ts, because Astro bundles the collection store.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { countyEntrySchema, disclosureSummarySchema } from './schema/normalized';

const generated = process.env.PORTAL_GENERATED_DIR ?? '.generated';
const json = (name: string) => glob({ pattern: '*.json', base: `${generated}/${name}` });

export const collections = {
  counties: defineCollection({ loader: json('counties'), schema: countyEntrySchema }),
  disclosures: defineCollection({ loader: json('disclosures'), schema: disclosureSummarySchema }),
  notes: defineCollection({ loader: glob({ pattern: '*/note.mdx', base: 'content/disclosures' }) }),
};
