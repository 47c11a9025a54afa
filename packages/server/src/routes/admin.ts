import type { FastifyPluginAsync } from 'fastify';
import type { AppContext } from '../context.js';
import { HttpError } from '../http/errors.js';
import type { ServerMessages } from '../i18n/messages.js';
import { personOf } from '../plugins/access.js';
import type { Person, Place, Role } from '../store/directory.js';
import { StoreConflictError } from '../store/store.js';
import { centreSchemas, personSchemas, schoolGroupSchemas } from './admin-schemas.js';

const LIST = { access: 'admin', audit: { none: 'the directory, no scan; its changes are recorded' } } as const;
const config = (action: 'change' | 'delete', object: 'school-group' | 'centre' | 'person') => ({ access: 'admin', audit: { action, object } }) as const;

type Id = { Params: { id: string } };
interface PlaceFields {
  role?: Role;
  centreId?: string;
  schoolGroupId?: string;
}

/** A taken name or address is answered 409 with what is taken; anything else goes on as it is. */
async function unique<T>(key: keyof ServerMessages, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof StoreConflictError) throw new HttpError(409, 'taken', key);
    throw error;
  }
}

const notFound = () => new HttpError(404, 'not-found', 'notFound');

/**
 * Only a centre member directs a centre. Checked here, on the outcome of the request (the role it asks
 * for, else the person's own; the director it asks for, else as they are), so a director given another
 * role without `director: false` is a localised 400 and not the table's refusal. Not cleared silently:
 * the centre would stop receiving its overviews without the admin having said so.
 */
function checkDirector(role: Role | undefined, director: boolean | undefined): void {
  if (director === true && role !== 'centre-member') throw new HttpError(400, 'director-needs-centre-member', 'directorNeedsCentreMember');
}

/**
 * The network admin's changes to who is who: school groups, centres and people, each listed, added,
 * changed and removed. Names and addresses are unique (409); a school group or centre still in use is
 * not removed (409, saying what holds it); a person's sessions and sign-in links go with them.
 */
