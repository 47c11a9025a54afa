/**
 * Reading a server-sent event stream with fetch, as a browser's EventSource would: events are handed out
 * one at a time, in order, and a test waits for the one it expects (never for a time).
 */
export interface SseEvent {
  event: string;
  data: string;
}

export class SseReader {
  private buffer = '';
  private readonly queue: SseEvent[] = [];
  private waiting: Array<() => void> = [];
  /** The `retry:` the server asked for, and every comment line seen (`keep-alive`). */
  retry: number | undefined;
  readonly comments: string[] = [];
  ended = false;
  private readonly done: Promise<void>;

  private constructor(
    readonly response: Response,
    private readonly abort: AbortController,
  ) {
    this.done = this.pump();
  }

  static async open(url: string, headers: Record<string, string> = {}): Promise<SseReader> {
    const abort = new AbortController();
    const response = await fetch(url, { headers: { Accept: 'text/event-stream', ...headers }, signal: abort.signal });
    return new SseReader(response, abort);
  }

  /** The next event; rejects when the stream ends before one comes. */
  async next(): Promise<SseEvent> {
    while (this.queue.length === 0) {
      if (this.ended) throw new Error('The event stream ended.');
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    return this.queue.shift()!;
  }

  /** The data (parsed) of the next `round` event that satisfies the condition; earlier ones are skipped. */
  async until<T>(condition: (data: T) => boolean): Promise<T> {
    for (;;) {
      const event = await this.next();
      if (event.event !== 'round') continue;
      const data = JSON.parse(event.data) as T;
      if (condition(data)) return data;
    }
  }

  /** Resolves once a comment line with this text has come (`keep-alive`); rejects when the stream ends first. */
  async comment(text: string): Promise<void> {
    while (!this.comments.includes(text)) {
      if (this.ended) throw new Error('The event stream ended.');
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  /** Resolves when the server ends the stream. */
  finished(): Promise<void> {
    return this.done;
  }

  close(): void {
    this.abort.abort();
  }

  private async pump(): Promise<void> {
    const decoder = new TextDecoder();
    try {
      for await (const chunk of this.response.body as unknown as AsyncIterable<Uint8Array>) {
        this.buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = this.buffer.indexOf('\n\n')) >= 0) {
          this.parse(this.buffer.slice(0, end));
          this.buffer = this.buffer.slice(end + 2);
        }
      }
    } catch {
      // Aborted by the test.
    } finally {
      this.ended = true;
      this.wake();
    }
  }

  private parse(block: string): void {
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) {
        this.comments.push(line.slice(1).trim());
        this.wake();
      }
      else if (line.startsWith('event: ')) event = line.slice(7);
      else if (line.startsWith('data: ')) data.push(line.slice(6));
      else if (line.startsWith('retry: ')) this.retry = Number(line.slice(7));
    }
    if (data.length > 0) {
      this.queue.push({ event, data: data.join('\n') });
      this.wake();
    }
  }

  private wake(): void {
    for (const resolve of this.waiting.splice(0)) resolve();
  }
}
