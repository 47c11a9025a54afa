import type { MigrationHook } from '@poolster/schema';
import { LitElement, type PropertyDeclarations } from 'lit';
import type { DraftBackend } from '../drafts/draft-backend.js';
import { InheritedLang } from '../i18n/inherited-lang.js';

/**
 * The public properties and attributes of `<poolster-scan>` (scan.ts), kept apart from its behaviour so the
 * element's file is about steps and answers. Not an element of its own.
 */
export class PoolsterScanProperties extends LitElement {
  static override properties: PropertyDeclarations = {
    instrument: { attribute: false },
    src: {},
    lang: {},
    timeZone: { attribute: 'time-zone' },
    draftKey: { attribute: 'draft-key' },
    action: {},
    reportHref: { attribute: 'report-href' },
    printHref: { attribute: 'print-href' },
    draftUrl: { attribute: 'draft-url' },
    backend: { attribute: false },
    migrate: { attribute: false },
    readonly: { type: Boolean, reflect: true },
    presentation: { type: Boolean, reflect: true },
  };

  /** The instrument, as data (validated before use). Takes precedence over `src`. */
  instrument: unknown;

  /** A URL to load the instrument from. The only host, with `action` and `draft-url`, that the scan ever contacts. */
  src = '';

  /**
   * The interface language (nl, fr, en, or one registered with `registerLanguage`). When not set, the closest
   * `lang` above the element (its ancestors, across shadow roots; the page's `<html lang>`), else English. Content is shown in it when the instrument has it.
   */
  override lang = '';

  // Fills `lang` from the page when the host sets none; draws again when a language is registered.
  protected readonly inheritedLang = new InheritedLang(this);

  /**
   * The time zone the element shows times in, as an IANA name ("Europe/Brussels"); empty: the browser's. A
   * server sets the one its mails and pages use, so every view of a scan says the same time.
   */
  timeZone = '';

  /** Distinguishes drafts of the same instrument on one device (for example a team or centre id). */
  draftKey = '';

  /** When set, valid answers are POSTed there as JSON (the response id is the Idempotency-Key). */
  action = '';

  /**
   * Where the host shows the report of a sent scan, `{id}` standing for the response's id (e.g.
   * `/report/{id}`); empty: no link. Once sent, the scan confirms it GOV.UK style: a panel with a short
   * reference (the first eight characters of the response's id, "3F2A-9C1E"), then what happens next in the
   * instrument's words (`afterSubmit`), then this link (and `print-href`'s). The host knows its own routes, so
   * the scan needs nothing back from sending. Focus moves to the panel's heading, so a screen reader announces it.
   */
  reportHref = '';

  /** Where the host prints the report of a sent scan or offers it as PDF, `{id}` standing for its id; empty: no link. */
  printHref = '';

  /**
   * The server's URL of this scan's draft (e.g. `/api/drafts/go-clb-poolster`), spoken to in the draft
   * protocol (GET, PUT with `If-Match` or `If-None-Match: *`, DELETE). Each draft is also kept there, with the
   * step the team was on, so the team continues on another device where it stopped ("Continue at 6.1 …").
   * Changes made offline are kept on the device and sent when it is back online. When another device saved a
   * newer version meanwhile, the scan shows both and the team chooses; nothing is overwritten silently. After
   * a successful send, the draft is dropped. Same-origin cookies are sent. Read when the instrument is set.
   */
  draftUrl = '';

  /**
   * A portal's own backend for drafts and sending (`load`, `save` with the version it is based on,
   * `discard`, and optionally `send`; see `DraftBackend`), used instead of `draft-url`, and of `action` when it
   * has `send`. Drafts then follow the team as with `draft-url`. Read when the instrument is set.
   */
  backend: DraftBackend | undefined;

  /**
   * Moves answers across a content change (renamed ids) before a draft is fitted to this instrument.
   * Answers that still do not fit are set aside and shown, never dropped.
   */
  migrate: MigrationHook | undefined;

  /** Shows the answers (of `value`) without letting anything change. */
  readonly = false;

  /** One block per screen for a projector: stages as columns, keys 1…N, ← → / Page Up / Page Down (see presentation/). Shortcut: Alt+Shift+P. */
  presentation = false;

  override connectedCallback(): void {
    // A `value` the page set before the element was defined (the drop-in defines it once its core has run) sits
    // on the element itself and hides the scan's setter: it is taken through the setter now, as if set later.
    if (Object.prototype.hasOwnProperty.call(this, 'value')) {
      const early = (this as { value?: unknown }).value;
      delete (this as { value?: unknown }).value;
      (this as { value?: unknown }).value = early;
    }
    super.connectedCallback();
  }
}
