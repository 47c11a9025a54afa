import type { Instrument } from '../../src/instrument.js';
import type { Response } from '../../src/response.js';

/** Loads a JSON file served next to the sources (tests fetch fixtures; they never import dist). */
async function load<T>(url: URL): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`cannot load ${url}: ${res.status}`);
  return (await res.json()) as T;
}

const fixture = <T>(name: string): Promise<T> => load<T>(new URL(`../fixtures/${name}`, import.meta.url));

export const goInstrument = (): Promise<Instrument> => load<Instrument>(new URL('../../../../content/go-clb/instrument.json', import.meta.url));
export const threeStages = (): Promise<Instrument> => fixture('three-stages.instrument.json');
export const sixStages = (): Promise<Instrument> => fixture('six-stages.instrument.json');
export const threeStagesResponse = (): Promise<Response> => fixture('three-stages.response.json');
export const sixStagesResponse = (): Promise<Response> => fixture('six-stages.response.json');
export const brokenResponse = (): Promise<unknown> => fixture('broken.response.json');
export const brokenStructure = (): Promise<unknown> => fixture('broken-structure.instrument.json');
export const brokenMeaning = (): Promise<unknown> => fixture('broken-meaning.instrument.json');

/** A deep copy to mutate in one test without touching another's data. */
export const clone = <T>(value: T): T => structuredClone(value);

/** The (code, path) pairs of issues, the form tests compare. */
export const pairs = (issues: ReadonlyArray<{ code: string; path: ReadonlyArray<string | number> }>): string[] =>
  issues.map((i) => `${i.code} @ ${i.path.join('/')}`);
