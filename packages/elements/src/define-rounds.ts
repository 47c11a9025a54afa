/**
 * Registers the team round's elements: `<poolster-vote>` (a participant's phone) and `<poolster-round>`
 * (the facilitator, inside the scan), with the parts they render. Guarded like define.ts: a second copy
 * or a second call leaves the first registration in place.
 *
 * The tag prefix follows define.ts: the one asked for (`poolster-rounds.js?prefix=acme`, or
 * `defineRoundElements({ prefix })`), else the one this copy of Poolster uses already (`poolster` unless
 * define.ts was told otherwise), so the rounds' elements and the scan share one prefix.
 */
import { PoolsterChoiceGroup } from './choice-group/choice-group.js';
import { PoolsterRound } from './round/round.js';
import { defineOnce } from './shared/define-once.js';
import { prefixFromUrl, setTagPrefix, tagName, tagPrefix, type ElementName } from './shared/tags.js';
import { PoolsterStagePicker } from './stage-picker/stage-picker.js';
import { PoolsterVote } from './vote/vote.js';

/** The rounds' element classes, by the last part of their tag name (the parts they render included). */
export const ROUND_ELEMENTS: ReadonlyArray<[ElementName, CustomElementConstructor]> = [
  ['vote', PoolsterVote],
  ['round', PoolsterRound],
  ['stage-picker', PoolsterStagePicker],
  ['choice-group', PoolsterChoiceGroup],
];

let defined = false;

/**
 * Registers the rounds' elements under `prefix`-name tags. The first call decides the prefix of this
 * copy's round elements; a later call with another prefix changes nothing and returns false.
 */
export function defineRoundElements(options: { prefix?: string } = {}): boolean {
  const prefix = options.prefix ?? tagPrefix();
  if (defined && prefix !== tagPrefix()) return false;
  if (!defined && prefix !== tagPrefix()) setTagPrefix(prefix);
  defined = true;
  for (const [name, element] of ROUND_ELEMENTS) defineOnce(tagName(name), element);
  return true;
}

defineRoundElements({ prefix: prefixFromUrl(import.meta.url) });
