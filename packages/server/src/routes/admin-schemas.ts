/** The JSON Schemas of the network admin's routes (routes/admin.ts), so the OpenAPI document shows them. */
import { ROLES } from '../store/directory.js';
import { errorReplies, idParams } from './schemas.js';

/** A name as people type it: not blank, one line, of a sensible length (trimmed by the route). */
const name = { type: 'string', minLength: 1, maxLength: 200, pattern: '\\S' } as const;
const email = { type: 'string', minLength: 3, maxLength: 320, pattern: '^[^\\s@]+@[^\\s@]+$' } as const;
const id = { type: 'string', minLength: 1, maxLength: 200 } as const;

export const schoolGroup = { type: 'object', required: ['id', 'name'], properties: { id: { type: 'string' }, name: { type: 'string' } } } as const;
export const centre = {
  type: 'object',
  required: ['id', 'name', 'schoolGroupId'],
  properties: { id: { type: 'string' }, name: { type: 'string' }, schoolGroupId: { type: 'string' } },
} as const;
export const person = {
  type: 'object',
  required: ['id', 'email', 'name', 'role'],
  properties: {
    id: { type: 'string' },
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string', enum: [...ROLES] },
    centreId: { type: 'string', description: 'A centre member’s centre.' },
    schoolGroupId: { type: 'string', description: 'A school-group viewer’s school group.' },
    director: { type: 'boolean', description: 'Present (true) for a centre member who directs the centre: they receive the overview of every scan it sends.' },
  },
} as const;

const list = (summary: string, items: object) => ({
  summary,
  tags: ['admin'],
  response: { 200: { type: 'array', items }, ...errorReplies(401, 403, 421, 429, 503) },
});

const create = (summary: string, body: object, reply: object, conflict: string) => ({
  summary,
  description: `Network admin only. 400 for bad input (localised, with the issues); 409 when ${conflict}.`,
  tags: ['admin'],
  body,
  response: { 201: reply, ...errorReplies(400, 401, 403, 409, 415, 421, 429, 503) },
});

const change = (summary: string, body: object, reply: object, conflict: string) => ({
  summary,
  description: `Network admin only. Only the fields given change. 400 for bad input; 404 when there is none of this id; 409 when ${conflict}.`,
  tags: ['admin'],
  params: idParams,
  body,
  response: { 200: reply, ...errorReplies(400, 401, 403, 404, 409, 415, 421, 429, 503) },
});

const remove = (summary: string, conflict: string) => ({
  summary,
  description: `Network admin only. 204 when removed; 404 when there is none of this id; 409 when ${conflict}.`,
  tags: ['admin'],
  params: idParams,
  response: { 204: { description: 'Removed.', type: 'null' }, ...errorReplies(401, 403, 404, 409, 421, 429, 503) },
});

export const schoolGroupSchemas = {
  list: list('The school groups (network admin only)', schoolGroup),
  create: create('Register a school group', { type: 'object', additionalProperties: false, required: ['name'], properties: { name } }, schoolGroup, 'the name is taken'),
  change: change('Rename a school group', { type: 'object', additionalProperties: false, required: ['name'], properties: { name } }, schoolGroup, 'the name is taken'),
  remove: remove('Remove a school group', 'it still has centres or viewers'),
};

export const centreSchemas = {
  list: list('The centres (network admin only)', centre),
  create: create(
    'Register a centre in a school group',
    { type: 'object', additionalProperties: false, required: ['name', 'schoolGroupId'], properties: { name, schoolGroupId: id } },
    centre,
    'the name is taken',
  ),
  change: change(
    'Rename a centre, or move it to another school group',
    { type: 'object', additionalProperties: false, minProperties: 1, properties: { name, schoolGroupId: id } },
    centre,
    'the name is taken',
  ),
  remove: remove('Remove a centre', 'it has stored scans (delete or export them first) or members'),
};

const place = {
  role: { type: 'string', enum: [...ROLES] },
  centreId: { ...id, description: 'Required for a centre member; not allowed for other roles.' },
  schoolGroupId: { ...id, description: 'Required for a school-group viewer; not allowed for other roles.' },
  director: {
    type: 'boolean',
    description: 'Whether a centre member directs the centre (receives the overview of each scan it sends). Only a centre member can be one (400 otherwise).',
  },
} as const;

export const personSchemas = {
  list: list('The people (network admin only)', person),
  create: create(
    'Register a person with a role and its place',
    { type: 'object', additionalProperties: false, required: ['email', 'name', 'role'], properties: { email, name, ...place } },
    person,
    'the address is registered',
  ),
  change: change(
    'Change a person’s name, address, or role and place',
    {
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      properties: { email, name, ...place },
      description:
        'A new role needs its place; a new place alone keeps the role. Nobody changes their own role. A director keeps being one when moved to another centre; a director given another role is refused (400) unless the same change says `director: false`.',
    },
    person,
    'the address is registered',
  ),
  remove: remove('Remove a person, with their sessions and sign-in links', 'it is the admin’s own account'),
};
