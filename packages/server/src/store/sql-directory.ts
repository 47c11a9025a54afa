import { randomUUID } from 'node:crypto';
import type { Centre, DirectoryStore, Person, Place, Role, SchoolGroup } from './directory.js';
import { iso, SqlStoreBase } from './sql-store-base.js';

interface PersonRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  centre_id: string | null;
  school_group_id: string | null;
  director: boolean;
}

const PERSON = 'p.id, p.email, p.name, p.role, p.centre_id, p.school_group_id, p.director';

const toPerson = (row: PersonRow): Person => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role,
  ...(row.centre_id ? { centreId: row.centre_id } : {}),
  ...(row.school_group_id ? { schoolGroupId: row.school_group_id } : {}),
  ...(row.director ? { director: true } : {}),
});

const toCentre = (row: { id: string; name: string; school_group_id: string }): Centre => ({ id: row.id, name: row.name, schoolGroupId: row.school_group_id });

/** School groups, centres, people, sign-in links and sessions in SQL; each write one autocommitted statement. */
export class SqlDirectory extends SqlStoreBase implements DirectoryStore {
  addSchoolGroup(group: { id?: string; name: string }): Promise<SchoolGroup> {
    const id = group.id ?? randomUUID();
    return this.run('register the school group', async () => {
      await this.db.checkWritable();
      await this.db.query('INSERT INTO school_groups (id, name) VALUES ($1, $2)', [id, group.name]);
      return { id, name: group.name };
    });
  }

  addCentre(centre: { id?: string; name: string; schoolGroupId: string }): Promise<Centre> {
    const id = centre.id ?? randomUUID();
    return this.run('register the centre', async () => {
      await this.db.checkWritable();
      await this.db.query('INSERT INTO centres (id, name, school_group_id) VALUES ($1, $2, $3)', [id, centre.name, centre.schoolGroupId]);
      return { id, name: centre.name, schoolGroupId: centre.schoolGroupId };
    });
  }

