/**
 * A click on the text of a radio's or checkbox's label chooses it without scrolling the page.
 *
 * The browser's own label activation focuses the control and scrolls it into view. When the control is
 * above the viewport (the radio at the top of a tall stage card, the box of a long option whose last
 * lines the team clicked), the page jumps away from what the team was reading. Here the label's default
 * is cancelled and the same thing is done by hand: focus without scrolling, then a real click on the
 * control, so its own click handlers (read-only, "at most three") still decide.
 *
 * Use it as the label's click listener: `<label @click=${chooseWithoutScrolling}>`.
 */
export function chooseWithoutScrolling(event: MouseEvent): void {
  const label = event.currentTarget;
  if (!(label instanceof HTMLLabelElement) || event.defaultPrevented) return;
  const control = label.control;
  if (!(control instanceof HTMLInputElement) || (control.type !== 'radio' && control.type !== 'checkbox')) return;
  // The control's own click (a click on the box, or the one dispatched below) bubbles through here too.
  if (event.composedPath().includes(control)) return;
  event.preventDefault();
  if (control.disabled) return;
  control.focus({ preventScroll: true });
  control.click();
}
