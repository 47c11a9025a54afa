/** The page's own timer, kept before any test installs fake timers (see packages/elements/src/shared/fake-timers.test-helpers.ts). */
const realSetTimeout = globalThis.setTimeout;

/**
 * Waits until `condition()` holds, looking again every few milliseconds for as long as it takes. It sets
 * no time limit of its own: the test runner's timeout is the only one, so a busy machine makes a test
 * slower, never red.
 */
export async function waitFor(condition: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise<void>((resolve) => realSetTimeout(resolve, 10));
}
