import type { LitElement } from 'lit';

/**
 * Moves focus inside the scan to `target`: 'summary' (the error summary), 'heading' (the step's heading),
 * 'continue-at' (the notice of a reopened draft), or a field key (the field, after its element rendered).
 */
export async function focusTarget(root: ShadowRoot, target: string): Promise<void> {
  if (target === 'summary') {
    const summary = root.querySelector<LitElement>('.summary');
    await summary?.updateComplete;
    summary?.focus();
    return;
  }
  if (target === 'continue-at' || target === 'sync-conflict') {
    root.querySelector<HTMLElement>(`.${target}`)?.focus();
    return;
  }
  if (target === 'heading') {
    // The step's own elements (questions, choices) draw in the microtasks after the scan's update. Scrolling
    // before they have drawn would lay out the page twice, the first time with their old content.
    await stepElementsDrawn(root);
    const heading = root.querySelector<HTMLElement>('.step-heading');
    heading?.focus({ preventScroll: true });
    heading?.scrollIntoView?.({ block: 'start' });
    return;
  }
  const field = root.querySelector<HTMLElement>(`[data-field="${CSS.escape(target)}"]`);
  if (field && 'updateComplete' in field) await (field as unknown as LitElement).updateComplete;
  field?.focus();
  field?.scrollIntoView?.({ block: 'center' });
}

/** Resolves once every Lit element in the scan's shadow root has drawn its pending update. */
async function stepElementsDrawn(root: ShadowRoot): Promise<void> {
  const pending: Array<Promise<unknown>> = [];
  for (const element of root.querySelectorAll('*')) if ((element as Partial<LitElement>).isUpdatePending) pending.push((element as LitElement).updateComplete);
  await Promise.all(pending);
}
