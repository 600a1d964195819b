/**
 * The Content-Security-Policy of every page (meta tag in Base.astro) and of
 * static hosts (public/_headers, checked equal by test/site). Scripts and
 * styles only from the site itself: no inline scripts, no inline styles.
 * 'wasm-unsafe-eval' lets the search page run pagefind's WebAssembly.
 */
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";
