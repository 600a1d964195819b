/**
 * Runs a search over the partitions it needs: first the scope the reader
 * chose or named (src/search/scope.ts), or the first partition when the
 * search is nationwide; then, for a nationwide search at once and for a
 * scoped one when the reader asks, every other partition, one at a time,
 * reporting the results after each, so the reader sees results early and is
 * told while they are incomplete.
 */
import { SearchEngine, type Counts, type Outcome } from '../../search/engine';
import { remainingPartitions, resolveScope, scopeText, type Scope } from '../../search/scope';
import type { SearchState } from '../../search/query';
import type { Bundles, PfFragment } from './bundles';

export interface RunView {
  outcome: Outcome<PfFragment>;
  scope: Scope;
  /** What was searched, and whether the results are complete. */
  scopeLine: string;
  complete: boolean;
  /** Whether other partitions are being merged now. */
  merging: boolean;
  /** Every filter value of the loaded partitions (only with counts). */
  values: Counts | null;
}

export interface RunOptions {
  /** Work out facet counts (the filter panel is open). */
  counts: boolean;
  /** Search the partitions outside a scope too. */
  everywhere: boolean;
  /** False once a newer search has started: stop. */
  current: () => boolean;
  update: (v: RunView) => void;
}

export class Runner {
  private engine: SearchEngine<PfFragment> | null = null;

  constructor(private bundles: Bundles) {}

  private async once(state: SearchState, scope: Scope, o: RunOptions, merging: boolean): Promise<void> {
    const m = await this.bundles.manifest();
    const first = scope.source === 'all' ? undefined : (_url: string, d: PfFragment) => scope.partitions.includes(d.meta.partition ?? '');
    const outcome = await this.engine!.run(state.q, state.filters, { counts: o.counts, first });
    const values = o.counts ? await this.bundles.filterValues() : null;
    if (!o.current()) return;
    const left = remainingPartitions(m, this.bundles.loaded).length;
    const complete = left === 0 || (scope.closed && scope.source !== 'all');
    o.update({ outcome, scope, scopeLine: scopeText(scope, m, this.bundles.loaded, merging), complete, merging, values });
  }

  async run(state: SearchState, o: RunOptions): Promise<void> {
    const m = await this.bundles.manifest();
    const scope = resolveScope(state, m);
    const first = scope.source === 'all' ? scope.partitions.slice(0, 1) : scope.partitions;
    const pf = await this.bundles.ensure(first);
    this.engine ??= new SearchEngine<PfFragment>(pf);
    if (!o.current()) return;
    const rest = remainingPartitions(m, this.bundles.loaded);
    const goOn = rest.length > 0 && (scope.source === 'all' || (o.everywhere && !scope.closed));
    await this.once(state, scope, o, goOn);
    if (!goOn) return;
    for (let i = 0; i < rest.length && o.current(); i++) {
      await this.bundles.ensure([rest[i]]);
      if (!o.current()) return;
      await this.once(state, scope, o, i < rest.length - 1);
    }
  }
}
