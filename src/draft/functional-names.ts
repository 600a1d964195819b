/**
 * Functional classification codes from the names a sentence prints, for the
 * two cases where a name identifies its code without guessing:
 * - a 类/款/项 path ("一般公共服务（类）网信事务（款）行政运行（项）"): each name
 *   is looked up under its parent, so a repeated name (行政运行) is no problem;
 * - a single name that occurs once in the whole registry (组织事务, 网信事务).
 * A trailing 支出 is ignored on both sides ("组织事务支出支出" = 组织事务).
 */
export interface FunctionalNames {
  /** The code of a 类（类）…款（款）…项（项） path, or null. */
  path(text: string): string | null;
  /** The code of a name that is unique in the registry, or null. */
  unique(name: string): string | null;
}

const bare = (name: string) => name.replace(/\s+/g, '').replace(/(支出)+$/, '');

export function functionalNames(rows: Iterable<{ code: string; name: string }>): FunctionalNames {
  const all = [...rows];
  const counts = new Map<string, string[]>();
  for (const r of all) counts.set(bare(r.name), [...(counts.get(bare(r.name)) ?? []), r.code]);
  const child = (parent: string, len: number, name: string) => {
    const hits = all.filter((r) => r.code.length === len && r.code.startsWith(parent) && bare(r.name) === bare(name));
    return hits.length === 1 ? hits[0].code : null;
  };
  return {
    path(text) {
      const m = /^\s*(?:\d+[、.．]\s*)?(.+?)[（(]类[）)](.+?)[（(]款[）)](?:(.+?)[（(]项[）)])?[。.]?\s*$/.exec(text);
      if (!m) return null;
      const cls = child('', 3, m[1]);
      const kuan = cls && child(cls, 5, m[2]);
      if (!kuan || !m[3]) return kuan;
      return child(kuan, 7, m[3]);
    },
    unique(name) {
      const hits = counts.get(bare(name));
      return hits && hits.length === 1 && bare(name) !== '' ? hits[0] : null;
    },
  };
}
