/**
 * Keys that reach an object's prototype when code copies or merges a document into an object. JSON.parse
 * makes an own `__proto__` property, which zod's records skip instead of reporting. Apart from the search for
 * them (forbidden-keys.ts), which only the full checks run: the quick checks need no more than these names.
 */
export const FORBIDDEN_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

const forbidden = new Set(FORBIDDEN_KEYS);

export const isForbiddenKey = (key: string): boolean => forbidden.has(key);
