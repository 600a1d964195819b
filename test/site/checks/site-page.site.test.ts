/**
 * /checks/ and its numbered pages (/checks/page/<n>/) list every consistency
 * failure of every disclosure, with its message, stated and computed values
 * and the operands' quotes.
 */
import { isStructuralRule } from '../../../src/checks';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { runNormalize } from '../../../src/build/normalize-run';
import { DIST_DIR } from '../../support/browser';
import { all, text, type El } from '../../support/disclosure-html';

const collections = runNormalize(process.cwd()).collections!;
const pagesDir = join(DIST_DIR, 'checks', 'page');
const docs = (existsSync(pagesDir) ? readdirSync(pagesDir) : []).map((n) => parse(readFileSync(join(pagesDir, n, 'index.html'), 'utf8')) as unknown as El);
const items = docs.flatMap((doc) =>
  all(doc, (e) => e.tagName === 'li' && (e.attrs ?? []).some((a) => a.name === 'class' && a.value.split(' ').includes('fail'))),
);

describe('/checks/ page', () => {
  // Structural results (what a document contains) are the scorecard's; /checks/ lists figures that disagree.
  const failures = collections.details.flatMap((d) => d.checks.filter((c) => c.status === 'fail' && !isStructuralRule(c.rule)).map((c) => ({ d, c })));

  it('has one entry per failing check across all disclosures (and there are real ones in the seeds)', () => {
    expect(failures.length).toBeGreaterThanOrEqual(5);
    expect(items.length).toBe(failures.length);
  });

  it('each entry carries the message and the quotes of its figures', () => {
    const texts = items.map((li) => text(li).replace(/\s+/g, ' '));
    for (const { d, c } of failures) {
      const entry = texts.find((t) => t.includes(c.message.replace(/\s+/g, ' ')));
      expect(entry, `${d.id} ${c.check_id}`).toBeDefined();
      for (const id of c.fact_ids) {
        const f = d.facts.find((x) => x.id === id) ?? d.indicators.find((x) => x.id === id);
        if (f)
          expect(entry!, `${d.id} ${c.check_id} ${id}`).toContain(
            f.quote
              .replace(/[\t\n]+/g, ' ')
              .replace(/ {2,}/g, ' ')
              .trim(),
          );
      }
    }
  });

  it('the overview counts the failures by rule and by prefecture as the data does, and lists no failure itself', () => {
    const overview = parse(readFileSync(join(DIST_DIR, 'checks', 'index.html'), 'utf8')) as unknown as El;
    const attrOf = (e: El, n: string) => (e.attrs ?? []).find((a) => a.name === n)?.value;
    const cells = (tr: El) => all(tr, (e) => e.tagName === 'td').map((td) => text(td).trim());
    const byRule = new Map<string, number>();
    for (const { c } of failures) byRule.set(c.rule, (byRule.get(c.rule) ?? 0) + 1);
    const ruleRows = all(overview, (e) => e.tagName === 'tr' && attrOf(e, 'data-rule') !== undefined);
    expect(new Map(ruleRows.map((tr) => [attrOf(tr, 'data-rule')!, Number(cells(tr)[0])]))).toEqual(byRule);
    const byPrefecture = new Map<string, number>();
    for (const { d } of failures) {
      const s = collections.disclosures.find((x) => x.id === d.id)!;
      byPrefecture.set(s.prefecture_code, (byPrefecture.get(s.prefecture_code) ?? 0) + 1);
    }
    const regionRows = all(overview, (e) => e.tagName === 'tr' && attrOf(e, 'data-region') !== undefined);
    expect(new Map(regionRows.map((tr) => [attrOf(tr, 'data-region')!, Number(cells(tr)[2])]))).toEqual(byPrefecture);
    expect(all(overview, (e) => e.tagName === 'li' && (attrOf(e, 'class') ?? '').split(' ').includes('fail'))).toEqual([]);
  });
});
