/**
 * Personal data: mainland mobile numbers (11 digits starting 13–19) of the
 * clerks who filled in forms. The curated source stays verbatim; everything
 * the portal republishes goes through this module: one detector for the
 * written forms (redaction, `npm run check`) and a broader one for the leak
 * scan over the built site.
 *
 * Written forms the detector knows: 13812345678, 138-1234-5678,
 * 138 1234 5678, 1381234 5678, 138-12345678, +8613812345670,
 * +86 138 1234 5678, (+86)138…, 008613812345674, full-width digits and
 * dashes (１３８－１２３４－５６７０), ideographic and no-break spaces.
 */

import { BIDI_CONTROL } from './text-safety';

const DIGIT = '[0-9０-９]';
/** One separator between digit groups: a space of any kind or a dash of any kind. */
const SEP = '[ \\u00a0\\u2009\\u3000\\-\\u2010\\u2011\\u2012\\u2013\\u2014\\uff0d]';
const PREFIX = `(?:(?:[+＋]|00|００)[ \\u00a0\\u3000]?(?:86|８６)|[(（][+＋]?(?:86|８６)[)）]|(?:86|８６))${SEP}?`;
const BODY = `[1１][3-9３-９]${DIGIT}(?:${SEP}?${DIGIT}{4}${SEP}?${DIGIT}{4}|${DIGIT}{4}${SEP}${DIGIT}{4}|${SEP}${DIGIT}{8})`;

/** A personal mobile number in one of its common written forms (global; not next to another digit). */
export const MOBILE_NUMBER = new RegExp(`(?<![0-9０-９+＋])(?:${PREFIX})?${BODY}(?![0-9０-９])`, 'g');

/**
 * The leak scan's broader net, for text as it is published (HTML, JSON, CSV,
 * the search index): the same groups, but any digit may be split from the next
 * by invisible characters (zero-width spaces, as the search index's CJK
 * splitting inserts, soft hyphens) or inline HTML tags (not cell or block
 * boundaries), and the group separators may
 * also be dots, slashes, middle dots or runs of up to three; letters count as a
 * boundary too (hex digests and hashed file names are not numbers). The build
 * fails on any hit, so a false alarm is fixed in the data, never shipped.
 */
const HIDDEN =
  '(?:[\\u200b-\\u200d\\u2060\\ufeff\\u00ad]|<\\/?(?:mark|span|a|b|strong|em|i|u|s|small|sub|sup|abbr|data|wbr)\\b[^<>\\n]{0,200}>|&#8203;|&shy;)*';
const WIDE_SEP = `(?:${HIDDEN}(?:${SEP}|[.．·/]){0,3}${HIDDEN})`;
const d = (n: number) => Array.from({ length: n }, () => DIGIT).join(HIDDEN);
export const MOBILE_LIKE = new RegExp(
  `(?<![0-9A-Za-z０-９])(?:(?:[+＋]|00|００)?(?:86|８６)${WIDE_SEP})?[1１]${HIDDEN}[3-9３-９]${HIDDEN}${DIGIT}${WIDE_SEP}${d(4)}${WIDE_SEP}${d(4)}(?![0-9A-Za-z０-９])`,
  'g',
);

export const REDACTED_MOBILE = '〔个人手机号已隐去〕';

/** The 11 digits of a matched number (ASCII, without prefix or separators), to compare finds. */
export function mobileDigits(match: string): string {
  const d = match.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\D/g, '');
  return d.slice(-11);
}

/** Every mobile number the detector finds in a text. */
export function findMobileNumbers(text: string): string[] {
  return [...text.matchAll(MOBILE_NUMBER)].map((m) => m[0]);
}

/**
 * The text as the portal publishes it: personal mobile numbers replaced by
 * REDACTED_MOBILE (counted), and bidi embedding/override controls removed (they
 * would make a quote display in another order than the document's). Quotes go
 * through the same function, so they still match the published source.
 */
export function redactPersonalData(text: string): { text: string; count: number } {
  let count = 0;
  const out = text.replace(BIDI_CONTROL, '').replace(MOBILE_NUMBER, () => {
    count++;
    return REDACTED_MOBILE;
  });
  return { text: out, count };
}
