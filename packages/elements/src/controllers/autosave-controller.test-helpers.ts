import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Response as ScanResponse } from '@poolster/schema';

/** Test-only pieces shared by the autosave controller's test files. */

/** A host without an element: counts update requests and drives the lifecycle by hand. */
export class Host implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  updates = 0;
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(controller: ReactiveController): void {
    this.controllers.splice(this.controllers.indexOf(controller), 1);
  }
  requestUpdate(): void {
    this.updates++;
  }
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }
  connect(): void {
    for (const c of this.controllers) c.hostConnected?.();
  }
  disconnect(): void {
    for (const c of this.controllers) c.hostDisconnected?.();
  }
}

/** An in-memory Storage that records writes and can be told to fail. */
export class FakeStorage implements Storage {
  readonly map = new Map<string, string>();
  writes: { key: string; value: string }[] = [];
  fail: DOMException | undefined = undefined;
  get length(): number {
    return this.map.size;
  }
  clear(): void {
    this.map.clear();
  }
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.map.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
  setItem(key: string, value: string): void {
    if (this.fail) throw this.fail;
    this.map.set(key, value);
    this.writes.push({ key, value });
  }
}

export const KEY = 'poolster:draft:test-instrument:1:team-a';

export const response = (text: string): ScanResponse => ({
  schemaVersion: 1,
  id: '3f2b8c1e-4d5a-4b6c-9e7f-0a1b2c3d4e5f',
  instrumentId: 'test-instrument',
  instrumentVersion: '1.0.0',
  status: 'draft',
  createdAt: '2025-01-01T09:00:00.000Z',
  updatedAt: '2025-01-01T09:00:00.000Z',
  context: {},
  blocks: { listening: { now: { choice: 's1', comment: text } } },
  final: {},
});

export const stored = (storage: Storage, key = KEY) => JSON.parse(storage.getItem(key) ?? 'null') as {
  format: string;
  version: number;
  savedAt: string;
  response: ScanResponse;
};
