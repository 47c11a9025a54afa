import { onLanguageRegistered } from '@poolster/schema';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadWords, wordsReady } from './words-loader.js';

type LangHost = ReactiveControllerHost & HTMLElement;

/**
 * The closest `lang` above `element`: its ancestors, across shadow roots to their hosts (an element
 * inside another element's shadow root speaks that element's language), up to the page's `<html lang>`.
 * Empty when nothing says, which the fallback rule reads as English.
 */
export function closestLang(element: Element): string {
  let node: Element | null = parentAcrossShadow(element);
  while (node) {
    // `lang` reads the attribute on plain elements and the property on our elements, whose `lang`
    // may be inherited itself rather than written as an attribute.
    if (node instanceof HTMLElement && node.lang) return node.lang;
    node = parentAcrossShadow(node);
  }
  return '';
}

function parentAcrossShadow(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * Gives an element the language of the page around it when its own `lang` is not set (neither the
 * attribute nor the property), starts loading that language's words where they are loaded on demand
 * (the drop-in), and draws the element again when they arrive or a language is registered.
 */
export class InheritedLang implements ReactiveController {
  /** The value this controller gave `lang`; anything else there was set by the page and wins. */
  private given: string | undefined;
  private stopListening: (() => void) | undefined;

  constructor(private readonly host: LangHost) {
    host.addController(this);
  }

  hostConnected(): void {
    const own = this.host.lang;
    if (!this.host.hasAttribute('lang') && (own === '' || own === this.given)) {
      this.given = closestLang(this.host);
      this.host.lang = this.given;
    }
    this.stopListening = onLanguageRegistered(() => this.host.requestUpdate());
    this.load();
  }

  /** A `lang` changed by the host loads its words too; the element draws again once they are here. */
  hostUpdate(): void {
    this.load();
  }

  /** Whether the element's words are here; until then an element shows its loading state, never a missing text. */
  get ready(): boolean {
    return wordsReady(this.host.lang);
  }

  private load(): void {
    if (wordsReady(this.host.lang)) return;
    void loadWords(this.host.lang).then(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.stopListening?.();
    this.stopListening = undefined;
  }
}
