import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * A built module and every module of its own package it imports, statically and transitively
 * (bare imports such as `lit` or `zod` are the consumer's, and not counted). Sorted absolute paths.
 */
export function moduleClosure(entryPath: string): string[] {
  const seen = new Set<string>();
  const todo = [entryPath];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*['"](\.{1,2}\/[^'"]+)['"]/g)) todo.push(resolve(dirname(file), match[1]!));
  }
  return [...seen].sort();
}
