import type { IncomingMessage } from 'node:http';
import { HttpError } from './http.js';

/**
 * Reads a request body of at most `limit` bytes. A larger one is refused as soon as that is known
 * (from Content-Length before reading anything, else at the first chunk past the limit): nothing more
 * is kept in memory, and the 413 goes out while the client may still be sending.
 */
export function readBody(req: IncomingMessage, limit: number, tooLargeMessage: string): Promise<Buffer> {
  const tooLarge = () => new HttpError(413, 'too-large', tooLargeMessage, { limit });
  const declared = req.headers['content-length'];
  if (declared !== undefined && Number(declared) > limit) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (error?: Error) => {
      if (done) return;
      done = true;
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('close', onClose);
      if (error) reject(error);
      else resolve(Buffer.concat(chunks, size));
    };
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > limit) {
        chunks.length = 0;
        finish(tooLarge());
      } else chunks.push(chunk);
    };
    const onEnd = () => finish();
    const onError = (error: Error) => finish(new HttpError(400, 'body-aborted', error.message));
    const onClose = () => finish(new HttpError(400, 'body-aborted', 'The request body did not arrive completely.'));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('close', onClose);
  });
}
