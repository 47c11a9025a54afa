import type { ListItem, RichText } from './primitives.js';

/** Tells a bulleted list from a paragraph in rich text (a language map never holds an array). */
export const isListItem = (part: RichText[number]): part is ListItem =>
  typeof part === 'object' && Array.isArray((part as { list?: unknown }).list);
