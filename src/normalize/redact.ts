/**
 * Personal data: mainland mobile numbers (11 digits starting 13–19) of the
 * clerks who filled in forms. The curated source stays verbatim; everything
 * the portal republishes goes through this.
 */
export const MOBILE_NUMBER = /(?<![\d])1[3-9]\d{9}(?![\d])/g;
export const REDACTED_MOBILE = '〔个人手机号已隐去〕';

export function redactPersonalData(text: string): { text: string; count: number } {
  let count = 0;
  const out = text.replace(MOBILE_NUMBER, () => {
    count++;
    return REDACTED_MOBILE;
  });
  return { text: out, count };
}
