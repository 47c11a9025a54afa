// Generated from custom-elements.json by packages/elements/scripts/generate-framework-typings.ts (npm run analyze). Do not edit.
/**
 * JSX for React 19: each `poolster-*` tag with its properties (React 19 sets a prop as a property when the
 * element has one), its attributes, and `on<event-name>` props for its events (`onpoolster-submitted`).
 * Load it once: `import type {} from '@poolster/elements/react';` (or list it in tsconfig `types`).
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { PoolsterElements } from './element-props.js';

export type { PoolsterElements, PoolsterEvent } from './element-props.js';

/** The `on<event-name>` props of an element's events. */
export type PoolsterReactEvents<E> = { [K in keyof E as `on${K & string}`]?: (event: E[K]) => void };

/** The props of one `poolster-*` tag in JSX. */
export type PoolsterReactProps<T extends keyof PoolsterElements> = DetailedHTMLProps<HTMLAttributes<PoolsterElements[T]['element']>, PoolsterElements[T]['element']> &
  PoolsterElements[T]['properties'] &
  PoolsterElements[T]['attributes'] &
  PoolsterReactEvents<PoolsterElements[T]['events']>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends PoolsterIntrinsicElements {}
  }
}

export type PoolsterIntrinsicElements = { [T in keyof PoolsterElements]: PoolsterReactProps<T> };
