import { closestId } from './did-you-mean.js';
import { issue, type Issue, type Severity } from './issues.js';

/**
 * The most issues a validation returns. A hostile document can contain a problem at every one of its
 * entries; listing them all would make the reply larger than the request. The rest are counted in one
 * last `issues.truncated` issue, so a caller can still say "and N more".
 */
export const MAX_ISSUES = 100;

/**
 * Gathers issues up to MAX_ISSUES and counts the rest in constant time each. `hasErrors` covers the
 * issues that were only counted too, so a long list of warnings cannot hide an error behind the cap.
 */
export class IssueCollector {
  private readonly kept: Issue[] = [];
  private omitted = 0;
  private omittedErrors = false;
  private errors = false;

  constructor(private readonly limit: number = MAX_ISSUES) {}

  push(found: Issue): void {
    if (found.severity === 'error') this.errors = true;
    if (this.kept.length < this.limit) this.kept.push(found);
    else this.omit(1, found.severity);
  }

  /**
   * Pushes an issue about an id that does not exist and, when the issue is kept, names the known id it
   * most likely misspells (`params.suggestion`): searched only for kept issues, so the cap bounds the cost.
   */
  pushUnknown(found: Issue, id: string, known: () => Iterable<string>): void {
    if (!this.full) {
      const suggestion = closestId(id, known());
      if (suggestion !== undefined) found.params = { ...found.params, suggestion };
    }
    this.push(found);
  }

  /** Counts issues known to exist without building them: only worth it once the list is full. */
  omit(count: number, severity: Severity): void {
    if (count <= 0) return;
    this.omitted += count;
    if (severity === 'error') this.errors = this.omittedErrors = true;
  }

  /** No room left: further issues are only counted. */
  get full(): boolean {
    return this.kept.length >= this.limit;
  }

  /** How many issues were found, kept or not. */
  get size(): number {
    return this.kept.length + this.omitted;
  }

  get hasErrors(): boolean {
    return this.errors;
  }

  /**
   * Pushes what another collector gathered, as if its issues had been pushed here one by one: its kept
   * issues (copies, so a caller that decorates an issue changes only its own) and its count of the rest.
   */
  pushAll(other: IssueCollector): void {
    for (const found of other.kept) this.push({ ...found });
    this.omit(other.omitted, other.omittedErrors ? 'error' : 'warning');
  }

  /** The kept issues, then (when some were left out) one `issues.truncated` issue that counts them. */
  toArray(): Issue[] {
    if (this.omitted === 0) return [...this.kept];
    const severity: Severity = this.omittedErrors ? 'error' : 'warning';
    return [...this.kept, issue('issues.truncated', [], { omitted: this.omitted }, severity)];
  }
}
