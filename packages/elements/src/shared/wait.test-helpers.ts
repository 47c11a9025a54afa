import { waitUntil } from '@open-wc/testing';

/**
 * Waits until `condition` holds, for as long as a test may run. open-wc's `waitUntil` gives up after one second
 * by default, a clock a busy machine can miss (loading an instrument, an autosave's 400 ms pause): a test
 * waits for the event, and only mocha's timeout ends a wait for one that never comes. It polls on timers, not
 * animation frames, which a page the browser does not show never gets.
 */
export const until = (condition: () => unknown, message = 'the condition the test waits for never held'): Promise<void> => waitUntil(condition, message, { timeout: 110_000, interval: 20 });
