import { isForbiddenKey } from './forbidden-key-names.js';
import { ID_PATTERN, LANGUAGE_PATTERN, SEMVER_PATTERN } from './format-constants.js';

/**
 * Small, zod-free structure checks: the building blocks of the quick checks of a response
 * (response-well-formed.ts) and an instrument (instrument-shape.ts), which let a browser decide without
 * zod that a document is sound. Each says yes only where the schema certainly would (tests hold them to
 * it); anything unusual (an explicit `undefined`, a hole in an array, an object made by a class) is a no,
 * and a no only means "ask the schema", which also says what is wrong.
 */
export type ShapeCheck = (value: unknown) => boolean;

/** A plain object (as JSON.parse makes them), not an array, a class instance or null. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

export const isString: ShapeCheck = (value) => typeof value === 'string';
export const isBoolean: ShapeCheck = (value) => typeof value === 'boolean';
export const isIdentifier: ShapeCheck = (value) => typeof value === 'string' && ID_PATTERN.test(value) && !isForbiddenKey(value);
export const isLanguage: ShapeCheck = (value) => typeof value === 'string' && LANGUAGE_PATTERN.test(value);
export const isSemVer: ShapeCheck = (value) => typeof value === 'string' && SEMVER_PATTERN.test(value);
export const stringUpTo = (max: number, min = 0): ShapeCheck => (value) => typeof value === 'string' && value.length >= min && value.length <= max;
export const intBetween = (min: number, max = Number.MAX_SAFE_INTEGER): ShapeCheck => (value) =>
  Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max;
export const literal = (expected: string | number): ShapeCheck => (value) => value === expected;

/** An array of at least `min` entries, each passing `entry` (no holes). */
export const arrayOf = (entry: ShapeCheck, min = 0): ShapeCheck => (value) => {
  if (!Array.isArray(value) || value.length < min) return false;
  for (let i = 0; i < value.length; i++) if (!(i in value) || !entry(value[i])) return false;
  return true;
};

/** A plain object whose every key passes `key` and every value passes `entry`. */
export const recordOf = (key: ShapeCheck, entry: ShapeCheck): ShapeCheck => (value) => {
  if (!isRecord(value)) return false;
  for (const k of Object.keys(value)) if (!key(k) || !entry(value[k])) return false;
  return Object.getOwnPropertySymbols(value).length === 0;
};

/** A plain object with exactly these keys: every required one, optional ones when present (never `undefined`), no other. */
export const objectOf = (required: Record<string, ShapeCheck>, optional: Record<string, ShapeCheck> = {}): ShapeCheck => (value) => {
  if (!isRecord(value) || Object.getOwnPropertySymbols(value).length > 0) return false;
  for (const key of Object.keys(required)) if (!Object.hasOwn(value, key)) return false;
  for (const key of Object.keys(value)) {
    const check = Object.hasOwn(required, key) ? required[key] : Object.hasOwn(optional, key) ? optional[key] : undefined;
    if (!check || value[key] === undefined || !check(value[key])) return false;
  }
  return true;
};

export const oneOf = (...checks: ShapeCheck[]): ShapeCheck => (value) => checks.some((check) => check(value));

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$/;
export const isUuid: ShapeCheck = (value) => typeof value === 'string' && UUID.test(value);

/** An ISO date and time with seconds and an offset ("2026-12-04T10:00:00.000Z", "…+01:00"), on a day that exists. */
const TIMESTAMP = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;
export const isTimestamp: ShapeCheck = (value) => {
  const match = typeof value === 'string' ? TIMESTAMP.exec(value) : null;
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day <= days;
};

/** A human text: a string, or a map of language code to string (primitives.ts `Text`). */
export const isText: ShapeCheck = oneOf(isString, recordOf(isLanguage, isString));
