/**
 * The Content-Security-Policy of every page: scripts and styles only from files of this server (no
 * inline code, no eval), no plugins, no framing, no base-URL tricks.
 */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
