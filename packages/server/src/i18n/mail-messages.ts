import type { Language } from './language.js';

/** The words of the mails the server sends about a sent scan. */
export interface MailMessages {
  /** The overview's subject when it does not name the centre already. */
  overviewSubject: (subject: string, centre: string) => string;
  noticeSubject: (centre: string) => string;
  noticeBody: (name: string, centre: string, reportUrl: string) => string;
}

export const MAIL_MESSAGES: Record<Language, MailMessages> = {
  nl: {
    overviewSubject: (subject, centre) => `${subject} – ${centre}`,
    noticeSubject: (centre) => `${centre} heeft zijn zelfscan verstuurd`,
    noticeBody: (name, centre, reportUrl) =>
      `Dag ${name},\n\n${centre} heeft zijn zelfscan verstuurd. Je vindt het verslag hier (meld je aan als dat gevraagd wordt):\n${reportUrl}\n`,
  },
  fr: {
    overviewSubject: (subject, centre) => `${subject} – ${centre}`,
    noticeSubject: (centre) => `${centre} a envoyé son autoévaluation`,
    noticeBody: (name, centre, reportUrl) =>
      `Bonjour ${name},\n\n${centre} a envoyé son autoévaluation. Le rapport se trouve ici (connectez-vous si cela vous est demandé) :\n${reportUrl}\n`,
  },
  en: {
    overviewSubject: (subject, centre) => `${subject} – ${centre}`,
    noticeSubject: (centre) => `${centre} has sent its self-scan`,
    noticeBody: (name, centre, reportUrl) => `Hello ${name},\n\n${centre} has sent its self-scan. Its report is here (sign in when asked):\n${reportUrl}\n`,
  },
};
