/** The chart palette mirrors the design tokens of global.css, and global.css paints every role with its token. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROLES, TOKENS, color, fill, stroke, type Role } from '../../../src/charts/palette';

const css = readFileSync('src/styles/global.css', 'utf8');
const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');
const rootBlock = css.slice(css.indexOf(':root {'), darkStart);
const darkBlock = css.slice(darkStart, css.indexOf('}\n}', darkStart));
const tokensIn = (block: string) => Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{3,8})\s*;/g)].map((m) => [m[1], m[2].toLowerCase()]));

describe('chart palette', () => {
  it('has the light and dark values of the CSS tokens', () => {
    const light = tokensIn(rootBlock);
    const dark = tokensIn(darkBlock);
    for (const [name, v] of Object.entries(TOKENS.light)) expect(light[name], `--${name}`).toBe(v);
    for (const [name, v] of Object.entries(TOKENS.dark)) expect(dark[name], `dark --${name}`).toBe(v);
  });

  it('global.css paints each role used by a mark with the token of the role, fill and stroke', () => {
    const rules = [...css.matchAll(/([^{}]+)\{([^}]*)\}/g)].map((m) => ({ selectors: m[1].split(',').map((x) => x.trim()), body: m[2] }));
    const rule = (sel: string) =>
      rules
        .filter((r) => r.selectors.includes(`.chart-svg .${sel}`))
        .map((r) => r.body)
        .join(' ');
    for (const role of Object.keys(ROLES) as Role[]) {
      expect(rule(`c-${role}`), `.c-${role}`).toContain(`fill: var(--${ROLES[role]})`);
      expect(rule(`s-${role}`), `.s-${role}`).toContain(`stroke: var(--${ROLES[role]})`);
      expect(fill(role).fill).toBe(color(role));
      expect(stroke(role).class).toBe(`s-${role}`);
    }
  });
});
