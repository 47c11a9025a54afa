/**
 * `npm run analyze`: packages/elements/custom-elements.json, the Custom Elements Manifest of
 * @poolster/elements (committed and published; editors, Storybook and docs tools read it).
 *
 * - Lit-aware (`litelement`): `static properties`, reflected attributes, static styles; a `state: true` entry is
 *   internal state, not an attribute (the `poolster-lit-state` plugin, since the analyzer lists every entry as one).
 * - Tag names: the elements are registered by a loop over `ELEMENTS` in src/define.ts (which spreads
 *   `SCAN_ELEMENTS` from src/scan-elements.ts) and over `ROUND_ELEMENTS` in src/define-rounds.ts
 *   (guarded `defineOnce`), which the analyzer cannot follow;
 *   the `poolster-define-list` plugin reads those lists and gives each class its tag name and each
 *   registration module its `custom-element-definition` exports.
 * - Paths: written as the published package sees them (`dist/scan/scan.js`), not as this repository's
 *   sources (`packages/elements/src/scan/scan.ts`), so they resolve inside an installed package.
 * - Deterministic: files are analyzed in sorted order, whatever order the file system lists them in,
 *   so the drift test (packages/elements/test/node/manifest.test.ts) is stable across machines.
 */
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

const SRC = 'packages/elements/src/';
/**
 * The `[name, Class]` lists, by the file that holds each, and the registration module that registers it:
 * the scan's elements are one list (scan-elements.ts) that define.ts spreads into its own.
 */
const DEFINES = {
  [`${SRC}define.ts`]: { list: 'ELEMENTS', registeredIn: `${SRC}define.ts` },
  [`${SRC}scan-elements.ts`]: { list: 'SCAN_ELEMENTS', registeredIn: `${SRC}define.ts` },
  [`${SRC}define-rounds.ts`]: { list: 'ROUND_ELEMENTS', registeredIn: `${SRC}define-rounds.ts` },
};

/**
 * `packages/elements/src/scan/scan.ts` → `dist/scan/scan.js`; anything else unchanged. A superclass's
 * module comes from the analyzer as `/packages/elements/src/…/x.js` (rooted, already `.js`): the same rule.
 */
const published = (path) => {
  if (typeof path !== 'string') return path;
  const relative = path.replace(/^\//, '');
  return relative.startsWith(SRC) ? `dist/${relative.slice(SRC.length).replace(/\.ts$/, '.js')}` : path;
};

/** Rewrites every `path` / `module` reference in the manifest to its published form. */
function rewritePaths(node) {
  if (Array.isArray(node)) node.forEach(rewritePaths);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = published(value);
      else rewritePaths(value);
    }
  }
}

