import type { Instrument } from '@poolster/schema';
import { LitElement, type PropertyDeclarations } from 'lit';
import { InheritedLang } from '../i18n/inherited-lang.js';
import type { BallotBackend } from '../rounds/round-backend.js';

/**
 * The public properties and attributes of `<poolster-vote>` (vote.ts), kept apart from its behaviour so the
 * element's file is about joining and placing. Not an element of its own.
 */
export class PoolsterVoteProperties extends LitElement {
  static override properties: PropertyDeclarations = {
    src: {},
    instrument: { attribute: false },
    code: {},
    joinUrl: { attribute: 'join-url' },
    ballotsUrl: { attribute: 'ballots-url' },
    lang: {},
    backend: { attribute: false },
  };

  /** The instrument JSON's URL (used when the `instrument` property is not set). */
  src = '';

  /** The instrument the round belongs to, as data (wins over `src`). */
  instrument: Instrument | undefined;

  /** A join code (from a link such as /join/K7P3QX): it fills the field and joins at once. */
  code = '';

  /** Where the built-in HTTP backend POSTs a code to join. Default `/api/join`. */
  joinUrl = '';

  /** Where the built-in HTTP backend finds ballots. Default `/api/ballots`. */
  ballotsUrl = '';

  /**
   * The interface language (nl, fr, en, or one registered with `registerLanguage`). When not set, the closest
   * `lang` above the element (its ancestors, across shadow roots; the page's `<html lang>`), else English. Content is shown in it when the instrument has it.
   */
  override lang = '';

  // Fills `lang` from the page when the host sets none; draws again when a language is registered.
  protected readonly inheritedLang = new InheritedLang(this);

  /** A backend of the round protocol; without one, the HTTP backend at `join-url` and `ballots-url`. */
  backend: BallotBackend | undefined;
}
