/**
 * `npm run build` (first step): the JavaScript of the published packages.
 *
 * - packages/schema/dist/: ESM, one file per source module (index.js, cli/node.js, …), zod external.
 * - packages/elements/dist/: ESM, one file per source module (index.js: the classes, define.js: registers
 *   them), lit, @poolster/schema and zod external.
 * - packages/elements/dist/poolster.js: the drop-in. Minified ES modules (lit, the schema package and zod
 *   inlined), poolster.js and the files beside it (splitDropIn below); evaluating it registers every element.
 * - packages/elements/dist/poolster-rounds.js: the team round's drop-in, built the same way from
 *   rounds.ts + define-rounds.ts (a participant's phone loads only this one; the scan's drop-in does not
 *   carry the rounds).
 *
 * The .d.ts files come from `tsc --emitDeclarationOnly` (each package's tsconfig.build.json).
 * TypeScript goes through esbuild with tsconfig.base.json, whose `useDefineForClassFields: false` the elements
 * need: they name their reactive properties in `static properties` and declare them as class fields, and a field
 * defined on the instance would hide the accessor Lit puts on the prototype.
 */
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { minifyTemplates } from './scripts/build/minify-templates.mjs';
import { wordsSplit } from './scripts/build/words-split.mjs';

const path = (relative) => fileURLToPath(new URL(relative, import.meta.url));

const schemaSrc = path('./packages/schema/src/');
const elementsSrc = path('./packages/elements/src/');

/** esbuild for TypeScript: the repository's base tsconfig (found by name from each file upwards), ES2022. */
const typescript = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json' });

/** What a published library leaves to its consumer's package manager (and node:* to Node). */
const isExternal = (id) =>
  /^node:/.test(id) ||
  /^(lit|@lit\/[^/]+|lit-html|lit-element|zod|lean-qr|@poolster\/schema)(\/|$)/.test(id);

/**
 * A warning about our own code is a defect in a published build: fail instead of scrolling past it.
 * Third-party modules' comment placement and import cycles (zod has both) are theirs, not ours.
 */
const onwarn = (warning) => {
  const ids = [warning.id, ...(warning.ids ?? [])].filter(Boolean);
  const thirdParty = ids.length > 0 && ids.every((id) => id.includes('/node_modules/'));
  if (thirdParty && ['INVALID_ANNOTATION', 'CIRCULAR_DEPENDENCY'].includes(warning.code)) return;
  throw new Error(`rollup: ${warning.code}: ${warning.message}`);
};

/** Empties an output folder first, so a deleted source file leaves no stale module in dist/. */
const clean = (dir) => ({ name: 'poolster-clean', buildStart: () => rmSync(dir, { recursive: true, force: true }) });

/** An ESM library build that keeps the module structure, so consumers' bundlers can tree-shake it. */
const library = (input, srcRoot, outDir) => ({
  input,
  external: isExternal,
  plugins: [clean(outDir), typescript()],
  onwarn,
  output: {
    dir: outDir,
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: srcRoot,
    entryFileNames: '[name].js',
    sourcemap: true,
  },
});

/**
 * A drop-in's entry: the element classes (as named exports, for those who want to extend or type
 * them) and the module whose evaluation registers the elements (guarded by defineOnce).
 */
const dropInEntry = (id, classes, define) => ({
  name: `poolster-drop-in-entry-${classes}`,
  resolveId: (source) => (source === id ? id : null),
  load: (source) =>
    source === id
      ? `export * from ${JSON.stringify(`${elementsSrc}${classes}.ts`)};\nexport * from ${JSON.stringify(`${elementsSrc}${define}.ts`)};\n`
      : null,
});

/**
 * Inside the drop-in, @poolster/schema is compiled from its sources (so the drop-in never depends on
 * a stale dist/ of the other package); relative imports inside it go through esbuild's resolver.
 */
const schemaFromSource = {
  name: 'poolster-schema-from-source',
  resolveId: (id) => (id === '@poolster/schema' ? `${schemaSrc}index.ts` : null),
};

