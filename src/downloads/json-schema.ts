/**
 * JSON Schemas of the JSON downloads, generated from the normalized zod
 * schemas (the one definition of the data): one disclosure
 * (disclosures/<id>/disclosure.json) and one partition
 * (provinces/<partition>/disclosures.json).
 */
import { z } from 'zod';
import { zodToJsonSchema } from 'zod-to-json-schema';
import { disclosureDetailsSchema, disclosureSummarySchema } from '../schema/normalized';

export const disclosureJsonSchema = z.object({ summary: disclosureSummarySchema, details: disclosureDetailsSchema }).strict();
export const partitionJsonSchema = z.object({ $schema: z.string(), partition: z.string(), disclosures: z.array(disclosureJsonSchema) }).strict();

export function jsonSchema(what: 'disclosure' | 'partition'): Record<string, unknown> {
  const zs = what === 'disclosure' ? disclosureJsonSchema : partitionJsonSchema;
  const s = zodToJsonSchema(zs, { target: 'jsonSchema7', $refStrategy: 'none' }) as Record<string, unknown>;
  return {
    ...s,
    title: what === 'disclosure' ? '单份公开文件的概要和明细 (one disclosure: summary and details)' : '一个分区的公开文件 (the disclosures of one partition)',
  };
}
