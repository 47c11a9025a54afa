import { onLanguageRegistered } from '@poolster/schema';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

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
 * attribute nor the property), and draws it again when a language is registered, so texts of a
 * language registered after the first render appear.
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
  }

  hostDisconnected(): void {
    this.stopListening?.();
    this.stopListening = undefined;
  }
}
