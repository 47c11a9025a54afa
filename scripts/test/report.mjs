/**
 * What `npm test` prints, and the counts behind its last line. By default: one line per check or test
 * file (its counts and seconds) as it finishes, a line now and then while something long runs, every
 * failure in full at the end, then the total as the very last line. With `verbose`: also every test and
 * everything the tests and tools printed, as it comes.
 */

/** Seconds without a printed line after which the report says what is still running. */
const QUIET_SECONDS = 20;
/** Lines of a test file's own output shown with its failures (all of them with --verbose, as they come). */
const OUTPUT_LINES_WITH_FAILURE = 80;

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

export class Report {
  constructor({ verbose = false, write = (text) => process.stdout.write(text) } = {}) {
    this.verbose = verbose;
    this.write = write;
    this.items = new Map();
    this.notes = [];
    this.running = new Map();
    this.lastPrint = Date.now();
    this.startedAt = Date.now();
    this.ticker = setInterval(() => this.signOfLife(), 1000);
    this.ticker.unref();
  }

  print(line) {
    this.write(`${line}\n`);
    this.lastPrint = Date.now();
  }

  /** A check or test file: its counts, failures and output. Created on first use. */
  item(name) {
    let item = this.items.get(name);
    if (!item) {
      item = { name, passed: 0, failed: 0, skipped: 0, failures: [], output: [], startedAt: Date.now(), done: false };
      this.items.set(name, item);
    }
    return item;
  }

  /** One test's result, as a reporter gave it. */
  result(name, { path = [], status, ms = 0, error }) {
    const item = this.item(name);
    item[status] += 1;
    if (status === 'failed') item.failures.push({ path, error: error ?? 'failed' });
    if (this.verbose) {
      const mark = { passed: 'ok  ', failed: 'FAIL', skipped: 'skip' }[status];
      this.print(`    ${mark} ${[name, ...path].join(' › ')} (${Math.round(ms)} ms)`);
    }
  }

  /** A failure that is not one test's: a check that failed, a file that did not run. */
  fail(name, error) {
    this.result(name, { status: 'failed', error });
  }

  pass(name) {
    this.result(name, { status: 'passed' });
  }

  /** What a test file or tool printed: kept for its failures, shown at once with --verbose. */
  output(name, text) {
    const lines = text.replace(/\n$/, '').split('\n');
    this.item(name).output.push(...lines);
    if (this.verbose) for (const line of lines) this.print(`    | ${name}: ${line}`);
  }

  /** Extra text printed with the failures, e.g. what a runner said when a file did not load. */
  note(title, lines) {
    if (lines.length > 0) this.notes.push({ title, lines });
  }

  /** The file or check is done: a file that ran no test fails here. Prints its line. */
  finish(name, ms) {
    const item = this.item(name);
    if (item.done) return;
    if (item.passed + item.failed === 0) this.fail(name, item.skipped > 0 ? 'every test was skipped: nothing was checked' : 'ran no test');
    item.done = true;
    const counts = [`${item.passed} passed`, item.failed && `${item.failed} failed`, item.skipped && `${item.skipped} skipped`].filter(Boolean).join(', ');
    this.print(`${item.failed ? 'FAIL' : 'ok  '}  ${name.padEnd(64)} ${counts.padEnd(30)} ${seconds(ms ?? Date.now() - item.startedAt).padStart(7)}`);
  }

  /** A long step starts or ends: the sign of life names what runs. */
  started(name, describe = () => '') {
    this.running.set(name, { since: Date.now(), describe });
  }

  stopped(name) {
    this.running.delete(name);
  }

  signOfLife() {
    if (this.running.size === 0 || Date.now() - this.lastPrint < QUIET_SECONDS * 1000) return;
    const now = Date.now();
    const what = [...this.running].map(([name, { since, describe }]) => `${name}${describe() ? ` (${describe()})` : ''} ${Math.round((now - since) / 1000)} s`);
    this.print(`  …   ${seconds(now - this.startedAt)} in; still running: ${what.join('; ')}`);
  }

  /** Prints every failure in full and the total as the last line; returns the totals. */
  end() {
    clearInterval(this.ticker);
    const totals = { passed: 0, failed: 0, skipped: 0 };
    for (const item of this.items.values()) for (const key of Object.keys(totals)) totals[key] += item[key];
    const failed = [...this.items.values()].filter((item) => item.failed > 0);
    if (failed.length > 0) {
      this.print(`\nFailures (${totals.failed}):`);
      for (const item of failed) {
        for (const { path, error } of item.failures) {
          this.print(`\nFAIL ${[item.name, ...path].join(' › ')}`);
          this.print(indent(error));
        }
        if (!this.verbose && item.output.length > 0) {
          const shown = item.output.slice(-OUTPUT_LINES_WITH_FAILURE);
          const hidden = item.output.length - shown.length;
          this.print(`\n  What ${item.name} printed${hidden > 0 ? ` (its last ${shown.length} lines)` : ''}:`);
          this.print(indent(shown.join('\n'), 4));
        }
      }
      for (const { title, lines } of this.notes) {
        this.print(`\n  ${title}:`);
        this.print(indent(lines.join('\n'), 4));
      }
    }
    this.print(`\nTook ${seconds(Date.now() - this.startedAt)}.`);
    this.print(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
    return totals;
  }
}

const indent = (text, by = 2) =>
  String(text)
    .split('\n')
    .map((line) => `${' '.repeat(by)}${line}`)
    .join('\n');
