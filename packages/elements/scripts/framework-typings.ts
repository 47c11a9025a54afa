/**
 * React and Vue typings for the elements, made from custom-elements.json (the one description of every
 * element's tag, public properties, attributes and events), so they cannot say something the manifest
 * does not. Pure: manifest and package.json in, file texts out; generate-framework-typings.ts writes
 * them to packages/elements/frameworks/, and a drift test compares.
 *
 * Types are not copied from the manifest's `type.text` (it names types a consumer may not be able to
 * import); each property is typed as the element class's own (`PoolsterScan['draftKey']`), and each event
 * as the page's `HTMLElementEventMap` types it (a plain `CustomEvent` where an event is not in that map).
 */

import type { CustomElementsManifest } from './manifest-shape.js';

export type { CustomElementsManifest };

type ExportsField = Record<string, string | Record<string, string>>;

export interface ElementTypings {
  tag: string;
  className: string;
  /** Where the typings import the class from: a public entry of the package (`../dist/index.js`). */
  from: string;
  properties: string[];
  /** Attributes whose name is not already a property name (`draft-key` for `draftKey`). */
  attributes: string[];
  events: string[];
}

/** `dist/index.js` → `../dist/index.js`: each public entry (package.json `exports`, not the drop-in bundles) as frameworks/ imports it. */
// Imported by relative path (`../dist/index.js`, from frameworks/): that resolves inside the installed package
// under every module resolution a consumer may use, where a self-reference by package name would not.
function entrySpecifiers(exports: ExportsField): Map<string, string> {
  const entries = new Map<string, string>();
  for (const value of Object.values(exports)) {
    const target = typeof value === 'string' ? value : value.default;
    if (target?.endsWith('.js') && !target.includes('/poolster')) entries.set(target.replace(/^\.\//, ''), `../${target.replace(/^\.\//, '')}`);
  }
  return entries;
}

/** Every registered element, sorted by tag, with where its class is exported and what a framework may set. */
export function elementTypings(manifest: CustomElementsManifest, packageJson: { name: string; exports: ExportsField }): ElementTypings[] {
  const entries = entrySpecifiers(packageJson.exports);
  const exportedFrom = new Map<string, string>();
  for (const module of manifest.modules) {
    const specifier = entries.get(module.path);
    if (!specifier) continue;
    for (const entry of module.exports ?? []) {
      // The first public entry in package.json order wins (the classes' index before the registering modules).
      if (entry.kind === 'js' && !exportedFrom.has(entry.name)) exportedFrom.set(entry.name, specifier);
    }
  }
  const elements: ElementTypings[] = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.kind !== 'class' || !declaration.tagName) continue;
      const from = exportedFrom.get(declaration.name);
      if (!from) throw new Error(`${declaration.name} (${declaration.tagName}) is exported by no public entry of ${packageJson.name}`);
      const properties = (declaration.members ?? [])
        .filter((m) => m.kind === 'field' && !m.static && !m.readonly && (m.privacy ?? 'public') === 'public')
        .map((m) => m.name);
      const attributes = (declaration.attributes ?? []).map((a) => a.name).filter((name) => !properties.includes(name));
      const events = [...new Set((declaration.events ?? []).map((e) => e.name))];
      elements.push({ tag: declaration.tagName, className: declaration.name, from, properties: [...new Set(properties)].sort(), attributes: [...new Set(attributes)].sort(), events: events.sort() });
    }
  }
  return elements.sort((a, b) => a.tag.localeCompare(b.tag));
}

const HEADER = '// Generated from custom-elements.json by packages/elements/scripts/generate-framework-typings.ts (npm run analyze). Do not edit.\n';
const quote = (text: string) => `'${text}'`;
/** `poolster-submitted` → `PoolsterSubmitted`: the name Vue gives a listener (`onPoolsterSubmitted`). */
const pascal = (name: string) => name.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());

function imports(elements: ElementTypings[]): string {
  const bySpecifier = new Map<string, string[]>();
  for (const e of elements) bySpecifier.set(e.from, [...(bySpecifier.get(e.from) ?? []), e.className]);
  return [...bySpecifier].map(([from, names]) => `import type { ${names.sort().join(', ')} } from '${from}';`).join('\n');
}

/** The properties a framework may set, shared by both typings: `Partial<Pick<Class, …>>` (`{}` when none). */
function propertiesType(e: ElementTypings): string {
  return e.properties.length > 0 ? `Partial<Pick<${e.className}, ${e.properties.map(quote).join(' | ')}>>` : '{}';
}