/**
 * The rounds' drop-in uses a few plain functions of @poolster/schema (localize, modelOf), never its zod
 * schemas. Those modules build their schemas at load time, calls a bundler must keep unless told they
 * have no effect outside themselves; told so, the unused schemas and zod itself (~25 KB gzip) fall away.
 * jitless.ts keeps its effect: should a schema be used one day, zod's CSP setting comes with it.
 */
const pureSchema = (id) => !id.startsWith(schemaSrc) || id.endsWith('/jitless.ts');

/** The drop-ins shrink the whitespace of our own Lit templates (terser leaves template text alone). */
const ownTemplates = () => minifyTemplates({ include: (id) => id.startsWith(elementsSrc) });

/** A minified, self-contained drop-in (lit, the schema package and zod, where used, inlined). */
const dropIn = (name, classes, define, options = {}) => {
  const id = `\0poolster-drop-in-${classes}`;
  return {
    input: id,
    onwarn,
    ...(options.pureSchema ? { treeshake: { moduleSideEffects: pureSchema } } : {}),
    plugins: [
      dropInEntry(id, classes, define),
      schemaFromSource,
      typescript(),
      ownTemplates(),
      // Lit's production build: no 'development' condition. zod resolves from the schema package's own
      // node_modules (zod 4), not the root's (a dev dependency pulls zod 3 there).
      nodeResolve({ browser: true, exportConditions: ['browser'] }),
      terser({ module: true, ecma: 2020, compress: { passes: 2 }, format: { comments: false } }),
    ],
    output: {
      file: path(`./packages/elements/dist/${name}`),
      format: 'es',
      inlineDynamicImports: true,
      sourcemap: true,
    },
  };
};

/**
 * The scan's drop-in, split so that a scan page downloads only what draws the scan
 * (packages/elements/src/drop-in/define-drop-in.ts says what is defined at once and what on first use):
 *
 * - poolster.js: the entry, a few hundred bytes. It asks for the page's instruments and words, imports the core,
 *   reads `?prefix=` from its own URL (import.meta.url) and registers the elements; it must stay the only
 *   module whose URL carries the query.
 * - poolster-core.js: everything poolster.js imports at once (lit, the schema's zod-free parts, the
 *   scan and the parts of its first pages): what a scan page downloads before its first block. A file of
 *   its own, not part of the entry, because the late files import from it: were it the entry, they would
 *   import `./poolster.js` without the page's `?prefix=`, a second module instance with a second Lit, a
 *   second prefix and a second registration.
 * - poolster-later.js: the final page's elements (block pick, block ranking), fetched once the scan has
 *   drawn a block (packages/elements/src/shared/late-elements.ts).
 * - poolster-full-checks.js and poolster-checks.js (zod, the schema's zod schemas and full checks): fetched
 *   only when the scan's quick checks cannot judge an instrument or a draft (src/instrument/checks.ts), and by
 *   the report and the comparison.
 * - poolster-report.js, poolster-compare.js: fetched when the element first appears.
 * - poolster-draft-opening.js: fetched when the scan has a draft to restore (stored, given, or on a server), or
 *   when the team opens a file or starts again.
 * - poolster-shared-<module>.js: what only late files share (named below).
 *   Every late file is loaded by dynamic import(), resolved against poolster-core.js's URL, so from the
 *   same place as poolster.js.
 *
 * No content hashes in the names: the server and the size ceilings name each file, and the server has
 * every file revalidated on each load (no-cache and an ETag), so a page loaded after a deploy gets the
 * new files. Two versions on one page each come from their own folder.
 */
/**
 * The string tables whose words leave the scan's drop-in for poolster-words-<lang>.js: those of the scan and
 * the elements it draws. The report's and the comparison's stay in their own late files, all languages.
 */
const FIRST_PATH_STRINGS = [
  'scan/scan.strings.ts',
  'scan/field-messages.strings.ts',
  'scan/presentation/presentation.strings.ts',
  'scan/views/confirmation.strings.ts',
  'shared/char-count.strings.ts',
  'shared/common.strings.ts',
  'progress-nav/progress-nav.strings.ts',
  'choice-group/choice-group.strings.ts',
  'stage-picker/stage-picker.strings.ts',
  'error-summary/error-summary.strings.ts',
  'block-pick/block-pick.strings.ts',
  'block-ranking/block-ranking.strings.ts',
  'form-control/form-control.strings.ts',
];

