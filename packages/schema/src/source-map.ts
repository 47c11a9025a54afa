import type { IssuePath } from './issues.js';
import { jsonPositions, pathKey, type TextPosition } from './json-positions.js';

/** Where something of an instrument was written: a source file, the line and column, the path in that file. */
export interface SourcePosition extends TextPosition {
  /** The file as the author names it: relative to the source folder (`blocks/prevention.json`), or the file given. */
  file: string;
  /** The path inside that file (a block file's paths start at the block). */
  path: IssuePath;
}

/** Turns a path in the assembled instrument into a place in the source files. */
export type Locate = (path: IssuePath) => SourcePosition | undefined;

/** One source file's text, read once for its positions. */
export interface PositionedFile {
  file: string;
  positions: Map<string, TextPosition>;
}

export function positionedFile(file: string, text: string): PositionedFile {
  return { file, positions: jsonPositions(text) };
}

/**
 * The nearest place written in `source` for `path`: the value itself, or, when it is not in the file (a
 * missing field, a value derived while assembling), its nearest ancestor that is. The reported `path` is
 * the one asked for, so a message about a missing field still names it.
 */
export function locateIn(source: PositionedFile, path: IssuePath): SourcePosition | undefined {
  for (let k = path.length; k >= 0; k -= 1) {
    const found = source.positions.get(pathKey(path.slice(0, k)));
    if (found) return { file: source.file, ...found, path };
  }
  return undefined;
}

/**
 * A source folder's locator: `clusters[c].blocks[b]…` lives in that block's own file when the root listed
 * it by id; everything else lives in instrument.json. `blocks` maps `c/b` to the block's file.
 */
export function folderLocator(root: PositionedFile, blocks: ReadonlyMap<string, PositionedFile>): Locate {
  return (path) => {
    const [clusters, c, inner, b] = path;
    if (clusters === 'clusters' && typeof c === 'number' && inner === 'blocks' && typeof b === 'number') {
      const block = blocks.get(`${c}/${b}`);
      if (block) return locateIn(block, path.slice(4));
    }
    return locateIn(root, path);
  };
}
