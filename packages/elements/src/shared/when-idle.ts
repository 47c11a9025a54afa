/**
 * Runs `run` in the browser's next idle moment (after the frame just drawn), at the latest after two seconds;
 * where requestIdleCallback is missing (Safari), after a short timeout. For work that may wait for the team's
 * first look at a page: fetching the last steps' files, building a formatter, checking a response ahead.
 */
export function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 200);
}