/**
 * The catalogs whose words a scan reads only after its first block or when something is wrong: they go to
 * poolster-words-late-<lang>.js, fetched with the last steps' parts, and at once when the scan shows an issue (src/i18n/words-loader.ts `loadLateWords`). The schema's validation messages and their hints are two.
 */
const LATE_CATALOGS = ['validation', 'validation-hints', 'scan-confirmation', 'field-messages', 'block-pick', 'block-ranking'];
/** The scan's words that only its last steps' views read (src/scan/end-views.ts), which load with the late words. */
const LATE_KEYS = {
  scan: [
    'changeLabel', 'changeInBlock', 'overviewContext', 'blocksIncomplete',
    'missingTitle', 'missingIntro', 'missingUnanswered', 'missingToFix', 'missingNotStarted',
    'submitFailed', 'reasonOffline', 'reasonTimeout', 'reasonNetwork', 'reasonHttp', 'reasonConflict',
    'submitRefused', 'reasonServerSaid', 'refusedAnswer',
    // The check of all answers and the send step (end-views.ts, scan-view.ts once the end's views are here).
    'overviewIntro', 'notAnswered', 'otherText', 'comment', 'none', 'rank', 'confirmIntro', 'submit', 'sending', 'retry',
    // An opened draft's notices and the server drafts' status and conflict: drawn only once the draft opening
    // (scan/draft-restore.ts, which loads the late words beside it) has opened a draft or started the sync.
    'draftRestored', 'draftOpened', 'draftOpenFailed', 'setAsideIntro', 'setAsideShow',
    'syncSaved', 'syncLocal', 'syncRefused', 'syncSentElsewhere', 'syncConflictStatus', 'syncConflictIntro', 'syncConflictMine',
    'syncConflictTheirs', 'syncConflictTheirsAnonymous', 'syncKeepOurs', 'syncTakeTheirs', 'sendBlockedByConflict', 'syncTheirsUnopenable',
  ],
  // The presentation mode's words but its button's: the mode's code loads them beside itself (presentation-part.ts).
  presentation: ['closeReading', 'fullScreen', 'fullScreenRefused', 'keys', 'leave', 'leaveFullScreen', 'nextBlock', 'noStageQuestion', 'previousBlock', 'reading', 'toolbar'],
};

