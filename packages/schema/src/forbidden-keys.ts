import type { IssueCollector } from './issue-collector.js';
import { isForbiddenKey } from './forbidden-key-names.js';
import { issue, type IssuePath } from './issues.js';

/** One place in the document; paths are built from the parent links only for the few issues reported. */
interface Visit {
  value: unknown;
  parent: Visit | undefined;
  key: string | number | undefined;
}

function pathOf(visit: Visit): IssuePath {
  const path: IssuePath = [];
  for (let at: Visit | undefined = visit; at?.parent; at = at.parent) path.push(at.key!);
  return path.reverse();
}

const isContainer = (value: unknown): value is object => {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
};

/**
 * Reports every forbidden key of a JSON-like value as `structure.forbidden-key`, at any depth. Visits
 * each object once (a loop, not recursion, so deep nesting cannot overflow the stack; shared and cyclic
 * references are visited once), so the cost is linear in the size of the value.
 */
export function reportForbiddenKeys(data: unknown, issues: IssueCollector): void {
  const seen = new WeakSet<object>();
  const stack: Visit[] = [{ value: data, parent: undefined, key: undefined }];
  for (let visit = stack.pop(); visit; visit = stack.pop()) {
    const { value } = visit;
    if (!isContainer(value) || seen.has(value)) continue;
    seen.add(value);
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], parent: visit, key: i });
      continue;
    }
    const keys = Object.keys(value);
    for (const key of keys) {
      if (!isForbiddenKey(key)) continue;
      if (issues.full) issues.omit(1, 'error');
      else issues.push(issue('structure.forbidden-key', [...pathOf(visit), key], { key }));
    }
    // Pushed last to first, so the document is read in its own order.
    const record = value as Record<string, unknown>;
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      if (!isForbiddenKey(key)) stack.push({ value: record[key], parent: visit, key });
    }
  }
}
