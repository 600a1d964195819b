/**
 * /checks/ lists every consistency failure of every disclosure, with its
 * message, stated and computed values and the operands' quotes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { runNormalize } from '../../scripts/lib/normalize-run';
import { DIST_DIR } from '../support/browser';
import { all, text, type El } from '../disclosure/html';

const collections = runNormalize(process.cwd()).collections!;
const doc = parse(readFileSync(join(DIST_DIR, 'checks', 'index.html'), 'utf8')) as unknown as El;
const items = all(doc, (e) => e.tagName === 'li' && (e.attrs ?? []).some((a) => a.name === 'class' && a.value.split(' ').includes('fail')));

describe('/checks/ page', () => {
  const failures = collections.details.flatMap((d) => d.checks.filter((c) => c.status === 'fail').map((c) => ({ d, c })));

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
        if (f) expect(entry!, `${d.id} ${c.check_id} ${id}`).toContain(f.quote.replace(/[\t\n]+/g, ' ').replace(/ {2,}/g, ' ').trim());
      }
    }
  });
});
