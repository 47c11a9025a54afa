import { randomUUID } from 'node:crypto';
import type { Centre, DirectoryStore, Person, Role, SchoolGroup } from './directory.js';
import { SqlStoreBase } from './sql-store-base.js';

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
