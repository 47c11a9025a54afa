/**
 * A real mail server for tests (smtp-server on a free loopback port) that keeps what it receives, and a
 * small reader of what nodemailer sends: headers, and the text and HTML parts, decoded.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface Received {
  to: string[];
  data: string;
}

export interface TestSmtp {
  url: string;
  port: number;
  mails: Received[];
  /** The next mail not taken yet, as soon as it arrives. */
  next(): Promise<Received>;
  close(): Promise<void>;
}

/**
 * A mail server on a free loopback port (or the given one) that keeps what it receives, and tells waiters
 * at once. `beforeAccept`, when given, is awaited before a mail is accepted (a slow mail server).
 */
export async function startSmtp(port = 0, options: { beforeAccept?: (mail: Received) => Promise<void> } = {}): Promise<TestSmtp> {
  const mails: Received[] = [];
  const waiting: Array<(mail: Received) => void> = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const mail = { to: session.envelope.rcptTo.map((r) => r.address), data: Buffer.concat(chunks).toString('utf8') };
        void (options.beforeAccept?.(mail) ?? Promise.resolve()).then(() => {
          mails.push(mail);
          waiting.shift()?.(mail);
          callback();
        });
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    smtp.server.once('error', reject);
    smtp.listen(port, '127.0.0.1', resolve);
  });
  const bound = (smtp.server.address() as AddressInfo).port;
  let taken = 0;
  return {
    url: `smtp://127.0.0.1:${bound}`,
    port: bound,
    mails,
    next: () => (taken < mails.length ? Promise.resolve(mails[taken++]!) : new Promise((resolve) => waiting.push((m) => (taken++, resolve(m))))),
    close: () => new Promise((resolve) => smtp.close(() => resolve())),
  };
}

const decodeQp = (text: string) => {
  const unfolded = text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(unfolded, 'latin1').toString('utf8');
};

/** The mail's text, decoded as quoted-printable (what nodemailer sends a short text mail as). */
export const textOf = (mail: Received): string => decodeQp(mail.data);

/** A header's value, unfolded, with RFC 2047 encoded words decoded. */
export function headerOf(data: string, name: string): string | undefined {
  const head = data.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ');
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  if (line === undefined) return undefined;
  return line
    .slice(name.length + 1)
    .trim()
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_m, encoding: string, word: string) =>
      encoding.toLowerCase() === 'b' ? Buffer.from(word, 'base64').toString('utf8') : decodeQp(word.replace(/_/g, ' ')),
    );
}

/** The decoded bodies of a mail's parts by content type (`text/plain`, `text/html`), one level of multipart. */
export function partsOf(mail: Received): Record<string, string> {
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(mail.data)?.[1];
  const pieces = boundary ? mail.data.split(`--${boundary}`).slice(1, -1) : [mail.data];
  const parts: Record<string, string> = {};
  for (const piece of pieces) {
    const [head = '', ...rest] = piece.replace(/^\r?\n/, '').split(/\r?\n\r?\n/);
    const body = rest.join('\r\n\r\n');
    const type = /content-type:\s*([^;\s]+)/i.exec(head)?.[1]?.toLowerCase() ?? 'text/plain';
    const encoding = /content-transfer-encoding:\s*(\S+)/i.exec(head)?.[1]?.toLowerCase();
    parts[type] = encoding === 'base64' ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8') : encoding === 'quoted-printable' ? decodeQp(body) : body;
  }
  return parts;
}

/**
 * An SMTP server that takes each mail in but answers it only once the test calls `release()`: a mail is
 * then "being sent" for as long as the test likes. `receiving()` says whether a mail has arrived yet.
 */
export async function startHeldSmtp(): Promise<{ smtp: TestSmtp; release: () => void; receiving: () => boolean }> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let receiving = false;
  const smtp = await startSmtp(0, {
    beforeAccept: () => {
      receiving = true;
      return held;
    },
  });
  return { smtp, release, receiving: () => receiving };
}
