import { loadInstrumentSource } from '../../assemble.js';
import type { Instrument } from '../../instrument.js';
import { issue, type Issue, type IssuePath } from '../../issues.js';
import { parseJson } from '../../parse-json.js';
import { applySourceDefaults, titleFromId } from '../../source-defaults.js';
import { checkInstrument } from '../../validate-instrument.js';
import type { CliIo } from '../io.js';

/** One JSON file of the source as read: its text (for its formatting) and its value (to change). */
export interface SourceFile {
  /** As the sheet names it: `instrument.json`, `blocks/<id>.json`; for a single file, its path as given. */
  name: string;
  path: string;
  text: string;
  value: unknown;
}

/** Where a text of the assembled instrument is written in the source: which file, and the path inside it. */
export interface SourcePlace {
  file: string;
  path: IssuePath;
}

export interface TranslationSource {
  /** Whether the sheet names files: only a folder has more than one. */
  folder: boolean;
  files: Map<string, SourceFile>;
  /** The instrument as assembling makes it, defaults filled in. */
  instrument: Instrument;
  /** The source place of a path of the assembled instrument (a block's texts live in its own file). */
  place(path: IssuePath): SourcePlace;
}

export type SourceLoad = { ok: true; source: TranslationSource } | { ok: false; file: string; issues: Issue[] };

/** A path ending in `.json` is one instrument file; anything else is a source folder (instrument.json + blocks/). */
export const isSingleFile = (target: string): boolean => target.toLowerCase().endsWith('.json');

export async function loadTranslationSource(io: CliIo, target: string): Promise<SourceLoad> {
  const texts = new Map<string, string>();
  const reader = {
    readFile: async (path: string) => {
      const text = await io.readFile(path);
      texts.set(path, text);
      return text;
    },
  };
  let assembled: unknown;
  const files = new Map<string, SourceFile>();
  const dir = target.replace(/\/+$/, '');
  if (isSingleFile(target)) {
    let text: string;
    try {
      text = await reader.readFile(target);
    } catch {
      return { ok: false, file: target, issues: [issue('source.missing-file', [], { file: target })] };
    }
    const parsed = parseJson(text);
    if (!parsed.ok) return { ok: false, file: target, issues: [parsed.issue] };
    files.set(target, { name: target, path: target, text, value: parsed.value });
    assembled = applySourceDefaults(parsed.value);
  } else {
    const result = await loadInstrumentSource(dir, reader);
    if (!result.ok) return { ok: false, file: result.file, issues: [result.issue] };
    assembled = result.instrument;
    for (const [path, text] of texts) {
      const name = path.slice(dir.length + 1);
      files.set(name, { name, path, text, value: JSON.parse(text) as unknown });
    }
  }
  const { instrument, issues } = checkInstrument(assembled);
  if (!instrument) return { ok: false, file: target, issues };
  const root = files.get(isSingleFile(target) ? target : 'instrument.json')!;
  const blockIds = (root.value as { clusters: Array<{ blocks: unknown[] }> }).clusters.map((c) => c.blocks);
  const folder = !isSingleFile(target);
  return {
    ok: true,
    source: {
      folder,
      files,
      instrument,
      place(path) {
        const [first, c, second, b, ...rest] = path;
        const id = typeof c === 'number' && typeof b === 'number' ? blockIds[c]?.[b] : undefined;
        if (folder && first === 'clusters' && second === 'blocks' && typeof id === 'string') return { file: `blocks/${id}.json`, path: rest };
        return { file: root.name, path };
      },
    },
  };
}

/** The value at a path of a JSON value, or undefined when the path leads nowhere. */
export function valueAt(value: unknown, path: IssuePath): unknown {
  let node = value;
  for (const key of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/**
 * The text at a path of a source file: the one written there, or the title assembling makes from the
 * id when the title is left out, so a translator sees (and can translate) every heading the scan shows.
 */
export function textAt(value: unknown, path: IssuePath): unknown {
  const written = valueAt(value, path);
  if (written !== undefined || path.at(-1) !== 'title') return written;
  const parent = valueAt(value, path.slice(0, -1)) as { id?: unknown } | undefined;
  return parent !== null && typeof parent === 'object' && !Array.isArray(parent) && typeof parent.id === 'string' ? titleFromId(parent.id) : undefined;
}

/** A changed file in the style it was written in: its indentation, its line ends, its final newline. */
export function serializeLike(original: string, value: unknown): string {
  const indent = /^[ \t]+(?=")/m.exec(original)?.[0] ?? '';
  const newline = original.includes('\r\n') ? '\r\n' : '\n';
  const json = JSON.stringify(value, null, indent).replace(/\n/g, newline);
  return /\r?\n$/.test(original) ? json + newline : json;
}
