import { issue, type IssuePath } from '../issues.js';
import type { Locate } from '../source-map.js';
import type { PlacedIssue } from './source.js';

/** How `poolster init` marks a text still to write, in any of its languages ("TODO: …", "TODO : …"). */
const TODO_TEXT = /^TODO\s?:/;

/**
 * The texts an author has still to write, as warnings placed where each is written. A folder straight
 * from `poolster init` is valid, so without these `validate` would call it done while every text still
 * reads TODO. Texts that assembling derived (a block's stage text made from the stage's description)
 * are left out: the author writes them once, at the stage, which is reported itself.
 */
export function todoTexts(value: unknown, locate: Locate): PlacedIssue[] {
  const found: PlacedIssue[] = [];
  const visit = (node: unknown, path: IssuePath): void => {
    if (typeof node === 'string') {
      if (TODO_TEXT.test(node)) {
        const where = locate(path);
        if (where && writtenAt(where, locate(path.slice(0, -1)))) found.push({ issue: issue('source.todo-text', path, {}, 'warning'), ...where });
      }
      return;
    }
    if (Array.isArray(node)) node.forEach((item, i) => visit(item, [...path, i]));
    else if (node && typeof node === 'object') for (const [key, item] of Object.entries(node)) visit(item, [...path, key]);
  };
  visit(value, []);
  return found;
}

/**
 * A value written in a file starts after its parent's opening bracket; a derived one is placed at its
 * nearest written ancestor, so it shares that ancestor's position.
 */
function writtenAt(where: { line: number; column: number }, parent: { line: number; column: number } | undefined): boolean {
  return !parent || parent.line !== where.line || parent.column !== where.column;
}
