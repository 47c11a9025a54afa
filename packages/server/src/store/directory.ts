/**
 * Who is who in a network: school groups, their centres, the people the network admin registered, and
 * what signs them in (sign-in links and sessions, both kept as hashes of their secrets).
 */

export const ROLES = ['network-admin', 'school-group-viewer', 'centre-member'] as const;
export type Role = (typeof ROLES)[number];

export interface SchoolGroup {
  id: string;
  name: string;
}

export interface Centre {
  id: string;
  name: string;
  schoolGroupId: string;
}

/** A registered person: a centre member has a centre, a school-group viewer a school group, an admin neither. */
export interface Person {
  id: string;
  /** Lower case. */
  email: string;
  name: string;
  role: Role;
  centreId?: string;
  schoolGroupId?: string;
  /** A centre member who directs the centre: receives the overview of every scan the centre sends. Absent means false. */
  director?: boolean;
}

/** A role with its place: a centre member's centre, a viewer's school group, an admin's none. */
export type Place =
  | { role: 'network-admin' }
  | { role: 'centre-member'; centreId: string }
  | { role: 'school-group-viewer'; schoolGroupId: string };

/**
 * Which stored scans a reader may see: all of them (network admin), one centre's (centre member), or the
 * submitted scans of one school group's centres (school-group viewer).
 */
export type Scope = { kind: 'all' } | { kind: 'centre'; centreId: string } | { kind: 'school-group'; schoolGroupId: string };

export const ALL: Scope = { kind: 'all' };

export interface DirectoryStore {
  /** Registers a school group (a random id unless given). StoreInputError when the name or id is taken. */
  addSchoolGroup(group: { id?: string; name: string }): Promise<SchoolGroup>;
  /** Registers a centre of a school group. StoreInputError when the name is taken or the group unknown. */
  addCentre(centre: { id?: string; name: string; schoolGroupId: string }): Promise<Centre>;
  /** Registers a person; the e-mail address is kept in lower case. StoreInputError when it is taken. */
  addPerson(person: Omit<Person, 'id'> & { id?: string }): Promise<Person>;
  /** Renames a school group: the renamed group, or undefined when there is none of this id. StoreConflictError when the name is taken. */
  renameSchoolGroup(id: string, name: string): Promise<SchoolGroup | undefined>;
  /** Removes a school group that has no centres and no viewers ('in-use' otherwise). */
  deleteSchoolGroup(id: string): Promise<'deleted' | 'not-found' | 'in-use'>;
  /** Renames a centre and/or moves it to another school group. StoreConflictError when the name is taken; StoreInputError when the group is unknown. */
  updateCentre(id: string, change: { name?: string; schoolGroupId?: string }): Promise<Centre | undefined>;
  /** Removes a centre that has no stored scans ('has-scans') and no members ('has-people'). */
  deleteCentre(id: string): Promise<'deleted' | 'not-found' | 'has-scans' | 'has-people'>;
  /**
   * Changes a person's name, address, role with its place (the role and its place change together), or
   * whether they are their centre's director. A new role or centre ends being director (a director of one
   * centre is not the next one's) unless the change says `director` itself; StoreInputError when the
   * outcome is a director who is not a centre member (the table refuses it).
   */
  updatePerson(id: string, change: { name?: string; email?: string; place?: Place; director?: boolean }): Promise<Person | undefined>;
  /** Removes a person with their sessions and sign-in links; false when there was none. */
  deletePerson(id: string): Promise<boolean>;
  person(id: string): Promise<Person | undefined>;
  /** When each of a person's sessions was opened and expires (never their hashes), newest first. */
  sessionTimes(personId: string): Promise<Array<{ createdAt: string; expiresAt: string }>>;
  schoolGroups(): Promise<SchoolGroup[]>;
  centres(): Promise<Centre[]>;
  centre(id: string): Promise<Centre | undefined>;
  people(): Promise<Person[]>;
  personByEmail(email: string): Promise<Person | undefined>;

  /** Keeps a sign-in link's hash until it expires. */
  addSignInLink(link: { tokenHash: string; personId: string; createdAt: Date; expiresAt: Date }): Promise<void>;
  /** How many sign-in links a person was given since `since` (used or not, as long as they are kept). */
  countSignInLinks(personId: string, since: Date): Promise<number>;
  /** Whether the link can still be used at `now` (unused, not expired), without using it. */
  signInLinkUsable(tokenHash: string, now: Date): Promise<boolean>;
  /** Uses the link: its person when it was unused and unexpired at `now`; at most one caller ever gets it. */
  useSignInLink(tokenHash: string, now: Date): Promise<Person | undefined>;

  addSession(session: { idHash: string; personId: string; createdAt: Date; expiresAt: Date }): Promise<void>;
  /** The person of a session that has not expired at `now`. */
  sessionPerson(idHash: string, now: Date): Promise<Person | undefined>;
  deleteSession(idHash: string): Promise<void>;
  /** Removes the sessions and sign-in links that expired before `now`; how many. */
  deleteExpired(now: Date): Promise<number>;
}
