import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGUAGE_PATTERN } from '../../primitives.js';
import type { CliIo, Options } from '../io.js';
import { initMessages, type InitMessages } from '../init/init-messages.js';
import { scaffoldFiles, type ScaffoldPlan } from '../init/scaffold.js';

/** The package's generated/ folder, from src/cli/commands or dist/cli/commands alike. */
const GENERATED = fileURLToPath(new URL('../../../generated/', import.meta.url));

const DEFAULTS = { folder: 'instrument', stages: '4', clusters: '2', blocks: '6' };

type Parsed<T> = { value: T } | { error: string };

/**
 * `poolster init [folder] [--name …] [--languages nl,fr] [--stages 4|"A,B,C"] [--clusters 2] [--blocks 6]
 * [--yes]`: writes a new source folder (the layout `poolster assemble` reads) holding a valid instrument
 * with every text to write marked TODO. What no flag gives is asked in a terminal; with --yes, or
 * without a terminal, the defaults are taken and nothing waits for an answer.
 */
export async function initCommand(io: CliIo, options: Options): Promise<number> {
  const m = initMessages(options.lang);
  const flags = options.flags ?? {};
  const ask = flags.yes === true ? undefined : io.ask?.bind(io);
  const flag = (name: string): string | undefined => (typeof flags[name] === 'string' ? (flags[name] as string) : undefined);

  /** The flag's value, else the person's answer (asked again until it reads), else the default. */
  const obtain = async <T>(name: string, question: string, fallback: string, parse: (raw: string) => Parsed<T>): Promise<Parsed<T>> => {
    const given = name === 'folder' ? options.positionals[0] : flag(name);
    if (given !== undefined || !ask) return parse(given ?? fallback);
    for (;;) {
      const answer = (await ask(fallback ? `${question} [${fallback}]: ` : `${question}: `)).trim();
      const parsed = parse(answer || fallback);
      if ('value' in parsed) return parsed;
      io.err(`${parsed.error}\n`);
    }
  };

  const folder = await obtain('folder', m.askFolder, DEFAULTS.folder, (raw) => ({ value: raw }));
  if (!('value' in folder)) return 2;
  const existing = await io.listDir(folder.value).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? [] : ['?']));
  if (existing.length > 0) {
    io.err(`${m.notEmpty(folder.value)}\n`);
    return 1;
  }
  const name = await obtain('name', m.askName, '', (raw) => ({ value: raw.trim() }));
  const languages = await obtain('languages', m.askLanguages, options.lang.split('-')[0] ?? 'en', (raw) => parseLanguages(raw, m));
  const stages = await obtain('stages', m.askStages, DEFAULTS.stages, (raw) => parseStages(raw, m));
  const clusters = await obtain('clusters', m.askClusters, DEFAULTS.clusters, (raw) => parseCount('clusters', raw, 1, 20, m));
  const blocks = await obtain('blocks', m.askBlocks, DEFAULTS.blocks, (raw) => parseCount('blocks', raw, 1, 100, m));
  for (const parsed of [name, languages, stages, clusters, blocks]) {
    if ('error' in parsed) {
      io.err(`${parsed.error}\n`);
      return 2;
    }
  }
  const plan = {
    name: (name as { value: string }).value || undefined,
    languages: (languages as { value: string[] }).value,
    stages: (stages as { value: string[] | number }).value,
    clusters: (clusters as { value: number }).value,
    blocks: (blocks as { value: number }).value,
  };
  if (plan.blocks < plan.clusters) {
    io.err(`${m.tooFewBlocks(plan.blocks, plan.clusters)}\n`);
    return 2;
  }

  const files = scaffoldFiles({ ...plan, schema: schemaPaths(folder.value) } satisfies ScaffoldPlan);
  for (const [path, content] of Object.entries(files)) {
    await io.writeFile(`${folder.value}/${path}`, `${JSON.stringify(content, null, 2)}\n`);
  }
  io.out(m.done(Object.keys(files).length, folder.value));
  return 0;
}

/**
 * `$schema` values as paths from the new files to this package's schema files: for an author who
 * installed the package that is node_modules/@poolster/schema/generated/…, wherever the folder lies.
 */
function schemaPaths(folder: string): ScaffoldPlan['schema'] {
  const from = (dir: string, file: string): string => {
    const path = relative(dir, resolve(GENERATED, file)).split('\\').join('/');
    return path.startsWith('.') ? path : `./${path}`;
  };
  const root = resolve(folder);
  return { root: from(root, 'instrument-source.schema.json'), block: from(resolve(root, 'blocks'), 'block.schema.json') };
}

function parseLanguages(raw: string, m: InitMessages): Parsed<string[]> {
  const list = raw.split(',').map((l) => l.trim()).filter(Boolean);
  const ok = list.length > 0 && list.every((l) => LANGUAGE_PATTERN.test(l)) && new Set(list).size === list.length;
  return ok ? { value: list } : { error: m.badLanguages(raw) };
}

function parseStages(raw: string, m: InitMessages): Parsed<string[] | number> {
  if (/^\s*\d+\s*$/.test(raw)) {
    const n = Number(raw);
    return n >= 2 && n <= 12 ? { value: n } : { error: m.badStages(raw) };
  }
  const names = raw.split(',').map((s) => s.trim()).filter(Boolean);
  return names.length >= 2 && names.length <= 12 ? { value: names } : { error: m.badStages(raw) };
}

function parseCount(flag: string, raw: string, min: number, max: number, m: InitMessages): Parsed<number> {
  const n = Number(raw.trim());
  return /^\s*\d+\s*$/.test(raw) && n >= min && n <= max ? { value: n } : { error: m.badCount(flag, raw, min, max) };
}
