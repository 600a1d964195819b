/**
 * The Content-Security-Policy of every page (meta tag in Base.astro) and of
 * static hosts (public/_headers, checked equal by test/site). Scripts and
 * styles only from the site itself: no inline scripts, no inline styles.
 * 'wasm-unsafe-eval' lets the search page run pagefind's WebAssembly.
 */
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

/**
 * What only a response header can say (a meta tag cannot): the CSP with
 * frame-ancestors (no framing of the site), and the other security headers of
 * public/_headers, checked equal by test/site.
 */
export const CSP_HEADER = `${CSP}; frame-ancestors 'none'`;
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'X-Frame-Options': 'DENY',
};
