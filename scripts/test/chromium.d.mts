/** Types for chromium.mjs (plain JavaScript, so the test-runner config can load it without a compiler). */
export function chromiumPath(): string;
export const CHROMIUM_ARGS: string[];
export function ensureChromium(): string;
