import type { FastifyReply, FastifyRequest } from 'fastify';

/** How long the client waits before it connects again after losing the stream (the `retry:` field). */
export const RETRY_MS = 2000;
/** A comment line this often keeps proxies from closing a stream that has nothing to say for a while. */
export const KEEP_ALIVE_MS = 15_000;

/**
 * One server-sent event stream (text/event-stream), written on Node's own response: Fastify's reply is
 * hijacked, so no onSend hook runs and the headers every answer carries are set here. Every message is a
 * whole state, so a client that reconnects needs no Last-Event-ID: the state on connect is all it missed.
 */
export class EventStream {
  private readonly timer: NodeJS.Timeout;
  private ended = false;
  private readonly closeListeners: Array<() => void> = [];

  constructor(request: FastifyRequest, private readonly reply: FastifyReply, keepAliveMs = KEEP_ALIVE_MS) {
    reply.hijack();
    const raw = reply.raw;
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(reply.getHeaders())) if (value !== undefined) headers[name] = String(value);
    raw.writeHead(200, {
      ...headers,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      // A buffering proxy (nginx) would hold the events back.
      'X-Accel-Buffering': 'no',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'same-origin',
      'Cross-Origin-Resource-Policy': 'same-origin',
    });
    // The server closes connections idle for POOLSTER_IDLE_TIMEOUT; a stream is quiet between events by design.
    request.raw.socket.setTimeout(0);
    raw.write(`retry: ${RETRY_MS}\n\n`);
    this.timer = setInterval(() => this.write(': keep-alive\n\n'), keepAliveMs);
    this.timer.unref();
    const closed = () => this.finish();
    raw.on('close', closed);
    raw.on('error', closed);
  }

  get open(): boolean {
    return !this.ended;
  }

  /** Sends one event: its name and its data as JSON (one line: JSON.stringify never writes a newline). */
  send(event: string, data: unknown): void {
    this.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  }

  /** Runs when the stream ends, whoever ended it. */
  onClose(listener: () => void): void {
    if (this.ended) listener();
    else this.closeListeners.push(listener);
  }

  /** Ends the stream (the server closes, the round is gone). */
  end(): void {
    if (!this.ended) {
      // The socket goes too once the last bytes are out: a closing server must not wait for it to idle out.
      const socket = this.reply.raw.socket;
      this.reply.raw.end(() => socket?.destroy());
    }
    this.finish();
  }

  private write(text: string): void {
    if (!this.ended && !this.reply.raw.writableEnded) this.reply.raw.write(text);
  }

  private finish(): void {
    if (this.ended) return;
    this.ended = true;
    clearInterval(this.timer);
    for (const listener of this.closeListeners.splice(0)) listener();
  }
}
