/**
 * A fake clock for tests of code that waits (a debounce, a timeout): while it is installed,
 * `setTimeout` and `clearTimeout` on `globalThis` only record timers, and time moves when the test says
 * so. A test then states exactly what happens at 999 ms and at 1000 ms, in no time, whatever the speed
 * of the machine.
 *
 * Install it only around the code under test: test tools that wait for real (axe, the test runner's
 * commands) would wait forever under it. Timers set before `install` stay real; clearing one of them
 * still works.
 */
export interface FakeClock {
  /** Milliseconds since the clock was installed. */
  readonly now: number;
  /** How many timers wait to run. */
  readonly pending: number;
  /** Moves time on by `ms`, running every timer that falls due on the way, in order (timers they set too). */
  tick(ms: number): void;
  /** Runs every timer, and the timers they set, until none is left. */
  runAll(): void;
  /** Gives `setTimeout` and `clearTimeout` back. Safe to call twice. */
  uninstall(): void;
}

interface Timer {
  id: number;
  at: number;
  run: () => void;
}

/** Fake timer ids start here, far from the ids the browser or Node hands out, so a real one is never mistaken for ours. */
const FIRST_ID = 1_000_000_000;
/** A clock that still has timers after this many rounds has a timer that keeps setting itself. */
const MAX_ROUNDS = 10_000;

export function installFakeClock(): FakeClock {
  const realSetTimeout = globalThis.setTimeout;
  const realClearTimeout = globalThis.clearTimeout;
  const timers = new Map<number, Timer>();
  let nextId = FIRST_ID;
  let now = 0;
  let installed = true;

  const fakeSetTimeout = (handler: unknown, delay?: number, ...args: unknown[]): number => {
    if (typeof handler !== 'function') throw new TypeError('the fake clock runs functions only');
    const id = nextId++;
    const wait = Math.max(0, Number(delay) || 0);
    timers.set(id, { id, at: now + wait, run: () => handler(...args) });
    return id;
  };
  const fakeClearTimeout = (id: unknown): void => {
    if (typeof id === 'number' && timers.delete(id)) return;
    (realClearTimeout as (id: unknown) => void)(id);
  };
  globalThis.setTimeout = fakeSetTimeout as unknown as typeof setTimeout;
  globalThis.clearTimeout = fakeClearTimeout as unknown as typeof clearTimeout;

  /** The timer to run next at or before `limit`: the earliest, and of equals the first set. */
  const next = (limit: number): Timer | undefined => {
    let found: Timer | undefined;
    for (const timer of timers.values()) if (timer.at <= limit && (!found || timer.at < found.at)) found = timer;
    return found;
  };
  const runUntil = (limit: number): void => {
    for (let rounds = 0; ; rounds += 1) {
      if (rounds > MAX_ROUNDS) throw new Error(`the fake clock ran ${MAX_ROUNDS} timers and more keep coming`);
      const timer = next(limit);
      if (!timer) return;
      timers.delete(timer.id);
      now = Math.max(now, timer.at);
      timer.run();
    }
  };

  return {
    get now() {
      return now;
    },
    get pending() {
      return timers.size;
    },
    tick(ms: number) {
      const target = now + ms;
      runUntil(target);
      now = target;
    },
    runAll() {
      runUntil(Number.POSITIVE_INFINITY);
    },
    uninstall() {
      if (!installed) return;
      installed = false;
      globalThis.setTimeout = realSetTimeout;
      globalThis.clearTimeout = realClearTimeout;
    },
  };
}
