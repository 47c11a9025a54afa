import { randomInt } from 'node:crypto';

/** The characters of a join code: no 0/O or 1/I look-alikes, so a code read off a projector is typed right. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const CODE_LENGTH = 6;

/** A new join code: 6 characters of 32 (about a billion codes), drawn with the system's random source. */
export const newJoinCode = (): string => Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');

/** A code as typed (`k7p-3qx`, ` K7P 3QX `) in the form it is stored: upper case, without spaces or dashes. */
export const normaliseCode = (typed: string): string => typed.replace(/[\s-]+/g, '').toUpperCase();

/** Whether a normalised code can be one at all (anything else is not looked up). */
export const isJoinCode = (code: string): boolean => code.length === CODE_LENGTH && [...code].every((c) => CODE_ALPHABET.includes(c));
