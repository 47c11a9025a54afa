import { loadOnce, type LoadOnce } from './load-once.js';

/**
 * Elements a scan draws only after its first block (the final page's block pick and ranking). Where every
 * element is defined at once (define.ts, a bundler's build) nothing is late and this does nothing. The
 * drop-in registers a loader here (define-drop-in.ts) that fetches those elements' file and defines them;
 * the scan asks for it once a block is on screen, so they are there before the team reaches the final page,
 * and the first block is drawn without their bytes.
 */
let loader: LoadOnce<void> | undefined;

export function setLateElementLoader(load: () => Promise<void>): void {
  loader = loadOnce(load);
}

/** Loads the late elements (once; a failed load is tried again at the next call). Resolves at once when none are late. */
export function loadLateElements(): Promise<void> {
  return loader ? loader() : Promise.resolve();
}