export const adminRoutes: FastifyPluginAsync<AppContext> = async (app, { store }) => {
  // A place named must exist: checked here, so the answer can say which (400) instead of a bare refusal.
  const checkGroup = async (id: string | undefined) => {
    if (id !== undefined && !(await store.schoolGroups()).some((g) => g.id === id)) throw new HttpError(400, 'unknown-school-group', 'unknownSchoolGroup');
  };
  const checkCentre = async (id: string | undefined) => {
    if (id !== undefined && !(await store.centre(id))) throw new HttpError(400, 'unknown-centre', 'unknownCentre');
  };

  app.get('/api/admin/school-groups', { config: LIST, schema: schoolGroupSchemas.list }, () => store.schoolGroups());

  app.post<{ Body: { name: string } }>('/api/admin/school-groups', { config: config('change', 'school-group'), schema: schoolGroupSchemas.create }, async (request, reply) => {
    const group = await unique('schoolGroupNameTaken', () => store.addSchoolGroup({ name: request.body.name.trim() }));
    request.auditTarget = { objectId: group.id };
    return reply.code(201).send(group);
  });

  app.patch<Id & { Body: { name: string } }>('/api/admin/school-groups/:id', { config: config('change', 'school-group'), schema: schoolGroupSchemas.change }, async (request) => {
    const group = await unique('schoolGroupNameTaken', () => store.renameSchoolGroup(request.params.id, request.body.name.trim()));
    if (!group) throw notFound();
    return group;
  });

  app.delete<Id>('/api/admin/school-groups/:id', { config: config('delete', 'school-group'), schema: schoolGroupSchemas.remove }, async (request, reply) => {
    const outcome = await store.deleteSchoolGroup(request.params.id);
    if (outcome === 'not-found') throw notFound();
    if (outcome === 'in-use') throw new HttpError(409, 'in-use', 'schoolGroupInUse');
    return reply.code(204).send();
  });

  app.get('/api/admin/centres', { config: LIST, schema: centreSchemas.list }, () => store.centres());

  app.post<{ Body: { name: string; schoolGroupId: string } }>('/api/admin/centres', { config: config('change', 'centre'), schema: centreSchemas.create }, async (request, reply) => {
    await checkGroup(request.body.schoolGroupId);
    const centre = await unique('centreNameTaken', () => store.addCentre({ name: request.body.name.trim(), schoolGroupId: request.body.schoolGroupId }));
    request.auditTarget = { objectId: centre.id, centreId: centre.id };
    return reply.code(201).send(centre);
  });

  app.patch<Id & { Body: { name?: string; schoolGroupId?: string } }>('/api/admin/centres/:id', { config: config('change', 'centre'), schema: centreSchemas.change }, async (request) => {
    const { name, schoolGroupId } = request.body;
    await checkGroup(schoolGroupId);
    request.auditTarget = { centreId: request.params.id };
    const centre = await unique('centreNameTaken', () =>
      store.updateCentre(request.params.id, { ...(name !== undefined ? { name: name.trim() } : {}), ...(schoolGroupId !== undefined ? { schoolGroupId } : {}) }),
    );
    if (!centre) throw notFound();
    return centre;
  });

  app.delete<Id>('/api/admin/centres/:id', { config: config('delete', 'centre'), schema: centreSchemas.remove }, async (request, reply) => {
    const outcome = await store.deleteCentre(request.params.id);
    if (outcome === 'not-found') throw notFound();
    if (outcome === 'has-scans') throw new HttpError(409, 'has-scans', 'centreHasScans');
    if (outcome === 'has-people') throw new HttpError(409, 'has-people', 'centreHasPeople');
    request.auditTarget = { centreId: request.params.id };
    return reply.code(204).send();
  });

  app.get('/api/admin/people', { config: LIST, schema: personSchemas.list }, () => store.people());

  app.post<{ Body: { email: string; name: string; director?: boolean } & PlaceFields }>('/api/admin/people', { config: config('change', 'person'), schema: personSchemas.create }, async (request, reply) => {
    const place = placeOf(request.body, undefined);
    checkDirector(place.role, request.body.director);
    await checkGroup(place.role === 'school-group-viewer' ? place.schoolGroupId : undefined);
    await checkCentre(place.role === 'centre-member' ? place.centreId : undefined);
    const person = await unique('emailTaken', () => store.addPerson({ email: request.body.email, name: request.body.name.trim(), ...place, ...(request.body.director ? { director: true } : {}) }));
    request.auditTarget = { objectId: person.id, ...(person.centreId ? { centreId: person.centreId } : {}) };
    return reply.code(201).send(person);
  });

  app.patch<Id & { Body: { email?: string; name?: string; director?: boolean } & PlaceFields }>('/api/admin/people/:id', { config: config('change', 'person'), schema: personSchemas.change }, async (request) => {
    const { email, name, director, ...fields } = request.body;
    const existing = await store.person(request.params.id);
    if (!existing) throw notFound();
    const moving = fields.role !== undefined || fields.centreId !== undefined || fields.schoolGroupId !== undefined;
    const place = moving ? placeOf(fields, existing) : undefined;
    if (place && place.role !== existing.role && existing.id === personOf(request).id) throw new HttpError(409, 'not-yourself', 'notYourself');
    checkDirector(place?.role ?? existing.role, director ?? existing.director);
    await checkGroup(place?.role === 'school-group-viewer' ? place.schoolGroupId : undefined);
    await checkCentre(place?.role === 'centre-member' ? place.centreId : undefined);
    const person = await unique('emailTaken', () =>
      store.updatePerson(existing.id, { ...(email !== undefined ? { email } : {}), ...(name !== undefined ? { name: name.trim() } : {}), ...(place ? { place } : {}), ...(director !== undefined ? { director } : {}) }),
    );
    if (!person) throw notFound();
    request.auditTarget = person.centreId ? { centreId: person.centreId } : {};
    return person;
  });

  app.delete<Id>('/api/admin/people/:id', { config: config('delete', 'person'), schema: personSchemas.remove }, async (request, reply) => {
    if (request.params.id === personOf(request).id) throw new HttpError(409, 'not-yourself', 'notYourself');
    const existing = await store.person(request.params.id);
    if (!existing || !(await store.deletePerson(existing.id))) throw notFound();
    request.auditTarget = existing.centreId ? { centreId: existing.centreId } : {};
    return reply.code(204).send();
  });
};

/**
 * The role and place a request asks for: its role (else the person's own), with the place that role
 * needs, given or, for the same role, kept. A place the role does not have is refused (400).
 */
function placeOf(fields: PlaceFields, existing: Person | undefined): Place {
  const role = fields.role ?? existing?.role;
  const sameRole = existing !== undefined && role === existing.role;
  const centreId = fields.centreId ?? (sameRole ? existing.centreId : undefined);
  const schoolGroupId = fields.schoolGroupId ?? (sameRole ? existing.schoolGroupId : undefined);
  const wrong = () => new HttpError(400, 'place-required', 'placeRequired');
  switch (role) {
    case 'centre-member':
      if (centreId === undefined || fields.schoolGroupId !== undefined) throw wrong();
      return { role, centreId };
    case 'school-group-viewer':
      if (schoolGroupId === undefined || fields.centreId !== undefined) throw wrong();
      return { role, schoolGroupId };
    case 'network-admin':
      if (fields.centreId !== undefined || fields.schoolGroupId !== undefined) throw wrong();
      return { role };
    default:
      throw wrong();
  }
}
