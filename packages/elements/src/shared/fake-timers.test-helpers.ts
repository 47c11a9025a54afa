import { useFakeTimers, type SinonFakeTimers } from 'sinon';

/**
 * Fake timers for tests of code that waits (a debounce, a timeout): while installed, `setTimeout` and
 * `clearTimeout` only record timers, and time moves when the test says so (`tick`, `runAll`), so a test
 * states exactly what happens at 999 ms and at 1000 ms, in no time, whatever the speed of the machine.
 *
 * Only those two are faked: `Date`, animation frames and microtasks stay real, so Lit's updates and the
 * events a test awaits still happen. Timers set before the install stay real, and clearing one of them
 * still reaches the page (`shouldClearNativeTimers`). Install them only around the code under test:
 * test tools that wait for real (axe, the test runner's commands) would wait forever under them.
 * `uninstall()` gives the page its timers back.
 */
export function installFakeTimers(): SinonFakeTimers {
  return useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldClearNativeTimers: true });
}

export type { SinonFakeTimers as FakeTimers };