  addPerson(person: Omit<Person, 'id'> & { id?: string }): Promise<Person> {
    const { director, ...rest } = person;
    const stored: Person = { ...rest, id: person.id ?? randomUUID(), email: person.email.trim().toLowerCase(), ...(director ? { director: true } : {}) };
    return this.run('register the person', async () => {
      await this.db.checkWritable();
      await this.db.query('INSERT INTO people (id, email, name, role, centre_id, school_group_id, director) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
        stored.id,
        stored.email,
        stored.name,
        stored.role,
        stored.centreId ?? null,
        stored.schoolGroupId ?? null,
        stored.director === true,
      ]);
      return stored;
    });
  }

  renameSchoolGroup(id: string, name: string): Promise<SchoolGroup | undefined> {
    return this.run('rename the school group', async () => {
      await this.db.checkWritable();
      const [row] = await this.db.query<SchoolGroup>('UPDATE school_groups SET name = $2 WHERE id = $1 RETURNING id, name', [id, name]);
      return row;
    });
  }

  deleteSchoolGroup(id: string): Promise<'deleted' | 'not-found' | 'in-use'> {
    return this.run('remove the school group', async () => {
      // One statement: the group goes only when, at that moment, no centre and no viewer refers to it
      // (and the foreign keys refuse it anyway should one be added at the same time).
      const [row] = await this.db.query<{ found: boolean; deleted: boolean }>(
        `WITH gone AS (
           DELETE FROM school_groups g WHERE g.id = $1
             AND NOT EXISTS (SELECT 1 FROM centres c WHERE c.school_group_id = g.id)
             AND NOT EXISTS (SELECT 1 FROM people p WHERE p.school_group_id = g.id)
           RETURNING 1
         )
         SELECT EXISTS (SELECT 1 FROM school_groups WHERE id = $1) AS found, EXISTS (SELECT 1 FROM gone) AS deleted`,
        [id],
      );
      return row?.deleted ? 'deleted' : row?.found ? 'in-use' : 'not-found';
    });
  }

  updateCentre(id: string, change: { name?: string; schoolGroupId?: string }): Promise<Centre | undefined> {
    return this.run('change the centre', async () => {
      await this.db.checkWritable();
      const [row] = await this.db.query<{ id: string; name: string; school_group_id: string }>(
        'UPDATE centres SET name = coalesce($2, name), school_group_id = coalesce($3, school_group_id) WHERE id = $1 RETURNING id, name, school_group_id',
        [id, change.name ?? null, change.schoolGroupId ?? null],
      );
      return row ? toCentre(row) : undefined;
    });
  }

  deleteCentre(id: string): Promise<'deleted' | 'not-found' | 'has-scans' | 'has-people'> {
    return this.run('remove the centre', async () => {
      const [row] = await this.db.query<{ found: boolean; deleted: boolean; scans: boolean }>(
        `WITH gone AS (
           DELETE FROM centres c WHERE c.id = $1
             AND NOT EXISTS (SELECT 1 FROM responses r WHERE r.centre_id = c.id)
             AND NOT EXISTS (SELECT 1 FROM people p WHERE p.centre_id = c.id)
           RETURNING 1
         )
         SELECT EXISTS (SELECT 1 FROM centres WHERE id = $1) AS found, EXISTS (SELECT 1 FROM gone) AS deleted,
                EXISTS (SELECT 1 FROM responses WHERE centre_id = $1) AS scans`,
        [id],
      );
      return row?.deleted ? 'deleted' : !row?.found ? 'not-found' : row.scans ? 'has-scans' : 'has-people';
    });
  }

  updatePerson(id: string, change: { name?: string; email?: string; place?: Place; director?: boolean }): Promise<Person | undefined> {
    const place = change.place;
    return this.run('change the person', async () => {
      await this.db.checkWritable();
      // The role and its place are set together, so the table's check (a role has exactly its place) holds.
      const [row] = await this.db.query<PersonRow>(
        `UPDATE people p SET name = coalesce($2, p.name), email = coalesce($3, p.email),
           role = CASE WHEN $4::boolean THEN $5 ELSE p.role END,
           centre_id = CASE WHEN $4::boolean THEN $6 ELSE p.centre_id END,
           school_group_id = CASE WHEN $4::boolean THEN $7 ELSE p.school_group_id END,
           -- A moved or re-roled director stops being one (else they would get the new centre's overviews,
           -- or break the check that only centre members direct), unless the change says so itself.
           director = CASE WHEN $8::boolean IS NOT NULL THEN $8::boolean
             WHEN $4::boolean AND (p.role <> $5 OR p.centre_id IS DISTINCT FROM $6) THEN false
             ELSE p.director END
         WHERE p.id = $1 RETURNING ${PERSON}`,
        [
          id,
          change.name ?? null,
          change.email === undefined ? null : change.email.trim().toLowerCase(),
          place !== undefined,
          place?.role ?? null,
          place?.role === 'centre-member' ? place.centreId : null,
          place?.role === 'school-group-viewer' ? place.schoolGroupId : null,
          change.director ?? null,
        ],
      );
      return row ? toPerson(row) : undefined;
    });
  }

  deletePerson(id: string): Promise<boolean> {
    return this.run('remove the person', async () => {
      // Their sessions and sign-in links go with them (ON DELETE CASCADE): nothing signs them in after this.
      const rows = await this.db.query('DELETE FROM people WHERE id = $1 RETURNING 1', [id]);
      return rows.length > 0;
    });
  }

  person(id: string): Promise<Person | undefined> {
    return this.run('read the person', async () => {
      const [row] = await this.db.query<PersonRow>(`SELECT ${PERSON} FROM people p WHERE p.id = $1`, [id]);
      return row ? toPerson(row) : undefined;
    });
  }

  sessionTimes(personId: string): Promise<Array<{ createdAt: string; expiresAt: string }>> {
    return this.run('read the sessions', () =>
      this.db.query<{ createdAt: string; expiresAt: string }>(
        `SELECT ${iso('created_at')} AS "createdAt", ${iso('expires_at')} AS "expiresAt" FROM sessions WHERE person_id = $1 ORDER BY created_at DESC`,
        [personId],
      ),
    );
  }

  schoolGroups(): Promise<SchoolGroup[]> {
    return this.run('list the school groups', () => this.db.query<SchoolGroup>('SELECT id, name FROM school_groups ORDER BY name, id'));
  }

  centres(): Promise<Centre[]> {
    return this.run('list the centres', async () =>
      (await this.db.query<{ id: string; name: string; school_group_id: string }>('SELECT id, name, school_group_id FROM centres ORDER BY name, id')).map(toCentre),
    );
  }

  centre(id: string): Promise<Centre | undefined> {
    return this.run('read the centre', async () => {
      const [row] = await this.db.query<{ id: string; name: string; school_group_id: string }>('SELECT id, name, school_group_id FROM centres WHERE id = $1', [id]);
      return row ? toCentre(row) : undefined;
    });
  }

  people(): Promise<Person[]> {
    return this.run('list the people', async () => (await this.db.query<PersonRow>(`SELECT ${PERSON} FROM people p ORDER BY p.email`)).map(toPerson));
  }

  personByEmail(email: string): Promise<Person | undefined> {
    return this.run('find the person', async () => {
      const [row] = await this.db.query<PersonRow>(`SELECT ${PERSON} FROM people p WHERE p.email = $1`, [email.trim().toLowerCase()]);
      return row ? toPerson(row) : undefined;
    });
  }

  addSignInLink(link: { tokenHash: string; personId: string; createdAt: Date; expiresAt: Date }): Promise<void> {
    return this.run('keep the sign-in link', async () => {
      await this.db.checkWritable();
      await this.db.query('INSERT INTO sign_in_links (token_hash, person_id, created_at, expires_at) VALUES ($1, $2, $3, $4)', [
        link.tokenHash,
        link.personId,
        link.createdAt.toISOString(),
        link.expiresAt.toISOString(),
      ]);
    });
  }

  countSignInLinks(personId: string, since: Date): Promise<number> {
    return this.run('count the sign-in links', async () => {
      const [row] = await this.db.query<{ n: number }>('SELECT count(*)::integer AS n FROM sign_in_links WHERE person_id = $1 AND created_at > $2', [personId, since.toISOString()]);
      return row?.n ?? 0;
    });
  }

  signInLinkUsable(tokenHash: string, now: Date): Promise<boolean> {
    return this.run('read the sign-in link', async () => {
      const rows = await this.db.query('SELECT 1 FROM sign_in_links WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2', [tokenHash, now.toISOString()]);
      return rows.length > 0;
    });
  }

  useSignInLink(tokenHash: string, now: Date): Promise<Person | undefined> {
    return this.run('use the sign-in link', async () => {
      await this.db.checkWritable();
      // One statement: of two requests with the same link, the row lock lets exactly one set used_at.
      const [row] = await this.db.query<PersonRow>(
        `WITH used AS (
           UPDATE sign_in_links SET used_at = $2
           WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2
           RETURNING person_id
         )
         SELECT ${PERSON} FROM people p JOIN used ON used.person_id = p.id`,
        [tokenHash, now.toISOString()],
      );
      return row ? toPerson(row) : undefined;
    });
  }

  addSession(session: { idHash: string; personId: string; createdAt: Date; expiresAt: Date }): Promise<void> {
    return this.run('open the session', async () => {
      await this.db.checkWritable();
      await this.db.query('INSERT INTO sessions (id_hash, person_id, created_at, expires_at) VALUES ($1, $2, $3, $4)', [
        session.idHash,
        session.personId,
        session.createdAt.toISOString(),
        session.expiresAt.toISOString(),
      ]);
    });
  }

  sessionPerson(idHash: string, now: Date): Promise<Person | undefined> {
    return this.run('read the session', async () => {
      const [row] = await this.db.query<PersonRow>(
        `SELECT ${PERSON} FROM sessions s JOIN people p ON p.id = s.person_id WHERE s.id_hash = $1 AND s.expires_at > $2`,
        [idHash, now.toISOString()],
      );
      return row ? toPerson(row) : undefined;
    });
  }

  deleteSession(idHash: string): Promise<void> {
    return this.run('close the session', async () => {
      await this.db.query('DELETE FROM sessions WHERE id_hash = $1', [idHash]);
    });
  }

  deleteExpired(now: Date): Promise<number> {
    return this.run('remove expired sessions and links', async () => {
      const sessions = await this.db.query('DELETE FROM sessions WHERE expires_at <= $1 RETURNING 1', [now.toISOString()]);
      const links = await this.db.query('DELETE FROM sign_in_links WHERE expires_at <= $1 RETURNING 1', [now.toISOString()]);
      return sessions.length + links.length;
    });
  }
}
