import { languageTables, type Language } from './language.js';

/** The words of the admin page (/admin); the refusals come from messages.ts, as in the API. */
export interface AdminMessages {
  title: string;
  intro: string;
  schoolGroups: string;
  centres: string;
  people: string;
  name: string;
  email: string;
  role: string;
  schoolGroup: string;
  centre: string;
  none: string;
  add: string;
  save: string;
  remove: string;
  actions: string;
  newSchoolGroup: string;
  newCentre: string;
  newPerson: string;
  done: string;
  empty: string;
  placeHint: string;
  /** The box that makes a centre member the centre's director, and what that means. */
  director: string;
  directorHint: string;
  /** After the role in the people list, for a director. */
  directorMark: string;
}

export const ADMIN_MESSAGES: Readonly<Record<Language, AdminMessages>> = languageTables<AdminMessages>('server-admin', {
  nl: {
    title: 'Netwerkbeheer',
    intro: 'Beheer de scholengroepen, centra en mensen van het netwerk.',
    schoolGroups: 'Scholengroepen',
    centres: 'Centra',
    people: 'Mensen',
    name: 'Naam',
    email: 'E-mailadres',
    role: 'Rol',
    schoolGroup: 'Scholengroep',
    centre: 'Centrum',
    none: '(geen)',
    add: 'Toevoegen',
    save: 'Bewaren',
    remove: 'Verwijderen',
    actions: 'Acties',
    newSchoolGroup: 'Nieuwe scholengroep',
    newCentre: 'Nieuw centrum',
    newPerson: 'Nieuwe persoon',
    done: 'De wijziging is bewaard.',
    empty: 'Nog niets geregistreerd.',
    placeHint: 'Een lid van een centrum kies je een centrum, een kijker een scholengroep, een netwerkbeheerder geen van beide.',
    director: 'Directeur',
    directorHint: 'Een directeur krijgt het overzicht van elke zelfscan die het centrum verstuurt. Alleen een lid van een centrum kan directeur zijn.',
    directorMark: 'directeur',
  },
  fr: {
    title: 'Gestion du réseau',
    intro: 'Gérez les groupes scolaires, les centres et les personnes du réseau.',
    schoolGroups: 'Groupes scolaires',
    centres: 'Centres',
    people: 'Personnes',
    name: 'Nom',
    email: 'Adresse e-mail',
    role: 'Rôle',
    schoolGroup: 'Groupe scolaire',
    centre: 'Centre',
    none: '(aucun)',
    add: 'Ajouter',
    save: 'Enregistrer',
    remove: 'Supprimer',
    actions: 'Actions',
    newSchoolGroup: 'Nouveau groupe scolaire',
    newCentre: 'Nouveau centre',
    newPerson: 'Nouvelle personne',
    done: 'La modification est enregistrée.',
    empty: 'Rien encore.',
    placeHint: "Choisissez un centre pour un membre de centre, un groupe scolaire pour un lecteur, aucun des deux pour un administrateur.",
    director: 'Directeur',
    directorHint: "Un directeur reçoit la synthèse de chaque autoévaluation envoyée par le centre. Seul un membre de centre peut être directeur.",
    directorMark: 'directeur',
  },
  en: {
    title: 'Network admin',
    intro: 'Manage the network’s school groups, centres and people.',
    schoolGroups: 'School groups',
    centres: 'Centres',
    people: 'People',
    name: 'Name',
    email: 'E-mail address',
    role: 'Role',
    schoolGroup: 'School group',
    centre: 'Centre',
    none: '(none)',
    add: 'Add',
    save: 'Save',
    remove: 'Remove',
    actions: 'Actions',
    newSchoolGroup: 'New school group',
    newCentre: 'New centre',
    newPerson: 'New person',
    done: 'The change is saved.',
    empty: 'Nothing registered yet.',
    placeHint: 'Pick a centre for a centre member, a school group for a viewer, and neither for a network admin.',
    director: 'Director',
    directorHint: 'A director receives the overview of every self-scan the centre sends. Only a centre member can be a director.',
    directorMark: 'director',
  },
});

/** The names of the roles, keyed by the role itself, as the admin page lists and offers them. */
export interface RoleNames {
  'network-admin': string;
  'school-group-viewer': string;
  'centre-member': string;
}

export const ROLE_NAMES: Readonly<Record<Language, RoleNames>> = languageTables<RoleNames>('server-roles', {
  nl: {
    'network-admin': 'Netwerkbeheerder',
    'school-group-viewer': 'Kijker van een scholengroep',
    'centre-member': 'Lid van een centrum',
  },
  fr: {
    'network-admin': 'Administrateur du réseau',
    'school-group-viewer': "Lecteur d'un groupe scolaire",
    'centre-member': "Membre d'un centre",
  },
  en: {
    'network-admin': 'Network admin',
    'school-group-viewer': 'School-group viewer',
    'centre-member': 'Centre member',
  },
});