/**
 * V8's explicit compile hint (Chromium 136 and later; other browsers read a comment), the first line of
 * poolster-core.js: every function of the file is compiled while it streams in, on a background thread, instead
 * of each on the main thread the first time it is called. Without it, the scan's intro and first block compiled
 * some 380 of the core's functions one by one on the main thread (17–23 ms of V8.CompileCode per load in a
 * trace). Only for the core, whose functions nearly all run: not for the full checks (zod, of which a page calls
 * a small part) nor the module build, which a consumer's bundler rebundles.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';
const COMPILE_HINT_COMMENT = /^# allFunctionsCalledOnLoad$/;

/** What poolster.js exports (drop-in/classes.ts, defineElements, loadElement, registerLanguage); built-modules.test.ts compares. */
const DROP_IN_EXPORTS = 'AutosaveController, PoolsterChoiceGroup, PoolsterErrorSummary, PoolsterProgressNav, PoolsterScan, PoolsterStagePicker, defineElements, loadElement, registerLanguage';
const splitDropIn = () => {
  const entry = '\0poolster-drop-in-entry';
  const core = '\0poolster-drop-in-core';
  const src = (file) => JSON.stringify(`${elementsSrc}${file}`);
  const modules = {
    // Two entries, so that rollup keeps them apart: modules reached from both (everything but the entry's
    // own few lines) go to the core; the entry, reached from itself only, stays alone with import.meta.url.
    [core]: [
      `export * from ${src('drop-in/classes.ts')};`,
      `export { defineElements, loadElement } from ${src('drop-in/define-drop-in.ts')};`,
      `export { prefixFromUrl } from ${src('shared/tags.ts')};`,
      `export { adoptEarly } from ${src('drop-in/adopt-early.ts')};`,
      `import ${src('i18n/drop-in-words.ts')};`,
      "export { registerLanguage } from '@poolster/schema';",
    ].join('\n'),
    [entry]: [
      // The instrument, its words and the core asked for together (drop-in/prefetch.ts), in one round trip: with
      // the core imported statically, this file would run only once the core had arrived and run, and only then
      // ask for the instrument. The core would start earlier only on a page still being parsed, where the
      // instrument's request (which needs the parsed page) is the later one either way.
      // The elements registered in the document's order of the script tags (drop-in/entry-order.ts).
      `import { prefetch } from ${src('drop-in/prefetch.ts')};`,
      `import { inTurn } from ${src('drop-in/entry-order.ts')};`,
      'const early = prefetch(import.meta.url);',
      `const loading = import(${JSON.stringify(core)});`,
      // Its failure is the turn's to report (the entry fails with it), not an unhandled rejection before then.
      'loading.catch(() => undefined);',
      'const core = await inTurn(async () => {',
      '  const core = await loading;',
      '  core.adoptEarly(early);',
      '  core.defineElements({ prefix: core.prefixFromUrl(import.meta.url) });',
      '  return core;',
      '});',
      `export const { ${DROP_IN_EXPORTS} } = core;`,
    ].join('\n'),
  };
  return {
    input: { poolster: entry, 'poolster-core': core },
    onwarn,
    // The schema's modules told free of side effects (as for the rounds): the zod schemas the scan does not
    // call at once (the full checks, loaded on first need) leave the core, and zod with them.
    treeshake: { moduleSideEffects: pureSchema },
    // The core may export more than its entry module does (what the lazy files import from it), instead
    // of rollup moving its modules to a third file behind it.
    preserveEntrySignatures: 'allow-extension',
    plugins: [
      {
        name: 'poolster-drop-in-split-entries',
        resolveId: (source) => (source in modules ? source : null),
        load: (source) => modules[source] ?? null,
      },
      schemaFromSource,
      // Each language's words in a file of its own (poolster-words-<lang>.js), out of the first path.
      wordsSplit({ stringFiles: FIRST_PATH_STRINGS.map((f) => `${elementsSrc}${f}`), stringsModule: `${elementsSrc}i18n/strings.ts`, messagesDir: `${schemaSrc}messages/`, lateCatalogs: LATE_CATALOGS, lateKeys: LATE_KEYS }),
      typescript(),
      ownTemplates(),
      nodeResolve({ browser: true, exportConditions: ['browser'] }),
      // Every comment goes but the core's compile hint (output.banner below). A third pass takes some 14 bytes more
      // (gzip) off the scan's first path, whose goal is a tenth of SurveyJS's bytes (issue 18).
      terser({ module: true, ecma: 2020, compress: { passes: 3 }, format: { comments: COMPILE_HINT_COMMENT } }),
    ],
    output: {
      dir: path('./packages/elements/dist'),
      format: 'es',
      entryFileNames: '[name].js',
      banner: (chunk) => (chunk.name === 'poolster-core' ? COMPILE_HINT : ''),
      // What only late files share is named after its contents, not numbered by rollup (a number would change
      // with the order of the build; the size test wants a ceiling for every file by name): zod and the
      // schema's full checks are poolster-checks.js; any other shared part poolster-shared-<its module>.js.
      chunkFileNames: (chunk) =>
        chunk.isDynamicEntry ? 'poolster-[name].js' : chunk.moduleIds.some((id) => id.includes('/node_modules/zod/')) ? 'poolster-checks.js' : 'poolster-shared-[name].js',
      sourcemap: true,
    },
  };
};

export default [
  library(
    { index: `${schemaSrc}index.ts`, 'cli/node': `${schemaSrc}cli/node.ts` },
    schemaSrc,
    path('./packages/schema/dist'),
  ),
  library(
    { index: `${elementsSrc}index.ts`, define: `${elementsSrc}define.ts`, rounds: `${elementsSrc}rounds.ts`, 'define-rounds': `${elementsSrc}define-rounds.ts` },
    elementsSrc,
    path('./packages/elements/dist'),
  ),
  splitDropIn(),
  dropIn('poolster-rounds.js', 'rounds', 'define-rounds', { pureSchema: true }),
];
