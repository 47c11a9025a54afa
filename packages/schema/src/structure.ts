import type { z } from 'zod';
import type { IssueCollector } from './issue-collector.js';
import { issue, type Issue, type IssuePath } from './issues.js';
import { ID_PATTERN, LANGUAGE_PATTERN, SEMVER_PATTERN } from './format-constants.js';

type ZodIssue = z.core.$ZodIssue;

/** What a JSON value is, in the words an author would use. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** How long a quoted value may be in a message: enough to recognise it, never a whole paragraph. */
const SHORT_VALUE = 40;

/** A value as it is written in JSON, cut short with "…": how a message names what it found. */
export function shortValue(value: unknown): string {
  let json: string;
  try {
    json = JSON.stringify(value) ?? String(value);
  } catch {
    json = String(value);
  }
  return json.length > SHORT_VALUE ? `${json.slice(0, SHORT_VALUE - 1)}…` : json;
}

const toPath = (base: IssuePath, path: readonly PropertyKey[]): IssuePath => [
  ...base,
  ...path.map((key) => (typeof key === 'number' ? key : String(key))),
];

/**
 * How deep a union branch got before it failed: the branch that got furthest is the one the author meant.
 * A loop, not `Math.max(...)`: a branch can hold more issues than a call takes arguments.
 */
function depth(issues: readonly ZodIssue[]): number {
  let deepest = 0;
  for (const i of issues) deepest = Math.max(deepest, i.path.length);
  return deepest;
}

/**
 * Parses with zod and adds its issues to the collector; the parsed value when there are none.
 *
 * zod passes a container's issues up to its parent as the arguments of one call, so a document with
 * some hundred thousand problems overflows the call stack inside zod. That ends here, in one
 * `structure.too-many-problems`, instead of an exception: validation never throws.
 */
export function parseStructure<T>(schema: z.ZodType<T>, data: unknown, issues: IssueCollector): T | undefined {
  let parsed: ReturnType<typeof schema.safeParse>;
  try {
    parsed = schema.safeParse(data, { reportInput: true });
  } catch {
    issues.push(issue('structure.too-many-problems', []));
    return undefined;
  }
  if (parsed.success) return parsed.data;
  collectZodIssues(parsed.error.issues, issues);
  return undefined;
}

/**
 * Translates zod's issues into Poolster issues (codes and params, no English prose) and adds them to a
 * collector. zod reports every bad entry of an array or record, so there can be one per entry of the
 * document; each is translated as it comes and, once the collector is full, counted and dropped, so no
 * second list as long as zod's is kept.
 */
function collectZodIssues(zodIssues: readonly ZodIssue[], issues: IssueCollector): void {
  for (const found of zodIssueList(zodIssues, [])) issues.push(found);
}

/** The translation, one issue at a time. */
function* zodIssueList(zodIssues: readonly ZodIssue[], base: IssuePath): Generator<Issue> {
  for (const zi of zodIssues) yield* fromZodIssue(zi, base);
}

function fromZodIssue(zi: ZodIssue, base: IssuePath): Iterable<Issue> {
  const path = toPath(base, zi.path);
  switch (zi.code) {
    case 'invalid_type':
      return zi.input === undefined
        ? [issue('structure.missing', path, { expected: zi.expected })]
        : [issue('structure.invalid-type', path, { expected: zi.expected, received: describeValue(zi.input), value: shortValue(zi.input) })];
    case 'invalid_format':
      return [formatIssue(zi, path)];
    case 'invalid_value':
      return [issue('structure.invalid-value', path, { expected: zi.values.map((v) => JSON.stringify(v)), value: shortValue(zi.input) })];
    case 'unrecognized_keys':
      return [issue('structure.unknown-key', path, { keys: zi.keys })];
    case 'too_small':
      return [issue('structure.too-small', path, { minimum: Number(zi.minimum) })];
    case 'too_big':
      return [issue('structure.too-big', path, { maximum: Number(zi.maximum) })];
    case 'invalid_key':
      return zodIssueList(zi.issues, path);
    case 'invalid_element':
      return zodIssueList(zi.issues, path);
    case 'invalid_union': {
      if (zi.discriminator !== undefined || zi.errors.length === 0) {
        const received = (zi.input as Record<string, unknown> | undefined)?.[zi.discriminator ?? 'type'];
        return [
          issue('structure.unknown-question-type', zi.discriminator && path.at(-1) !== zi.discriminator ? [...path, zi.discriminator] : path, {
            received: describeDiscriminator(received),
            allowed: QUESTION_TYPES_HINT,
          }),
        ];
      }
      const deepest = zi.errors.reduce((best, branch) => (depth(branch) > depth(best) ? branch : best), zi.errors[0] ?? []);
      if (depth(deepest) > zi.path.length) return zodIssueList(deepest, base);
      const expected = [...new Set(zi.errors.flatMap((branch) => branch.map((b) => (b.code === 'invalid_type' ? typeName(b.expected) : b.code))))];
      const allTypeMismatches = zi.errors.every((branch) => branch.every((b) => b.code === 'invalid_type' && b.path.length === 0));
      if (allTypeMismatches && zi.input === undefined) return [issue('structure.missing', path, { expected: expected.join(' | ') })];
      return allTypeMismatches
        ? [issue('structure.invalid-type', path, { expected: expected.join(' | '), received: describeValue(zi.input), value: shortValue(zi.input) })]
        : [issue('structure.no-matching-form', path, { expected })];
    }
    case 'custom':
      // Identifier's refinement: a name that reaches an object's prototype.
      if (zi.params?.['forbiddenKey'] === true) return [issue('structure.forbidden-key', path, { key: String(zi.input) })];
      return [issue('structure.invalid-value', path, { expected: [], value: shortValue(zi.input) })];
    default:
      return [issue('structure.invalid-value', path, { expected: [], value: shortValue(zi.input) })];
  }
}

/** zod says "record" where a JSON author sees an object. */
const typeName = (expected: string): string => (expected === 'record' ? 'object' : expected);

/** Our own string formats get their own codes, so messages can say what was expected in every language. */
function formatIssue(zi: Extract<ZodIssue, { code: 'invalid_format' }>, path: IssuePath): Issue {
  const pattern = 'pattern' in zi && typeof zi.pattern === 'string' ? zi.pattern : '';
  // zod reports the pattern as a regex literal ("/…/").
  const value = shortValue(zi.input);
  if (pattern === String(ID_PATTERN)) return issue('structure.invalid-id', path, { value });
  if (pattern === String(SEMVER_PATTERN)) return issue('structure.invalid-version', path, { value });
  if (pattern === String(LANGUAGE_PATTERN)) return issue('structure.invalid-language', path, { value });
  return issue('structure.invalid-format', path, { format: zi.format, value });
}

const describeDiscriminator = (value: unknown): string => (typeof value === 'string' ? value : describeValue(value));

/** Kept in one place with the question schemas' literals; checked by a test. */
export const QUESTION_TYPES_HINT = [
  'text',
  'stage',
  'ambition',
  'single-choice',
  'multiple-choice',
  'block-pick',
  'block-ranking',
];
