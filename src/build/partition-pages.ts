/**
 * A partition's pages in an Astro build's output: the disclosure pages
 * (`disclosures/<id>/`) with their share images (`og/disclosures/<id>.svg`)
 * and county pages (`counties/<code>/`, with their
 * further pages) whose county code falls in the partition. The build renders
 * the pages of the partitions it rebuilds (PORTAL_RENDER_PARTITIONS,
 * src/store/shard.ts), moves them into each one's cache folder, and links
 * every partition's cached pages into the site.
 */
import { existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { RenderSelection } from '../config';
import { partitionOfCode } from '../store/shard';

const COUNTY_CODE = /^\d{6}$/;

/** The page folders (relative to the output folder) of partition `id`. */
export function pageFoldersOf(outDir: string, id: string, plan: readonly string[]): string[] {
  const out: string[] = [];
  for (const [dir, codeOf] of [
    ['disclosures', (name: string) => name.slice(0, 6)],
    ['counties', (name: string) => name],
    // share images: og/disclosures/<id>.svg
    ['og/disclosures', (name: string) => name.slice(0, 6)],
  ] as const) {
    if (!existsSync(join(outDir, dir))) continue;
    for (const name of readdirSync(join(outDir, dir)).sort()) {
      const code = codeOf(name);
      if (COUNTY_CODE.test(code) && partitionOfCode(code, plan) === id) out.push(`${dir}/${name}`);
    }
  }
  return out;
}

/** Moves partition `id`'s pages out of an Astro output folder into `pagesDir`. */
export function takePages(outDir: string, id: string, plan: readonly string[], pagesDir: string): void {
  for (const rel of pageFoldersOf(outDir, id, plan)) {
    mkdirSync(join(pagesDir, rel, '..'), { recursive: true });
    renameSync(join(outDir, rel), join(pagesDir, rel));
  }
}

/** The environment value of PORTAL_RENDER_PARTITIONS. */
export const renderSelection = (s: RenderSelection): string => JSON.stringify(s);
