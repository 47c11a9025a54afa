/**
 * `npm run build` (first step): the JavaScript of the published packages.
 *
 * - packages/schema/dist/: ESM, one file per source module (index.js, cli/node.js, …), zod external.
 * - packages/elements/dist/: ESM, one file per source module (index.js: the classes, define.js: registers
 *   them), lit, @poolster/schema and zod external.
 * - packages/elements/dist/poolster.js: the drop-in. One minified, self-contained ES module (lit, the
 *   schema package and zod inlined); evaluating it registers every element.
 * - packages/elements/dist/poolster-rounds.js: the team round's drop-in, built the same way from
 *   rounds.ts + define-rounds.ts (a participant's phone loads only this one; the scan's drop-in does not
 *   carry the rounds).
 *
 * The .d.ts files come from `tsc --emitDeclarationOnly` (each package's tsconfig.build.json).
 * TypeScript goes through esbuild with tsconfig.base.json, which carries the legacy decorator settings
 * (`experimentalDecorators`, `useDefineForClassFields: false`) that Lit's decorators need here.
 */
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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
  dropIn('poolster.js', 'index', 'define'),
  dropIn('poolster-rounds.js', 'rounds', 'define-rounds', { pureSchema: true }),
];
