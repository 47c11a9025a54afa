import { fillPlaceholders } from '@poolster/schema';
import { MAIL_MESSAGES } from '../i18n/mail-messages.js';
import { pickLanguage } from '../i18n/language.js';
import { renderOverviewEmail, type Instrument, type Response } from '../schema.js';
import type { Centre } from '../store/directory.js';
import type { NewMail, ScanRecipients } from '../store/outbox.js';

export interface ScanMailsInput {
  instrument: Instrument;
  /** The validated, submitted response. */
  response: Response;
  centre: Centre;
  recipients: ScanRecipients;
  /** Where the scan's report page is, as people reach the server. */
  reportUrl: string;
  now: Date;
  /** The server's time zone: the overview's dates say what its pages say. */
  timeZone: string;
}

/**
 * The mails a sent scan causes, in the language the scan was filled in: its overview (HTML and text) to
 * each director of the centre, and a short notice with the link to its report to each viewer of the
 * centre's school group. No directors or no viewers: no mails for them.
 */
export function scanMails(input: ScanMailsInput): NewMail[] {
  const { instrument, response, centre, recipients, reportUrl, now, timeZone } = input;
  const language = pickLanguage(undefined, response.lang ?? instrument.defaultLanguage);
  const t = MAIL_MESSAGES[language];
  // One line whatever the name holds: it goes into a subject.
  const centreName = centre.name.replace(/\s+/g, ' ').trim();
  const mails: NewMail[] = [];
  if (recipients.directors.length > 0) {
    const overview = renderOverviewEmail(instrument, response, language, { timeZone });
    // The overview names the centre when the instrument asks for its name (the server fills it in); otherwise the subject says it.
    const subject = overview.subject.includes(centreName) ? overview.subject : fillPlaceholders(t.overviewSubject, { subject: overview.subject, centre: centreName });
    for (const director of recipients.directors) {
      mails.push({ kind: 'scan-overview', recipient: director.email, subject, text: overview.text, html: overview.html, language, responseId: response.id, createdAt: now });
    }
  }
  for (const viewer of recipients.viewers) {
    mails.push({
      kind: 'scan-notice',
      recipient: viewer.email,
      subject: fillPlaceholders(t.noticeSubject, { centre: centreName }),
      text: fillPlaceholders(t.noticeBody, { name: viewer.name, centre: centreName, reportUrl }),
      language,
      responseId: response.id,
      createdAt: now,
    });
  }
  return mails;
}
