/**
 * The one palette of the charts. The design tokens are the CSS custom
 * properties of src/styles/global.css (light and dark); this module mirrors
 * the ones charts use (test/charts/palette.test.ts fails when the two
 * disagree). A chart mark carries its light colour as a presentation
 * attribute, so a downloaded SVG is self-contained, and a class `c-<role>`
 * (fill) or `s-<role>` (stroke) through which global.css paints it with the
 * token on the page, in light and dark mode alike.
 */

import type { PhaseId } from '../core/concepts';

export const FONT = 'system-ui, -apple-system, "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif';

/** Chart tokens as in global.css: `--<name>` under :root, and under prefers-color-scheme: dark. */
export const TOKENS = {
  light: {
    fg: '#1b1f24',
    muted: '#57606a',
    bg: '#ffffff',
    line: '#d0d7de',
    bar: '#2563a8',
    warn: '#9a3412',
    c0: '#1d4ed8',
    c1: '#b45309',
    c2: '#047857',
    c3: '#7c3aed',
    c4: '#be123c',
    c5: '#475569',
    ref: '#94a3b8',
  },
  dark: {
    fg: '#e6edf3',
    muted: '#a3adb8',
    bg: '#0d1117',
    line: '#30363d',
    bar: '#4f94dd',
    warn: '#fdba74',
    c0: '#6b9bff',
    c1: '#f0a45d',
    c2: '#34d399',
    c3: '#b794f6',
    c4: '#fb7185',
    c5: '#94a3b8',
    ref: '#64748b',
  },
} as const;

export type Token = keyof (typeof TOKENS)['light'];

/** What a mark is, and the token that paints it. */
export const ROLES = {
  fg: 'fg',
  muted: 'muted',
  line: 'line',
  axis: 'muted',
  bg: 'bg',
  bar: 'bar',
  hl: 'warn',
  a: 'bar',
  b: 'c3',
  ref: 'ref',
  s0: 'c0',
  s1: 'c1',
  s2: 'c2',
  s3: 'c3',
  s4: 'c4',
  s5: 'c5',
} as const satisfies Record<string, Token>;

export type Role = keyof typeof ROLES;

/** The categorical series roles, in order (grouped bars, stack segments). */
export const SERIES: Role[] = ['s0', 's1', 's2', 's3', 's4', 's5'];
export const seriesRole = (i: number): Role => SERIES[i % SERIES.length];

/**
 * Budget phases keep one colour wherever they are drawn, keyed by the phase
 * (core/concepts PhaseId), not by the position of the series in a chart: a
 * document without a 年初预算 still paints its 全年预算 and 决算 in their own
 * colours.
 */
export const PHASE_ROLES: Record<PhaseId, Role> = {
  initial_budget: 's0',
  adjusted_budget: 's1',
  actual: 's2',
  prior_year_actual: 's3',
  prior_year_budget: 's4',
  funds_received: 's5',
  target: 'ref',
  none: 'bar',
};

/** The colour role of a series: its phase's when the series is a budget phase, else by position. */
export function seriesRoleOf(key: string, i: number): Role {
  return Object.hasOwn(PHASE_ROLES, key) ? PHASE_ROLES[key as PhaseId] : seriesRole(i);
}

/** The light colour of a role (presentation attribute, downloads). */
export const color = (role: Role): string => TOKENS.light[ROLES[role]];

/** Attributes for a filled shape or text of a role. */
export function fill(role: Role, cls = ''): { fill: string; class: string } {
  return { fill: color(role), class: `${cls} c-${role}`.trim() };
}

/** Attributes for a stroked, unfilled shape of a role. */
export function stroke(role: Role, cls = ''): { stroke: string; fill: string; class: string } {
  return { stroke: color(role), fill: 'none', class: `${cls} s-${role}`.trim() };
}
