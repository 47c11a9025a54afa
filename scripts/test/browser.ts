import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';

/** Debian's Chromium through playwright-core, for end-to-end tests (no browser is ever downloaded). */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/**
 * Chromium's switch that resolves no host name but loopback's: a page loaded with it reaches only the
 * servers the caller started on 127.0.0.1. SurveyJS's default theme, for one, asks fonts.gstatic.com for
 * Open Sans; with this switch that request fails at once on every machine, instead of leaving the machine
 * where there is a network (and changing SurveyJS's figures with the font's download and swap).
 */
export const LOOPBACK_ONLY = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost';
