/**
 * A late part of the drop-in (a chunk most pages never need) loaded the first time it is needed, once.
 * A failed load (the network dropped) is forgotten, so the next need tries again instead of failing for
 * good. Each caller writes its own `() => import('./part.js')`: the build sees the dynamic import there
 * and makes the part its own file.
 */
export interface LoadOnce<T> {
  /** The part, loading it at the first call; every call while it loads shares that one load. */
  (): Promise<T>;
  /** The part once it is loaded, else undefined: for code that must answer at once. */
  loaded(): T | undefined;
}

export function loadOnce<T>(load: () => Promise<T>): LoadOnce<T> {
  let loading: Promise<T> | undefined;
  let value: T | undefined;
  const get = (): Promise<T> =>
    (loading ??= load().then(
      (module) => (value = module),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  return Object.assign(get, { loaded: () => value });
}
