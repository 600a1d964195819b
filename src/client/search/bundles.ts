/**
 * The search index in the browser: reads the manifest
 * (/pagefind/manifest.json.gz under the site base), loads Pagefind from the
 * first partition it is asked for and merges each further partition's two
 * bundles (compact records and source text) on demand with Pagefind's
 * mergeIndex. Partitions once merged stay merged for the page's life.
 */
import type { Counts, PfResult } from '../../search/engine';
import type { Anchor } from '../../search/excerpt';
import { MANIFEST_NAME, parseManifest, type SearchManifest } from '../../search/manifest';

export interface PfFragment {
  url: string;
  raw_content?: string;
  content: string;
  anchors: Anchor[];
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

interface PagefindModule {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  mergeIndex: (path: string, o?: Record<string, unknown>) => Promise<void>;
  search: (term: string | null, o?: { filters?: unknown }) => Promise<{ results: PfResult<PfFragment>[] } | null>;
  filters: () => Promise<Counts>;
}

export class Bundles {
  readonly loaded = new Set<string>();
  private manifestP: Promise<SearchManifest> | null = null;
  private pfP: Promise<PagefindModule> | null = null;
  private merging: Promise<void> = Promise.resolve();

  constructor(private base: string) {}

  private url(path: string): string {
    return `${this.base}pagefind/${path}`;
  }

  manifest(): Promise<SearchManifest> {
    this.manifestP ??= fetch(this.url(MANIFEST_NAME)).then(async (r) => {
      if (!r.ok) throw new Error(`search manifest: HTTP ${r.status}`);
      return parseManifest(JSON.parse(await gunzipText(await r.arrayBuffer())));
    });
    this.manifestP.catch(() => (this.manifestP = null));
    return this.manifestP;
  }

  /** Pagefind, once the given partitions (in this order) are all loaded. */
  ensure(ids: readonly string[]): Promise<PagefindModule> {
    const step = this.merging.then(async () => {
      const m = await this.manifest();
      for (const id of ids) {
        if (this.loaded.has(id)) continue;
        const p = m.partitions.find((x) => x.id === id);
        if (!p) throw new Error(`search: no partition ${id} in the manifest`);
        if (!this.pfP) {
          this.pfP = (async () => {
            const mod = (await import(/* @vite-ignore */ this.url(`${p.bundles.records}pagefind.js`))) as PagefindModule;
            // No web worker: one file less to download; a partition is small enough for the main thread.
            await mod.options({ baseUrl: this.base, noWorker: true });
            await mod.init();
            return mod;
          })();
          this.pfP.catch(() => (this.pfP = null));
          await this.pfP;
        } else {
          await (await this.pfP).mergeIndex(this.url(p.bundles.records), { baseUrl: this.base });
        }
        await (await this.pfP).mergeIndex(this.url(p.bundles.text), { baseUrl: this.base });
        this.loaded.add(id);
      }
    });
    this.merging = step.catch(() => undefined);
    return step.then(() => this.pfP!);
  }

  /** Every value of every filter in the loaded partitions (loads their filter files). */
  async filterValues(): Promise<Counts> {
    if (!this.pfP) return {};
    return (await this.pfP).filters();
  }
}

/** The text of gzipped bytes, or of the bytes as they are when a host already inflated them (no gzip magic number). */
export async function gunzipText(bytes: ArrayBuffer): Promise<string> {
  const head = new Uint8Array(bytes, 0, Math.min(2, bytes.byteLength));
  if (head[0] !== 0x1f || head[1] !== 0x8b) return new TextDecoder().decode(bytes);
  const inflated = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(inflated).text();
}
