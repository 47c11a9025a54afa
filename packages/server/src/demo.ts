import type { SignIn } from './auth/sign-in.js';
import type { Person } from './store/directory.js';
import type { ResponseStore } from './store/store.js';

/**
 * Whether to seed the demo and print its sign-in links (which include a network admin's). POOLSTER_DEMO
 * decides when set; otherwise only a server on the embedded database that listens on loopback only (a
 * try-out on one's own machine) is a demo: a server others can reach, or with a real database, is not.
 */
export function demoWanted(setting: string | undefined, config: { databaseUrl?: string | undefined; loopback: boolean }): boolean {
  const value = setting?.trim();
  if (value) return /^(true|yes|1)$/i.test(value);
  return config.databaseUrl === undefined && config.loopback;
}

/** The demo network's people have addresses here (a reserved name: no mail can reach it). */
export const DEMO_DOMAIN = 'demo.poolster.example';

/** How long the links printed at start work: a day, so a newcomer has time to try every role. */
const DEMO_LINK_LIFETIME_MS = 24 * 60 * 60 * 1000;

const NETWORK = [
  { group: 'Scholengroep Noord', viewer: 'noord', centres: ['CLB Antwerpen', 'CLB Mechelen'] },
  { group: 'Scholengroep Zuid', viewer: 'zuid', centres: ['CLB Gent', 'CLB Kortrijk'] },
];

/** `CLB Antwerpen` → `antwerpen` (the local part of its member's address). */
const slug = (name: string) => name.replace(/^CLB /, '').toLowerCase().replace(/[^a-z0-9]+/g, '-');

/**
 * Registers the demo network in an empty database (no people yet): a network admin, two school groups
 * with a viewer each, four centres with a member each (its director). Returns whether it did.
 */
export async function seedDemo(store: ResponseStore): Promise<boolean> {
  if ((await store.people()).length > 0) return false;
  await store.addPerson({ email: `beheer@${DEMO_DOMAIN}`, name: 'Netwerkbeheerder', role: 'network-admin' });
  for (const { group, viewer, centres } of NETWORK) {
    const schoolGroup = await store.addSchoolGroup({ id: `demo-${viewer}`, name: group });
    await store.addPerson({ email: `${viewer}@${DEMO_DOMAIN}`, name: `Kijker ${group}`, role: 'school-group-viewer', schoolGroupId: schoolGroup.id });
    for (const name of centres) {
      const centre = await store.addCentre({ id: `demo-${slug(name)}`, name, schoolGroupId: schoolGroup.id });
      // The member is the centre's director too, so a sent scan's overview shows up in the outbox folder.
      await store.addPerson({ email: `${slug(name)}@${DEMO_DOMAIN}`, name: `Team ${name}`, role: 'centre-member', centreId: centre.id, director: true });
    }
  }
  return true;
}

/** One console line per demo person: who they are and a fresh sign-in link. */
export async function demoLinks(store: ResponseStore, signIn: SignIn, baseUrl: string): Promise<string[]> {
  const [people, centres, groups] = await Promise.all([store.people(), store.centres(), store.schoolGroups()]);
  const nameOf = (list: Array<{ id: string; name: string }>, id: string | undefined) => list.find((x) => x.id === id)?.name ?? '?';
  const roleOf = (person: Person) =>
    person.role === 'network-admin'
      ? 'network admin'
      : person.role === 'school-group-viewer'
        ? `school-group viewer, ${nameOf(groups, person.schoolGroupId)}`
        : `centre member, ${nameOf(centres, person.centreId)}`;
  const lines: string[] = [];
  for (const person of people.filter((p) => p.email.endsWith(`@${DEMO_DOMAIN}`))) {
    lines.push(`  ${person.name} <${person.email}> (${roleOf(person)}): ${await signIn.issueLink(person, baseUrl, DEMO_LINK_LIFETIME_MS)}`);
  }
  return lines;
}
