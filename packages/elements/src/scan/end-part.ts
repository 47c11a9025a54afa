import type { StepId } from './steps.js';

/**
 * The scan's end (end-views.ts), loaded when needed: at idle once the first block is drawn, at once when the
 * team reaches the end before that, or for a read-only or sent scan. While it loads, those steps say so and
 * wait; answers are never touched. A failed load is tried again at the next need.
 */
export type EndViews = typeof import('./end-views.js');

let views: EndViews | undefined;
let loading: Promise<EndViews> | undefined;

export function loadEndViews(): Promise<EndViews> {
  loading ??= import('./end-views.js').then(
    (module) => (views = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The end's views once loaded, else undefined. */
export const endViews = (): EndViews | undefined => views;

/** The steps drawn with the end's views. */
export const isEndStep = (step: StepId): boolean => step === 'overview' || step === 'confirm' || step === 'submitted';
