import { resetMouse, sendMouse, setViewport } from '@web/test-runner-commands';

/**
 * Test-only helpers that click as a mouse user does: a real press and release at a point on the screen
 * (through the browser's input pipeline), never `element.click()`, which skips focus and scrolling.
 */

/** The laptop screen the lost answers were seen on. */
export const LAPTOP = { width: 1280, height: 700 } as const;

export const useLaptopViewport = (): Promise<void> => setViewport({ ...LAPTOP });

/** The deepest element at a point of the viewport, through open shadow roots. */
export function deepElementAt(x: number, y: number): Element | null {
  let hit = document.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return hit;
}

/** Whether `node` is `ancestor` or inside it, crossing shadow roots upwards. */
function isWithin(node: Node | null, ancestor: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null)) if (n === ancestor) return true;
  return false;
}

/** The line boxes of the text inside `element`, in reading order. */
function textLines(element: Element): DOMRect[] {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.textContent?.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT),
  });
  const lines: DOMRect[] = [];
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    range.selectNodeContents(node);
    lines.push(...[...range.getClientRects()].filter((r) => r.width > 4 && r.height > 4));
  }
  return lines;
}

const inViewport = (r: DOMRect): boolean => r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth;

/**
 * Scrolls the page so that `first` (the group's first option) is entirely above the viewport while the
 * last line of `target`'s text is inside it. Throws when the layout does not allow that, so a test that
 * could not set the scene fails instead of passing for the wrong reason.
 */
export function scrollFirstOutOfView(first: Element, target: Element): void {
  const last = textLines(target).at(-1);
  if (!last) throw new Error('the target has no text to click');
  window.scrollBy(0, last.top - window.innerHeight * 0.6);
  const firstBottom = first.getBoundingClientRect().bottom;
  if (firstBottom > 0) window.scrollBy(0, firstBottom + 8);
  if (first.getBoundingClientRect().bottom > 0) throw new Error('the first option is still in view');
  if (!textLines(target).some(inViewport)) throw new Error('the target text is out of view');
}

/**
 * Presses and releases the left button on the middle of the last visible line of `target`'s text, and
 * returns how far the page scrolled meanwhile. Checks first that the text at that point is the target's
 * (and not a control drawn over it).
 */
export async function clickText(target: Element): Promise<{ scrolled: number }> {
  const line = textLines(target).filter(inViewport).at(-1);
  if (!line) throw new Error('no line of the target text is in view');
  const x = Math.round(line.left + Math.min(line.width / 2, 40));
  const y = Math.round(line.top + line.height / 2);
  const hit = deepElementAt(x, y);
  if (!isWithin(hit, target) || hit instanceof HTMLInputElement) {
    throw new Error(`the point (${x}, ${y}) is on ${hit?.localName ?? 'nothing'}, not on the target's text`);
  }
  const before = window.scrollY;
  await sendMouse({ type: 'click', position: [x, y] });
  const scrolled = window.scrollY - before;
  await resetMouse();
  return { scrolled };
}
