/**
 * Work a scan waits for before it says it is settled: checks that need the full checks' file, a part of the
 * scan still loading while the team is at its step. `updateComplete` resolves once all of it is done, so a
 * host (or a test) that awaits it sees the scan as the team will.
 */
export class PendingWork {
  private readonly running = new Set<Promise<unknown>>();

  /** Keeps a value still coming in the set until it settles; a value already there passes through. */
  track<T>(value: T | Promise<T>): T | Promise<T> {
    if (!(value instanceof Promise)) return value;
    this.running.add(value);
    const done = () => this.running.delete(value);
    value.then(done, done);
    return value;
  }

  /** The element's own update, awaited again after each round of pending work (which may ask for another update). */
  async settle(updated: () => Promise<boolean>): Promise<boolean> {
    let complete = await updated();
    while (this.running.size > 0) {
      await Promise.allSettled([...this.running]);
      complete = await updated();
    }
    return complete;
  }
}
