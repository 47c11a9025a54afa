import { languageTables, type Language } from './language.js';
import type { PluralForms } from '@poolster/schema';

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
  /** `{name}`, `{link}`, and `{count}`: the link's lifetime in minutes. */
  mailBody: PluralForms;
  mailFailed: string;
  /** The identity provider's button, e.g. "Sign in with Microsoft 365". */
  /** `{name}` */
  withProvider: string;
  /** The heading above the e-mail form when the provider's button is shown too. */
  orByMail: string;
  /** `{name}` */
  providerUnavailable: string;
  /** `{name}` */
  providerFailed: string;
  /** `{name}` */
  providerNoAddress: string;
  tryAgain: string;
  notRegisteredTitle: string;
  /** `{email}` */
  notRegistered: string;
  whomToAsk: string;
}

export const SIGN_IN_MESSAGES: Readonly<Record<Language, SignInMessages>> = languageTables<SignInMessages>('server-sign-in', {
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
    mailBody: {
      one: 'Dag {name},\n\nMet deze link meld je je aan bij Poolster:\n{link}\n\nDe link werkt één keer, gedurende {count} minuut. Heb je hem niet gevraagd, dan hoef je niets te doen.\n',
      other: 'Dag {name},\n\nMet deze link meld je je aan bij Poolster:\n{link}\n\nDe link werkt één keer, gedurende {count} minuten. Heb je hem niet gevraagd, dan hoef je niets te doen.\n',
    },
    mailFailed: 'De aanmeldlink kon niet verstuurd worden. Probeer het zo meteen opnieuw.',
    withProvider: 'Aanmelden met {name}',
    orByMail: 'Of met een link per e-mail',
    providerUnavailable: 'Aanmelden met {name} lukt nu niet: Poolster kan {name} niet bereiken. Probeer het over een paar minuten opnieuw, of vraag hieronder een aanmeldlink per e-mail.',
    providerFailed: 'Aanmelden met {name} is niet gelukt of werd onderbroken. Begin opnieuw vanaf de aanmeldpagina.',
    providerNoAddress: '{name} heeft je aangemeld, maar gaf geen bevestigd e-mailadres door. Zonder dat adres weet Poolster niet wie je bent. Vraag een aanmeldlink per e-mail aan, of vraag je IT-beheerder om het adres door te geven.',
    tryAgain: 'Terug naar aanmelden',
    notRegisteredTitle: 'Dit adres is niet geregistreerd',
    notRegistered: 'Je bent aangemeld als {email}, maar dat adres is niet geregistreerd bij het netwerk in Poolster. Er werd niets aangemaakt.',
    whomToAsk: 'Vraag de beheerder van Poolster in je netwerk (die centra en mensen registreert) om je adres toe te voegen, of meld je aan met het adres dat wel geregistreerd is.',
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
    mailBody: {
      one: "Bonjour {name},\n\nCe lien vous connecte à Poolster :\n{link}\n\nIl ne fonctionne qu'une fois, pendant {count} minute. Si vous ne l'avez pas demandé, vous n'avez rien à faire.\n",
      other: "Bonjour {name},\n\nCe lien vous connecte à Poolster :\n{link}\n\nIl ne fonctionne qu'une fois, pendant {count} minutes. Si vous ne l'avez pas demandé, vous n'avez rien à faire.\n",
    },
    mailFailed: "Le lien de connexion n'a pas pu être envoyé. Réessayez dans un instant.",
    withProvider: 'Se connecter avec {name}',
    orByMail: 'Ou avec un lien par e-mail',
    providerUnavailable: 'La connexion avec {name} est impossible pour le moment : Poolster ne parvient pas à joindre {name}. Réessayez dans quelques minutes, ou demandez ci-dessous un lien de connexion par e-mail.',
    providerFailed: "La connexion avec {name} n'a pas abouti ou a été interrompue. Recommencez depuis la page de connexion.",
    providerNoAddress: "{name} vous a connecté, mais n'a transmis aucune adresse e-mail confirmée. Sans cette adresse, Poolster ne sait pas qui vous êtes. Demandez un lien de connexion par e-mail, ou demandez à votre service informatique de transmettre l'adresse.",
    tryAgain: 'Retour à la connexion',
    notRegisteredTitle: "Cette adresse n'est pas enregistrée",
    notRegistered: "Vous êtes connecté en tant que {email}, mais cette adresse n'est pas enregistrée auprès du réseau dans Poolster. Rien n'a été créé.",
    whomToAsk: "Demandez à l'administrateur Poolster de votre réseau (qui enregistre les centres et les personnes) d'ajouter votre adresse, ou connectez-vous avec l'adresse qui est enregistrée.",
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
    mailBody: {
      one: 'Hello {name},\n\nThis link signs you in to Poolster:\n{link}\n\nIt works once, for {count} minute. If you did not ask for it, there is nothing to do.\n',
      other: 'Hello {name},\n\nThis link signs you in to Poolster:\n{link}\n\nIt works once, for {count} minutes. If you did not ask for it, there is nothing to do.\n',
    },
    mailFailed: 'The sign-in link could not be sent. Try again in a moment.',
    withProvider: 'Sign in with {name}',
    orByMail: 'Or with a link by e-mail',
    providerUnavailable: 'Signing in with {name} is not possible right now: Poolster cannot reach {name}. Try again in a few minutes, or ask for a sign-in link by e-mail below.',
    providerFailed: 'Signing in with {name} did not succeed or was interrupted. Start again from the sign-in page.',
    providerNoAddress: '{name} signed you in, but passed on no confirmed e-mail address. Without it, Poolster does not know who you are. Ask for a sign-in link by e-mail, or ask your IT administrator to pass the address on.',
    tryAgain: 'Back to signing in',
    notRegisteredTitle: 'This address is not registered',
    notRegistered: 'You are signed in as {email}, but that address is not registered with the network in Poolster. Nothing was created.',
    whomToAsk: 'Ask your network’s Poolster administrator (who registers the centres and people) to add your address, or sign in with the address that is registered.',
  },
});