/** The `[name, Class]` pairs of a registration list (`ELEMENTS` in src/define.ts), read from its syntax tree, with the default tag prefix. */
function defineList(ts, sourceFile, listName) {
  const pairs = [];
  const visit = (node) => {
    if (ts.isVariableDeclaration(node) && node.name.getText(sourceFile) === listName && node.initializer && ts.isArrayLiteralExpression(node.initializer)) {
      for (const element of node.initializer.elements) {
        if (ts.isArrayLiteralExpression(element) && element.elements.length === 2) {
          const [tag, cls] = element.elements;
          if (ts.isStringLiteral(tag) && ts.isIdentifier(cls)) pairs.push({ tag: `poolster-${tag.text}`, className: cls.text });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return pairs;
}

function defineListPlugin() {
  const lists = new Map();
  return {
    name: 'poolster-define-list',
    collectPhase({ ts, node }) {
      const define = ts.isSourceFile(node) ? DEFINES[node.fileName] : undefined;
      if (define) lists.set(define.registeredIn, [...(lists.get(define.registeredIn) ?? []), ...defineList(ts, node, define.list)]);
    },
    packageLinkPhase({ customElementsManifest }) {
      // `customElements.define(tag, element)` inside defineOnce is not a definition of a tag named "tag".
      for (const module of customElementsManifest.modules) {
        module.exports = module.exports?.filter((e) => e.kind !== 'custom-element-definition' || e.name.includes('-'));
      }
      for (const [file, pairs] of lists) {
        const defineModule = customElementsManifest.modules.find((m) => m.path === file);
        for (const { tag, className } of pairs) {
          const owner = customElementsManifest.modules.find((m) => m.declarations?.some((d) => d.kind === 'class' && d.name === className));
          const declaration = owner?.declarations.find((d) => d.kind === 'class' && d.name === className);
          if (!owner || !declaration) throw new Error(`custom-elements-manifest: ${className} (${tag}) is listed in ${file} but not found in the analyzed modules`);
          declaration.tagName = tag;
          declaration.customElement = true;
          if (defineModule && !defineModule.exports.some((e) => e.kind === 'custom-element-definition' && e.name === tag)) {
            defineModule.exports.push({ kind: 'custom-element-definition', name: tag, declaration: { name: className, module: owner.path } });
          }
        }
      }
    },
  };
}

/** The package's entry points (package.json exports): files of their own, even when they only re-export. */
const ENTRY_POINTS = new Set(
  Object.values(JSON.parse(readFileSync(root + 'packages/elements/package.json', 'utf8')).exports)
    .map((target) => (typeof target === 'string' ? target : target.default))
    .filter((target) => typeof target === 'string' && target.endsWith('.js'))
    .map((target) => target.replace(/^\.\//, '')),
);

/**
 * Whether a module becomes a file of its own in dist/. Not: the drop-in's wiring (bundled into dist/poolster*.js),
 * and modules that declare nothing and only re-export or hold types (the bundler emits no file for them).
 * The manifest names only files the package publishes (test/node/manifest.test.ts checks it against npm pack).
 */
function emitsOwnFile(module) {
  if (module.path.startsWith('dist/drop-in/')) return false;
  if (ENTRY_POINTS.has(module.path) || (module.declarations ?? []).length > 0) return true;
  return (module.exports ?? []).some((e) => e.kind === 'custom-element-definition' || !e.declaration?.module || e.declaration.module === module.path);
}

const resolveModule = (from, reference) => (reference.startsWith('.') ? posix.join(posix.dirname(from), reference) : reference.replace(/^\//, ''));

function publishedPathsPlugin() {
  return {
    name: 'poolster-published-paths',
    packageLinkPhase({ customElementsManifest }) {
      rewritePaths(customElementsManifest.modules);
      const dropped = new Set(customElementsManifest.modules.filter((m) => !emitsOwnFile(m)).map((m) => m.path));
      customElementsManifest.modules = customElementsManifest.modules.filter((m) => !dropped.has(m.path));
      // What is re-exported from a dropped module is a type (no file holds it at run time): not a JS export.
      for (const module of customElementsManifest.modules) {
        module.exports = module.exports?.filter((e) => !e.declaration?.module || !dropped.has(resolveModule(module.path, e.declaration.module)));
      }
    },
  };
}

/**
 * The analyzer reads `static properties` but takes no notice of `state: true`: it would list every piece of internal
 * state (Lit gives it no attribute) as an attribute of the element. This drops those attributes again.
 */
function litStatePlugin() {
  const states = new Map();
  return {
    name: 'poolster-lit-state',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const properties = node.members.find((m) => ts.isPropertyDeclaration(m) && m.name.getText() === 'properties' && m.modifiers?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword));
      if (!properties?.initializer || !ts.isObjectLiteralExpression(properties.initializer)) return;
      const names = properties.initializer.properties
        .filter((p) => ts.isPropertyAssignment(p) && ts.isObjectLiteralExpression(p.initializer))
        .filter((p) => p.initializer.properties.some((o) => ts.isPropertyAssignment(o) && o.name.getText() === 'state' && o.initializer.kind === ts.SyntaxKind.TrueKeyword))
        .map((p) => p.name.getText());
      states.set(`${moduleDoc.path}#${node.name.text}`, new Set(names));
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        const names = states.get(`${moduleDoc.path}#${declaration.name}`);
        if (!names?.size) continue;
        for (const member of declaration.members ?? []) if (names.has(member.name)) delete member.attribute;
        declaration.attributes = declaration.attributes?.filter((a) => !names.has(a.fieldName));
        if (declaration.attributes?.length === 0) delete declaration.attributes;
      }
    },
  };
}

export default {
  globs: [`${SRC}**/*.ts`],
  exclude: [`${SRC}**/*.test.ts`, `${SRC}**/*.test-helpers.ts`, `${SRC}**/*.stories.ts`, `${SRC}**/stories.ts`, `${SRC}**/*.strings.ts`, `${SRC}**/*.styles.ts`],
  outdir: 'packages/elements',
  litelement: true,
  packagejson: false,
  overrideModuleCreation: ({ ts, globs }) =>
    [...globs].sort().map((path) => ts.createSourceFile(path, readFileSync(root + path, 'utf8'), ts.ScriptTarget.ES2015, true)),
  plugins: [litStatePlugin(), defineListPlugin(), publishedPathsPlugin()],
};
