/**
 * Takes the built-in languages' words out of the drop-in's first path (issue 18): each language's tables
 * become a file of their own, poolster-words-<lang>.js, which registers them (registerLanguage) when
 * packages/elements/src/i18n/drop-in-words.ts imports it. The sources keep every language in their
 * `*.strings.ts` files (the module build for bundlers is unchanged); only the drop-in's copy of those
 * modules is rewritten to declare its catalogs without tables.
 *
 * The tables are read by compiling each file with esbuild and calling its `defineStrings(name, tables)`
 * with a recorder, so the files stay plain TypeScript with their compile-time key parity.
 */
import { transform } from 'esbuild';
import { readFileSync } from 'node:fs';

const LANGUAGES = ['nl', 'fr', 'en'];
// The chunk takes its name from this id: poolster-words-<lang>.js (rollup.config.mjs prefixes late files with poolster-);
// the catalogs only late parts and errors read go to poolster-words-late-<lang>.js.
const VIRTUAL = 'words-';
const LATE = 'late-';

/** Runs a compiled strings module with a recording `defineStrings`; returns [exported name, catalog, tables]. */
async function readStrings(file) {
  const { code } = await transform(readFileSync(file, 'utf8'), { loader: 'ts', format: 'esm', target: 'es2022' });
  const body = code.replace(/^import .*$/gm, '').replace(/^export (const|function) /gm, '$1 ').replace(/^export \{[^}]*\};?$/gm, '');
  const exportedNames = new Set([...code.matchAll(/^export \{([^}]*)\}/gm)].flatMap((m) => m[1].split(',').map((n) => n.trim())));
  const exported = [...code.matchAll(/^(?:export )?const (\w+) = defineStrings\(\s*["']([\w-]+)["']/gm)]
    .filter((m) => exportedNames.has(m[1]) || m[0].startsWith('export'))
    .map((m) => [m[1], m[2]]);
  if (exported.length === 0) throw new Error(`words-split: no defineStrings in ${file}`);
  const recorded = new Map();
  new Function('defineStrings', body)((name, tables) => recorded.set(name, tables));
  return exported.map(([name, catalog]) => [name, catalog, recorded.get(catalog)]);
}

/**
 * The constant `name` of one of the validation messages' modules: a language's table (messages/<lang>.ts:
 * `export const <lang> = { … }`), or the hints' tables (messages/hints.ts: `export const hints = { en, nl, fr }`).
 */
async function readMessages(file, name) {
  const { code } = await transform(readFileSync(file, 'utf8'), { loader: 'ts', format: 'esm', target: 'es2022' });
  const body = code.replace(/^import .*$/gm, '').replace(/^export (const|function) /gm, '$1 ').replace(/^export \{[^}]*\};?$/gm, '');
  return new Function(`${body}; return ${name};`)();
}

/**
 * @param {{ stringFiles: string[], stringsModule: string, messagesDir: string, lateCatalogs?: string[] }} options
 *   `stringFiles`: the `*.strings.ts` files on the first path (their words move to the words files);
 *   `stringsModule`: the path of elements/src/i18n/strings.ts; `messagesDir`: the schema's validation messages;
 *   `lateCatalogs`: the catalogs (by name, `validation` for the messages) that go to the late words file,
 *   `import('poolster:late-words/<lang>')`, which the parts that read them load (i18n/words-loader.ts);
 *   `lateKeys`: for a catalog on the first path, the keys only late parts read, which go to the late file too
 *   (registerLanguage merges a catalog's tables).
 */
export function wordsSplit({ stringFiles, stringsModule, messagesDir, lateCatalogs = [], lateKeys = {} }) {
  const words = Object.fromEntries(LANGUAGES.map((lang) => [lang, {}]));
  const declarations = new Map();
  return {
    name: 'poolster-words-split',
    async buildStart() {
      for (const file of stringFiles) {
        const lines = [`import { defineStrings } from ${JSON.stringify(stringsModule)};`];
        for (const [name, catalog, tables] of await readStrings(file)) {
          for (const lang of LANGUAGES) words[lang][catalog] = tables[lang];
          lines.push(`export const ${name} = defineStrings(${JSON.stringify(catalog)}, { en: {} } as never);`);
        }
        declarations.set(file, lines.join('\n'));
      }
      for (const lang of LANGUAGES) words[lang].validation = await readMessages(`${messagesDir}${lang}.ts`, lang);
      const hints = await readMessages(`${messagesDir}hints.ts`, 'hints');
      for (const lang of LANGUAGES) words[lang]['validation-hints'] = hints[lang];
    },
    resolveId: (source) =>
      source.startsWith('poolster:words/')
        ? `${VIRTUAL}${source.slice('poolster:words/'.length)}`
        : source.startsWith('poolster:late-words/')
          ? `${VIRTUAL}${LATE}${source.slice('poolster:late-words/'.length)}`
          : source.startsWith(VIRTUAL) ? source : null,
    load(id) {
      if (!id.startsWith(VIRTUAL)) return null;
      const late = id.startsWith(`${VIRTUAL}${LATE}`);
      const lang = id.slice((late ? `${VIRTUAL}${LATE}` : VIRTUAL).length);
      for (const name of lateCatalogs) if (!(name in words[lang])) throw new Error(`words-split: no catalog ${name} to make late`);
      for (const [name, keys] of Object.entries(lateKeys)) {
        const missing = keys.filter((key) => !(key in (words[lang][name] ?? {})));
        if (missing.length) throw new Error(`words-split: ${name} has no ${missing.join(', ')} in ${lang} to make late`);
      }
      const part = (name, table) => {
        const keys = lateKeys[name];
        if (lateCatalogs.includes(name)) return late ? table : undefined;
        if (!keys) return late ? undefined : table;
        const kept = Object.fromEntries(Object.entries(table).filter(([key]) => keys.includes(key) === late));
        return Object.keys(kept).length ? kept : undefined;
      };
      const tables = Object.fromEntries(Object.entries(words[lang]).flatMap(([name, table]) => {
        const kept = part(name, table);
        return kept ? [[name, kept]] : [];
      }));
      return `import { registerLanguage } from '@poolster/schema';\nregisterLanguage(${JSON.stringify(lang)}, ${JSON.stringify(tables)});\n`;
    },
    transform(code, id) {
      const declaration = declarations.get(id);
      if (declaration) return { code: declaration, map: null };
      if (id === `${messagesDir}index.ts`) {
        const replaced = code
          .replace(/^import \{ (en|fr|nl|hints) \} from '\.\/(en|fr|nl|hints)\.js';$/gm, '')
          .replace('= { en, fr, nl };', '= {};')
          .replace("defineMessages('validation', { en, nl, fr })", "defineMessages('validation', { en: {} } as never)")
          .replace("defineMessages('validation-hints', hints)", "defineMessages('validation-hints', { en: {} } as never)");
        if (replaced.includes('{ en, nl, fr }') || /\bhints\)/.test(replaced) || /from '\.\/(en|fr|nl|hints)\.js'/.test(replaced)) {
          throw new Error('words-split: messages/index.ts changed; update scripts/build/words-split.mjs');
        }
        return { code: replaced, map: null };
      }
      return null;
    },
  };
}
