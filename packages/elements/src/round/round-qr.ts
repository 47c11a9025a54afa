import { generate } from 'lean-qr';
import { toSvgPath } from 'lean-qr/extras/svg';
import { html, svg, type TemplateResult } from 'lit';

/** How many empty modules surround the code: the quiet zone readers need to find it. */
const QUIET_ZONE = 4;

/**
 * A QR code of `text` as an SVG template: one path drawn from lean-qr's modules, with Lit's `svg` (no
 * markup from a string, so it works under a strict Content Security Policy). It scales with its box;
 * the colours come from the stylesheet (forced colours included).
 */
export function qrCode(text: string, label: string): TemplateResult {
  const code = generate(text);
  const size = code.size + 2 * QUIET_ZONE;
  // The modules inside Lit's `svg` template (SVG elements), the <svg> box itself in an HTML one.
  const modules = svg`<rect class="qr-off" x=${-QUIET_ZONE} y=${-QUIET_ZONE} width=${size} height=${size}></rect><path class="qr-on" d=${toSvgPath(code)}></path>`;
  return html`<svg class="qr" role="img" aria-label=${label} viewBox="${-QUIET_ZONE} ${-QUIET_ZONE} ${size} ${size}" shape-rendering="crispEdges">${modules}</svg>`;
}
