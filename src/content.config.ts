/**
 * Content collections: loaded from the JSON that `npm run normalize` writes
 * (one small file per entry), validated against the same zod schemas the
 * normalizer uses.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { countyEntrySchema, disclosureDetailsSchema, disclosureSummarySchema, sourceEntrySchema } from './schema/normalized';

const generated = process.env.PORTAL_GENERATED_DIR ?? '.generated';
const json = (name: string) => glob({ pattern: '*.json', base: `${generated}/${name}` });

export const collections = {
  counties: defineCollection({ loader: json('counties'), schema: countyEntrySchema }),
  disclosures: defineCollection({ loader: json('disclosures'), schema: disclosureSummarySchema }),
  details: defineCollection({ loader: json('details'), schema: disclosureDetailsSchema }),
  sources: defineCollection({ loader: json('sources'), schema: sourceEntrySchema }),
  notes: defineCollection({ loader: glob({ pattern: '*/note.mdx', base: 'content/disclosures' }) }),
};