export function elementPropsFile(elements: ElementTypings[]): string {
  return `${HEADER}${imports(elements)}

/** An event as the page types it (\`HTMLElementEventMap\`), or a plain CustomEvent where it is not typed there. */
export type PoolsterEvent<K extends string> = K extends keyof HTMLElementEventMap ? HTMLElementEventMap[K] : CustomEvent<unknown>;

/** Per tag: the element class, the public properties a framework may set, and the events it fires. */
export interface PoolsterElements {
${elements
  .map(
    (e) => `  ${quote(e.tag)}: {
    element: ${e.className};
    properties: ${propertiesType(e)};
    attributes: ${e.attributes.length > 0 ? `{ ${e.attributes.map((a) => `${quote(a)}?: string`).join('; ')} }` : '{}'};
    events: ${e.events.length > 0 ? `{ ${e.events.map((name) => `${quote(name)}: PoolsterEvent<${quote(name)}>`).join('; ')} }` : '{}'};
  };`,
  )
  .join('\n')}
}
`;
}

export function reactFile(): string {
  return `${HEADER}/**
 * JSX for React 19: each \`poolster-*\` tag with its properties (React 19 sets a prop as a property when the
 * element has one), its attributes, and \`on<event-name>\` props for its events (\`onpoolster-submitted\`).
 * Load it once: \`import type {} from '@poolster/elements/react';\` (or list it in tsconfig \`types\`).
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { PoolsterElements } from './element-props.js';

export type { PoolsterElements, PoolsterEvent } from './element-props.js';

/** The \`on<event-name>\` props of an element's events. */
export type PoolsterReactEvents<E> = { [K in keyof E as \`on\${K & string}\`]?: (event: E[K]) => void };

/** The props of one \`poolster-*\` tag in JSX. */
export type PoolsterReactProps<T extends keyof PoolsterElements> = DetailedHTMLProps<HTMLAttributes<PoolsterElements[T]['element']>, PoolsterElements[T]['element']> &
  PoolsterElements[T]['properties'] &
  PoolsterElements[T]['attributes'] &
  PoolsterReactEvents<PoolsterElements[T]['events']>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends PoolsterIntrinsicElements {}
  }
}

export type PoolsterIntrinsicElements = { [T in keyof PoolsterElements]: PoolsterReactProps<T> };
`;
}

export function vueFile(elements: ElementTypings[]): string {
  return `${HEADER}/**
 * Vue 3: each \`poolster-*\` tag as a global component, so that templates checked by vue-tsc / Volar know
 * its properties and its events (\`@poolster-submitted\`, which Vue passes as \`onPoolsterSubmitted\`).
 * Load it once: \`import type {} from '@poolster/elements/vue';\` (or list it in tsconfig \`types\`).
 * Vue itself must treat the tags as custom elements (\`compilerOptions.isCustomElement\`).
 */
import type { DefineComponent } from 'vue';
import type { PoolsterElements } from './element-props.js';

export type { PoolsterElements, PoolsterEvent } from './element-props.js';

/** The listener props Vue makes of an element's events: \`poolster-submitted\` → \`onPoolsterSubmitted\`. */
export interface PoolsterVueEvents {
${elements.map((e) => `  ${quote(e.tag)}: {${e.events.map((name) => ` on${pascal(name)}?: (event: PoolsterElements[${quote(e.tag)}]['events'][${quote(name)}]) => void;`).join('')} };`).join('\n')}
}

/** The props of one \`poolster-*\` tag in a Vue template or render function. */
export type PoolsterVueProps<T extends keyof PoolsterElements> = PoolsterElements[T]['properties'] & PoolsterVueEvents[T];

export type PoolsterGlobalComponents = { [T in keyof PoolsterElements]: DefineComponent<PoolsterVueProps<T>> };

declare module 'vue' {
  interface GlobalComponents extends PoolsterGlobalComponents {}
}
`;
}

/** The generated files by name (inside packages/elements/frameworks/). */
export function frameworkTypings(manifest: CustomElementsManifest, packageJson: { name: string; exports: ExportsField }): Record<string, string> {
  const elements = elementTypings(manifest, packageJson);
  return { 'element-props.d.ts': elementPropsFile(elements), 'react.d.ts': reactFile(), 'vue.d.ts': vueFile(elements) };
}
