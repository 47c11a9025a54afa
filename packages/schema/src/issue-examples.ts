import type { Issue, IssuePath } from './issues.js';
import { formatPath } from './issues.js';
import { shortValue } from './structure.js';

/** How many siblings are tried on each side before giving up: the nearest valid one is what helps. */
const SIBLINGS_TRIED = 8;

/** Codes whose fix is "write it like a valid one": a sibling written right is the best example. */
const SHOWS_EXAMPLE = new Set<Issue['code']>([
  'structure.missing',
  'structure.invalid-type',
  'structure.invalid-format',
  'structure.invalid-value',
  'structure.invalid-id',
  'structure.invalid-language',
  'structure.no-matching-form',
  'structure.too-small',
  'structure.unknown-question-type',
]);

/** Codes whose message already shows a valid value ("such as 1.0.0"): a sibling may help, the reference adds nothing. */
const EXPLAINED = new Set<Issue['code']>(['structure.invalid-id', 'structure.invalid-version', 'structure.invalid-language', 'structure.unknown-question-type']);

/**
 * Adds to each structural issue of an instrument where a valid example is: the same field of the nearest
 * sibling that has no issue (`params.examplePath`, `params.example`: the block before it, the stage after
 * it, a block of the next cluster), else the section of FIELDS.md that describes the field, with an
 * example from real content (`params.reference`). Bounded: a few siblings per list the path passes
 * through, for the issues that were kept.
 */
export function addExamples(data: unknown, issues: Issue[]): void {
  // Every path at or above an issue: a candidate in this set has an issue at it or inside it.
  const flagged = new Set<string>();
  for (const i of issues) for (let n = 0; n <= i.path.length; n++) flagged.add(JSON.stringify(i.path.slice(0, n)));
  for (const found of issues) {
    if (!SHOWS_EXAMPLE.has(found.code) || found.path.length === 0) continue;
    const example = nearestValidSibling(data, found.path, flagged);
    if (example) found.params = { ...found.params, examplePath: formatPath(example.path), example: shortValue(example.value) };
    else if (!EXPLAINED.has(found.code)) found.params = { ...found.params, reference: `FIELDS.md#${fieldsSection(found.path)}` };
  }
}

function nearestValidSibling(data: unknown, path: IssuePath, flagged: ReadonlySet<string>): { path: IssuePath; value: unknown } | undefined {
  for (let k = path.length - 1; k >= 0; k--) {
    const index = path[k];
    if (typeof index !== 'number') continue;
    const list = valueAt(data, path.slice(0, k));
    if (!Array.isArray(list)) continue;
    for (let step = 1; step <= SIBLINGS_TRIED; step++) {
      for (const j of [index - step, index + step]) {
        if (j < 0 || j >= list.length) continue;
        const candidate = [...path.slice(0, k), j, ...path.slice(k + 1)];
        const value = valueAt(data, candidate);
        // Valid: no issue at it or inside it (one on an ancestor, such as an unknown key beside it, does not count).
        if (value !== undefined && !flagged.has(JSON.stringify(candidate))) return { path: candidate, value };
      }
    }
  }
  return undefined;
}

function valueAt(value: unknown, path: IssuePath): unknown {
  let node = value;
  for (const key of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** The FIELDS.md section (its anchor) of the part a path ends in: the last list entry it passes through. */
function fieldsSection(path: IssuePath): string {
  let section = 'instrument';
  path.forEach((key, i) => {
    if (typeof path[i + 1] !== 'number' || typeof key !== 'string') {
      if (key === 'outcomeIndicators') section = 'outcomeindicators';
      return;
    }
    if (key === 'footnotes') section = 'footnote';
    else if (key === 'options') section = 'option';
    else if (key.endsWith('Questions')) section = 'question';
    else if (i === 0 && key === 'stages') section = 'stage';
    else if (key === 'clusters') section = 'cluster';
    else if (key === 'blocks') section = 'block';
    else if (key === 'intro') section = 'introsection';
  });
  return section;
}
