/**
 * Registers the team round's elements (the rounds' drop-in, apart from the scan's `poolster.js`). Guarded
 * like define.ts: a second copy, or a second call, leaves the first registration in place. The tag prefix
 * is `poolster`, or the one the module's URL asks for (`poolster-rounds.js?prefix=acme`), as for the scan:
 * the round finds its scan under the same prefix.
 */
import { PoolsterRound } from './round/round.js';
import { defineOnce } from './shared/define-once.js';
import { DEFAULT_PREFIX, setTagPrefix, tagPrefix } from './shared/tags.js';

/** Every element of the rounds, by the last part of its tag name. */
export const ROUND_ELEMENTS: ReadonlyArray<[string, CustomElementConstructor]> = [['round', PoolsterRound]];

let defined = false;

/**
 * Registers the rounds' elements under `prefix`-name tags. One prefix per copy of Poolster: without one,
 * the copy's prefix (the one define.ts chose, when both are imported from the same package); a prefix other
 * than one already chosen changes nothing and returns false.
 */
export function defineRoundElements(options: { prefix?: string } = {}): boolean {
  const prefix = options.prefix ?? tagPrefix();
  if (prefix !== tagPrefix()) {
    if (defined || tagPrefix() !== DEFAULT_PREFIX) return false;
    setTagPrefix(prefix);
  }
  defined = true;
  for (const [name, element] of ROUND_ELEMENTS) defineOnce(`${prefix}-${name}`, element);
  return true;
}

function prefixFromModuleUrl(): string | undefined {
  try {
    return new URL(import.meta.url).searchParams.get('prefix') ?? undefined;
  } catch {
    return undefined;
  }
}

defineRoundElements({ prefix: prefixFromModuleUrl() });
