// Generated from custom-elements.json by packages/elements/scripts/generate-framework-typings.ts (npm run analyze). Do not edit.
/**
 * Vue 3: each `poolster-*` tag as a global component, so that templates checked by vue-tsc / Volar know
 * its properties and its events (`@poolster-submitted`, which Vue passes as `onPoolsterSubmitted`).
 * Load it once: `import type {} from '@poolster/elements/vue';` (or list it in tsconfig `types`).
 * Vue itself must treat the tags as custom elements (`compilerOptions.isCustomElement`).
 */
import type { DefineComponent } from 'vue';
import type { PoolsterElements } from './element-props.js';

export type { PoolsterElements, PoolsterEvent } from './element-props.js';

/** The listener props Vue makes of an element's events: `poolster-submitted` → `onPoolsterSubmitted`. */
export interface PoolsterVueEvents {
  'poolster-block-pick': { onPoolsterAnswer?: (event: PoolsterElements['poolster-block-pick']['events']['poolster-answer']) => void; };
  'poolster-block-ranking': { onPoolsterAnswer?: (event: PoolsterElements['poolster-block-ranking']['events']['poolster-answer']) => void; };
  'poolster-choice-group': { onPoolsterAnswer?: (event: PoolsterElements['poolster-choice-group']['events']['poolster-answer']) => void; };
  'poolster-compare': { onPoolsterError?: (event: PoolsterElements['poolster-compare']['events']['poolster-error']) => void; onPoolsterView?: (event: PoolsterElements['poolster-compare']['events']['poolster-view']) => void; };
  'poolster-error-summary': { onPoolsterErrorSelect?: (event: PoolsterElements['poolster-error-summary']['events']['poolster-error-select']) => void; };
  'poolster-progress-nav': { onPoolsterNavigate?: (event: PoolsterElements['poolster-progress-nav']['events']['poolster-navigate']) => void; };
  'poolster-report': { onPoolsterError?: (event: PoolsterElements['poolster-report']['events']['poolster-error']) => void; };
  'poolster-round': { };
  'poolster-scan': { onPoolsterChange?: (event: PoolsterElements['poolster-scan']['events']['poolster-change']) => void; onPoolsterError?: (event: PoolsterElements['poolster-scan']['events']['poolster-error']) => void; onPoolsterStep?: (event: PoolsterElements['poolster-scan']['events']['poolster-step']) => void; onPoolsterSubmit?: (event: PoolsterElements['poolster-scan']['events']['poolster-submit']) => void; onPoolsterSubmitted?: (event: PoolsterElements['poolster-scan']['events']['poolster-submitted']) => void; };
  'poolster-stage-picker': { onPoolsterAnswer?: (event: PoolsterElements['poolster-stage-picker']['events']['poolster-answer']) => void; };
  'poolster-vote': { };
}

/** The props of one `poolster-*` tag in a Vue template or render function. */
export type PoolsterVueProps<T extends keyof PoolsterElements> = PoolsterElements[T]['properties'] & PoolsterVueEvents[T];

export type PoolsterGlobalComponents = { [T in keyof PoolsterElements]: DefineComponent<PoolsterVueProps<T>> };

declare module 'vue' {
  interface GlobalComponents extends PoolsterGlobalComponents {}
}
