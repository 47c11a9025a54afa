/**
 * Runs jobs at most `slots` at a time, in the order given as far as their dependencies allow.
 *
 * A job is `{ name, after?: [names], run(): Promise<boolean>, skip?(reason) }`; `run` resolves true when
 * the job succeeded. A job whose dependency failed (or does not exist) does not run: its `skip(reason)`
 * is called instead, so it can count itself as failed. Resolves with a Map of job name → succeeded.
 */
export function schedule(jobs, slots) {
  const outcome = new Map();
  const names = new Set(jobs.map((job) => job.name));
  const waiting = [...jobs];
  let running = 0;

  return new Promise((resolve) => {
    const blockedBy = (job) => (job.after ?? []).find((name) => outcome.get(name) === false || !names.has(name));

    const start = (job) => {
      running += 1;
      Promise.resolve()
        .then(() => job.run())
        .catch(() => false)
        .then((ok) => {
          running -= 1;
          outcome.set(job.name, ok === true);
          pump();
        });
    };

    const pump = () => {
      let changed = true;
      while (changed) {
        changed = false;
        for (const job of [...waiting]) {
          const blocker = blockedBy(job);
          if (blocker !== undefined) {
            waiting.splice(waiting.indexOf(job), 1);
            job.skip?.(names.has(blocker) ? `${blocker} failed` : `${blocker} is not a job`);
            outcome.set(job.name, false);
            changed = true;
          } else if (running < slots && (job.after ?? []).every((name) => outcome.has(name))) {
            waiting.splice(waiting.indexOf(job), 1);
            start(job);
          }
        }
      }
      if (waiting.length === 0 && running === 0) resolve(outcome);
    };
    pump();
  });
}
