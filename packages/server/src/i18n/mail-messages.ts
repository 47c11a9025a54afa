import { languageTables, type Language } from './language.js';

/** The words of the mails the server sends about a sent scan. */
export interface MailMessages {
  /** The overview's subject (`{subject}`) when it does not name the centre (`{centre}`) already. */
  overviewSubject: string;
  /** `{centre}` */
  noticeSubject: string;
  /** `{name}`, `{centre}`, `{reportUrl}` */
  noticeBody: string;
}

export const MAIL_MESSAGES: Readonly<Record<Language, MailMessages>> = languageTables<MailMessages>('server-mails', {
  nl: {
    overviewSubject: '{subject} – {centre}',
    noticeSubject: '{centre} heeft zijn zelfscan verstuurd',
    noticeBody: 'Dag {name},\n\n{centre} heeft zijn zelfscan verstuurd. Je vindt het verslag hier (meld je aan als dat gevraagd wordt):\n{reportUrl}\n',
  },
  fr: {
    overviewSubject: '{subject} – {centre}',
    noticeSubject: '{centre} a envoyé son autoévaluation',
    noticeBody: 'Bonjour {name},\n\n{centre} a envoyé son autoévaluation. Le rapport se trouve ici (connectez-vous si cela vous est demandé) :\n{reportUrl}\n',
  },
  en: {
    overviewSubject: '{subject} – {centre}',
    noticeSubject: '{centre} has sent its self-scan',
    noticeBody: 'Hello {name},\n\n{centre} has sent its self-scan. Its report is here (sign in when asked):\n{reportUrl}\n',
  },
});
