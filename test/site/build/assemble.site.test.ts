/**
 * Partitions built on separate machines (src/build/build.ts): each partition
 * of a small synthetic corpus is built alone (`--partition <id>`, a fresh
 * output and cache each, as in a CI matrix), the partition folders are
 * gathered into one cache and `--assemble` builds the site from them: dist/
 * and the generated folder are byte-identical to one whole build. A missing
 * partition is refused, naming it.
 */
import { cpSync, existsSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheDirOf, partitionDir } from '../../../src/build/partition-cache';
import { countByCounty, planPartitions } from '../../../src/core/partitions';
import { differences, partitionedWork, type PartitionedWork } from '../../support/site/partitioned-build';

let w: PartitionedWork;
let partitions: string[];

beforeAll(() => {
  w = partitionedWork('assemble-test');
  partitions = planPartitions(countByCounty(w.ids.map((id) => id.slice(0, 6)))).partitions.map((p) => p.id);
  for (const p of partitions) {
    w.build(`machine-${p}`, ['--partition', p]);
    cpSync(partitionDir(cacheDirOf(w.dist(`machine-${p}`)), p), partitionDir(cacheDirOf(w.dist('assembled')), p), { recursive: true });
  }
  w.build('assembled', ['--assemble']);
  w.build('whole');
}, 5_000_000);
afterAll(() => rmSync(w.work, { recursive: true, force: true }));

describe('partitions built separately, then assembled', () => {
  it('builds one partition alone into its cache folder, without a site', () => {
    expect(partitions.length).toBeGreaterThan(1);
    for (const p of partitions) {
      expect(w.report(`machine-${p}`).partitions).toEqual([p]);
      expect(w.report(`machine-${p}`).data.rebuilt).toEqual([p]);
      expect(w.report(`machine-${p}`).search.rebuilt).toEqual([p]);
      expect(existsSync(w.dist(`machine-${p}`))).toBe(false);
    }
  });

  it('assembles the same dist/ and generated data as one build, byte for byte', () => {
    expect(w.report('assembled').data.rebuilt).toEqual([]);
    expect(w.report('assembled').pages.rebuilt).toEqual([]);
    expect(w.report('assembled').search).toEqual({ reused: partitions, rebuilt: [] });
    expect(differences(w.dist('assembled'), w.dist('whole'))).toEqual([]);
    expect(differences(w.generated('assembled'), w.generated('whole'))).toEqual([]);
  });

  it('refuses to assemble when a partition is missing, naming it', () => {
    rmSync(partitionDir(cacheDirOf(w.dist('assembled')), partitions[0]), { recursive: true, force: true });
    let err = '';
    try {
      w.build('assembled', ['--assemble']);
    } catch (e) {
      err = String((e as { stderr?: string }).stderr);
    }
    expect(err).toContain(`--partition ${partitions[0]}`);
  });
});
