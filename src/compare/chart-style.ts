/**
 * Colours and type of the charts as SVG presentation attributes, so a chart
 * is self-contained when downloaded. On the page, compare.css overrides them
 * by class for dark mode (CSS beats presentation attributes).
 */
export const FONT = 'system-ui, -apple-system, "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif';

export const COLOR = {
  fg: '#1b1f24',
  muted: '#57606a',
  line: '#d0d7de',
  axis: '#8c959f',
  bar: '#0b5cad',
  hl: '#b3420b',
  a: '#0b5cad',
  b: '#7a4fb5',
  bg: '#ffffff',
} as const;

export type Role = keyof typeof COLOR;

/** Attributes for a filled shape or text of a colour role, with its class for dark mode. */
export function fill(role: Role, cls = ''): { fill: string; class: string } {
  return { fill: COLOR[role], class: `${cls} c-${role}`.trim() };
}

export function stroke(role: Role, cls = ''): { stroke: string; fill: string; class: string } {
  return { stroke: COLOR[role], fill: 'none', class: `${cls} s-${role}`.trim() };
}
