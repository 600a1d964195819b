/**
 * The one formula neutraliser, for every CSV a reader may open in a
 * spreadsheet (the Excel copies of the tables, each disclosure's CSV, chart
 * data). A spreadsheet runs a cell as a formula when its text starts with
 * = + - @ (or their full-width forms ＝ ＋ － ＠, which some spreadsheets fold
 * to ASCII), also after leading spaces, tabs or line breaks; such text gets a
 * leading apostrophe, which spreadsheets show as text. A plain number
 * (-3.5, +2) stays a number. Browser-safe: the compare island uses it too.
 */
const FORMULA_START = /^[\s\u00a0\u3000]*[=+\-@＝＋－＠]|^[\t\r\n]/;
const PLAIN_NUMBER = /^[-+]?\d+(\.\d+)?$/;

/** Whether a spreadsheet would treat the text as a formula. */
export function looksLikeFormula(s: string): boolean {
  return FORMULA_START.test(s) && !PLAIN_NUMBER.test(s);
}

export function neutraliseFormula(s: string): string {
  return looksLikeFormula(s) ? `'${s}` : s;
}
