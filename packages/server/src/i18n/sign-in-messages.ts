import type { Language } from './language.js';

/** The words of signing in: the pages, the mail, and the refusals of the access check. */
export interface SignInMessages {
  title: string;
  intro: string;
  emailLabel: string;
  send: string;
  sentTitle: string;
  sent: string;
  confirmTitle: string;
  confirm: string;
  button: string;
  invalidLink: string;
  newLink: string;
  signOut: string;
  signedInAs: string;
  mailSubject: string;
  mailBody: (name: string, link: string, minutes: number) => string;
  mailFailed: string;
}

export const SIGN_IN_MESSAGES: Record<Language, SignInMessages> = {
  nl: {
    title: 'Aanmelden',
    intro: 'Vul je e-mailadres in. Als het bij het netwerk gekend is, krijg je een link waarmee je je aanmeldt.',
    emailLabel: 'E-mailadres',
    send: 'Stuur me een aanmeldlink',
    sentTitle: 'Kijk in je mailbox',
    sent: 'Als dit adres gekend is, is er nu een aanmeldlink onderweg. De link werkt één keer en een beperkte tijd.',
    confirmTitle: 'Aanmelden bij Poolster',
    confirm: 'Klik op de knop om je aan te melden op dit toestel.',
    button: 'Aanmelden',
    invalidLink: 'Deze aanmeldlink is al gebruikt of verlopen.',
    newLink: 'Vraag een nieuwe link aan',
    signOut: 'Afmelden',
    signedInAs: 'Aangemeld als',
    mailSubject: 'Je aanmeldlink voor Poolster',
    mailBody: (name, link, minutes) =>
      `Dag ${name},\n\nMet deze link meld je je aan bij Poolster:\n${link}\n\nDe link werkt één keer, gedurende ${minutes} minuten. Heb je hem niet gevraagd, dan hoef je niets te doen.\n`,
    mailFailed: 'De aanmeldlink kon niet verstuurd worden. Probeer het zo meteen opnieuw.',
  },
  fr: {
    title: 'Connexion',
    intro: "Saisissez votre adresse e-mail. Si le réseau la connaît, vous recevrez un lien de connexion.",
    emailLabel: 'Adresse e-mail',
    send: 'Envoyez-moi un lien de connexion',
    sentTitle: 'Consultez votre boîte mail',
    sent: "Si cette adresse est connue, un lien de connexion est en route. Il ne fonctionne qu'une fois et pour une durée limitée.",
    confirmTitle: 'Connexion à Poolster',
    confirm: 'Cliquez sur le bouton pour vous connecter sur cet appareil.',
    button: 'Se connecter',
    invalidLink: 'Ce lien de connexion a déjà été utilisé ou a expiré.',
    newLink: 'Demander un nouveau lien',
    signOut: 'Se déconnecter',
    signedInAs: 'Connecté en tant que',
    mailSubject: 'Votre lien de connexion à Poolster',
    mailBody: (name, link, minutes) =>
      `Bonjour ${name},\n\nCe lien vous connecte à Poolster :\n${link}\n\nIl ne fonctionne qu'une fois, pendant ${minutes} minutes. Si vous ne l'avez pas demandé, vous n'avez rien à faire.\n`,
    mailFailed: "Le lien de connexion n'a pas pu être envoyé. Réessayez dans un instant.",
  },
  en: {
    title: 'Sign in',
    intro: 'Enter your e-mail address. If the network knows it, you will receive a link to sign in with.',
    emailLabel: 'E-mail address',
    send: 'Send me a sign-in link',
    sentTitle: 'Check your mailbox',
    sent: 'If this address is known, a sign-in link is on its way. It works once and for a limited time.',
    confirmTitle: 'Sign in to Poolster',
    confirm: 'Press the button to sign in on this device.',
    button: 'Sign in',
    invalidLink: 'This sign-in link has been used already or has expired.',
    newLink: 'Ask for a new link',
    signOut: 'Sign out',
    signedInAs: 'Signed in as',
    mailSubject: 'Your sign-in link for Poolster',
    mailBody: (name, link, minutes) =>
      `Hello ${name},\n\nThis link signs you in to Poolster:\n${link}\n\nIt works once, for ${minutes} minutes. If you did not ask for it, there is nothing to do.\n`,
    mailFailed: 'The sign-in link could not be sent. Try again in a moment.',
  },
};
