import { unsafeStatic, type StaticValue } from 'lit/static-html.js';

/** The elements of this copy of Poolster, by the last part of their tag name (`vote` and `round` come with the rounds' entry, define-rounds.ts). */
export const ELEMENT_NAMES = ['scan', 'report', 'compare', 'stage-picker', 'choice-group', 'block-pick', 'block-ranking', 'progress-nav', 'error-summary', 'vote', 'round'] as const;
export type ElementName = (typeof ELEMENT_NAMES)[number];

export const DEFAULT_PREFIX = 'poolster';
const PREFIX_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

let prefix = DEFAULT_PREFIX;
const statics = new Map<ElementName, StaticValue>();

/**
 * Sets the prefix of this copy's tag names, once, before anything renders. Two different versions of
 * Poolster on one page each register under their own prefix, and each copy's elements render their
 * own children (a scan of the "v2" copy renders `v2-stage-picker`, never the other copy's).
 */
export function setTagPrefix(value: string): void {
  if (!PREFIX_PATTERN.test(value)) throw new Error(`"${value}" cannot start a custom element name: use lowercase letters, digits and hyphens`);
  prefix = value;
  statics.clear();
}

export const tagPrefix = (): string => prefix;
export const tagName = (name: ElementName): string => `${prefix}-${name}`;

/** A tag name for `lit/static-html.js` templates. */
export function tag(name: ElementName): StaticValue {
  let value = statics.get(name);
  if (!value) {
    value = unsafeStatic(tagName(name));
    statics.set(name, value);
  }
  return value;
}

/** The prefix a drop-in's URL asks for (`poolster.js?prefix=acme`), if any: each define module passes its own `import.meta.url`. */
export function prefixFromUrl(url: string): string | undefined {
  try {
    return new URL(url).searchParams.get('prefix') ?? undefined;
  } catch {
    return undefined;
  }
}
