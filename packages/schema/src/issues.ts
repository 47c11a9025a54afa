/**
 * Validation results are data, not prose: a code, where it is, how bad it is and the values a message
 * needs. Messages come from the localised tables in `messages/`, so the same result reads well in a
 * browser, in the CLI and on a server, in any supported language.
 */
export const ISSUE_CODES = [
  // Structure (the JSON does not have the declared shape).
  'structure.missing',
  'structure.invalid-type',
  'structure.invalid-format',
  'structure.invalid-id',
  'structure.invalid-version',
  'structure.invalid-language',
  'structure.invalid-value',
  'structure.unknown-key',
  'structure.forbidden-key',
  'structure.too-many-problems',
  'structure.unknown-question-type',
  'structure.no-matching-form',
  'structure.too-small',
  'structure.too-big',
  'structure.invalid-json',
  'structure.json-ends-early',
  'source.missing-file',
  'source.todo-text',
  // Meaning of an instrument.
  'instrument.duplicate-id',
  'instrument.unknown-stage',
  'instrument.unknown-footnote',
  'instrument.unknown-stage-question',
  'instrument.missing-stage-description',
  'instrument.default-language-not-listed',
  'instrument.missing-default-language',
  'instrument.missing-translation',
  'instrument.unknown-placeholder',
  'instrument.min-above-max',
  'instrument.limit-above-block-count',
  'instrument.several-keep-options',
  'instrument.exclusive-other-option',
  // Meaning of a response.
  'response.other-instrument',
  'response.other-major-version',
  'response.other-version',
  'response.submitted-without-date',
  'answer.required',
  'answer.unknown-block',
  'answer.unknown-question',
  'answer.unknown-option',
  'answer.unknown-stage',
  'answer.wrong-shape',
  'answer.exclusive',
  'answer.other-text-required',
  'answer.too-few',
  'answer.too-many',
  'answer.duplicate',
  'answer.ambition-not-above-current',
  'answer.too-long',
  // What a team round left in a response.
  'team.counts-above-participants',
  // The list was cut short (see MAX_ISSUES).
  'issues.truncated',
] as const;

export type IssueCode = (typeof ISSUE_CODES)[number];
export type Severity = 'error' | 'warning';
export type IssuePath = Array<string | number>;
export type IssueParams = Record<string, string | number | boolean | string[]>;

export interface Issue {
  code: IssueCode;
  /** Where in the document, as keys and indexes from its root. */
  path: IssuePath;
  severity: Severity;
  params: IssueParams;
}

export function issue(code: IssueCode, path: IssuePath, params: IssueParams = {}, severity: Severity = 'error'): Issue {
  return { code, path, severity, params };
}

export const hasErrors = (issues: readonly Issue[]): boolean => issues.some((i) => i.severity === 'error');

/** A key `formatPath` writes as it is (`blocks.prevention`); any other key goes in brackets as a JSON string. */
const BARE_KEY = /^[A-Za-z_][\w-]*$/;

/** `clusters[0].blocks[2].title`: how paths read in messages and on the command line. `parseIssuePath` reads them back. */
export function formatPath(path: IssuePath): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (BARE_KEY.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out || '(root)';
}

/** The bare key a path may start with (as `BARE_KEY`, not anchored at the end). */
const FIRST_KEY = /^[A-Za-z_][\w-]*/;
/** One step after it: `.key` (digits alone are an index, as plain dotted paths write them), `[3]` or `["a.b"]`. */
const STEP = /^(?:\.([\w-]+)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\])/;

function jsonString(quoted: string): string | undefined {
  try {
    const value: unknown = JSON.parse(quoted);
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The path `formatPath` wrote, read back: `formatPath(p)` gives `p` again for every issue path (indexes
 * are whole numbers from 0). Plain dotted paths are read too (`final.priorities.blocks.0`, its digits an
 * index), as a server or a portal may write them. Undefined when the text is not a path.
 */
export function parseIssuePath(text: string): IssuePath | undefined {
  if (text === '' || text === '(root)') return [];
  const path: IssuePath = [];
  const first = FIRST_KEY.exec(text);
  if (first) path.push(first[0]);
  let rest = text.slice(first ? first[0].length : 0);
  while (rest !== '') {
    const step = STEP.exec(rest);
    if (!step) return undefined;
    const [whole, dotted, index, quoted] = step;
    if (dotted !== undefined) path.push(/^\d+$/.test(dotted) ? Number(dotted) : dotted);
    else if (index !== undefined) path.push(Number(index));
    else {
      const key = jsonString(quoted!);
      if (key === undefined) return undefined;
      path.push(key);
    }
    rest = rest.slice(whole.length);
  }
  return path;
}
