import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

export interface Mailer {
  /** Sends one mail, or rejects (the caller decides what the person is told). */
  send(mail: Mail): Promise<void>;
  close(): void;
}

/**
 * Mail out: over SMTP with nodemailer when a server is configured; otherwise (the demo, a trial) each
 * mail is built the same way and written as an .eml file to the outbox folder, and announced through
 * `notice` with the links it holds, so nothing outside this machine is needed.
 */
export function createMailer(options: { from: string; smtpUrl: string | undefined; outboxDir: string; notice: (line: string) => void }): Mailer {
  if (options.smtpUrl) {
    const transport = nodemailer.createTransport(options.smtpUrl);
    return {
      send: async (mail) => {
        await transport.sendMail({ from: options.from, ...mail });
      },
      close: () => transport.close(),
    };
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  let sequence = 0;
  return {
    send: async (mail) => {
      const info = await transport.sendMail({ from: options.from, ...mail });
      await mkdir(options.outboxDir, { recursive: true });
      sequence += 1;
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}-${sequence}.eml`;
      const file = join(options.outboxDir, name);
      await writeFile(file, info.message as Buffer);
      const links = mail.text.match(/https?:\/\/\S+/g) ?? [];
      options.notice(`Mail to ${mail.to} ("${mail.subject}") written to ${file}${links.length ? `\n  ${links.join('\n  ')}` : ''}`);
    },
    close: () => transport.close(),
  };
}
