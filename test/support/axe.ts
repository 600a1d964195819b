/**
 * axe-core over a page in Chromium. The page's CSP forbids the injected
 * script, so open the page in a context created with bypassCSP: true.
 */
import type { Page } from 'playwright-core';

export const AXE_PATH = 'node_modules/axe-core/axe.min.js';

/** "id: help — targets" of every axe violation on the page as it is now. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_PATH });
  const violations = (await page.evaluate(async () => {
    const r = await (
      window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }
    ).axe.run(document);
    return r.violations;
  })) as { id: string; help: string; nodes: { target: string[] }[] }[];
  return violations.map(
    (v) =>
      `${v.id}: ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(', ')}`,
  );
}
