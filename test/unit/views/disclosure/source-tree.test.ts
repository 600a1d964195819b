import { describe, expect, it } from 'vitest';
import { lineBounds, sourceLines, treeText, type SourceElement, type SourceNode } from '../../../../src/views/disclosure/source-tree';
import { sourceLineId } from '../../../../src/core/anchors';

const elements = (nodes: SourceNode[]): SourceElement[] => nodes.flatMap((n) => (typeof n === 'string' ? [] : [n, ...elements(n.children)]));

describe('the source text as lines', () => {
  const text = '标题\n30113\t住房公积金\t2.87\n\n30217\t公务接待费\t0.5';
  const lines = lineBounds(text);

  it('bounds every line, empty ones and the last without a newline included', () => {
    expect(lines.map(([s, e]) => text.slice(s, e))).toEqual(['标题', '30113\t住房公积金\t2.87', '', '30217\t公务接待费\t0.5']);
  });

  it('renders one element per line, ids from sourceLineId, without losing or adding a character', () => {
    const tree = sourceLines(text, []);
    expect(treeText(tree)).toBe(text);
    const ls = tree.filter((n): n is SourceElement => typeof n !== 'string');
    expect(ls.map((l) => l.id)).toEqual(lines.map((_, i) => sourceLineId(i + 1)));
    expect(ls.every((l) => l.line === true)).toBe(true);
    expect(ls.map((l) => treeText(l.children))).toEqual(lines.map(([s, e]) => text.slice(s, e)));
  });

  it('nests each quote in its line, a point too, and a quote spanning lines keeps its id once, continued by pieces that name it', () => {
    const q = (s: number, e: number) => ({ id: `q-${s}-${e}`, start: s, end: e });
    const row = text.indexOf('住房公积金');
    const across = q(text.indexOf('2.87'), text.indexOf('公务接待费') + 5);
    const tree = sourceLines(text, [q(row, row + 5), q(0, 0), across]);
    expect(treeText(tree)).toBe(text);
    const all = elements(tree);
    const ids = all.map((e) => e.id).filter((id): id is string => id !== null);
    expect(new Set(ids).size).toBe(ids.length);
    const line2 = all.find((e) => e.id === 'L2')!;
    expect(elements(line2.children).map((e) => e.id)).toEqual([`q-${row}-${row + 5}`, across.id]);
    expect(all.find((e) => e.id === 'L1')!.children[0]).toMatchObject({ id: 'q-0-0', point: true });
    // The first piece holds the text on its first line; the last line holds the rest, named by `of`.
    expect(treeText([all.find((e) => e.id === across.id)!])).toBe('2.87');
    const more = all.filter((e) => e.of === across.id);
    expect(more.map((e) => treeText(e.children))).toEqual(['30217\t公务接待费']);
    expect(elements(all.find((e) => e.id === 'L4')!.children)[0]).toBe(more[0]);
  });

  it('starts a range that begins on a newline on the next line', () => {
    const nl = text.indexOf('\n');
    const tree = sourceLines(text, [{ id: 'q-x', start: nl, end: nl + 6 }]);
    const l2 = elements(tree).find((e) => e.id === 'L2')!;
    expect(treeText([elements(l2.children)[0]])).toBe('30113');
  });
});
