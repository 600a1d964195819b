/**
 * Characters no curated text may carry into the site: NUL and other control
 * characters (tab and line feed aside), and the bidirectional embedding and
 * override controls that make text display in another order than it is
 * stored (U+202A–U+202E, U+2066–U+2069). The verbatim source and its quotes
 * may hold the bidi controls (the document has them); redactPersonalData
 * removes them from what is published.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
export const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/g;

const name = (c: string) => {
  const hex = `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return c === '\0'
    ? `a NUL byte (${hex})`
    : c === '\r'
      ? `a carriage return (${hex})`
      : /[\u202a-\u202e\u2066-\u2069]/.test(c)
        ? `a direction-override character (${hex})`
        : `a control character (${hex})`;
};

/** What is wrong with a field's text, or null. Verbatim fields may hold bidi controls. */
export function unsafeCharacters(text: string, verbatim: boolean): string | null {
  const c = CONTROL.exec(text);
  if (c) return `${name(c[0])} at character ${c.index + 1}`;
  if (!verbatim) {
    BIDI_CONTROL.lastIndex = 0;
    const b = /[\u202a-\u202e\u2066-\u2069]/.exec(text);
    if (b) return `${name(b[0])} at character ${b.index + 1}`;
  }
  return null;
}
