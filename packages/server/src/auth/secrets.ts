import { createHash, randomBytes } from 'node:crypto';

/** A secret for a session id or a sign-in link: 32 random bytes (256 bits), URL-safe. */
export const newSecret = (): string => randomBytes(32).toString('base64url');

/** What the database keeps of a secret: its SHA-256, so a copy of the database opens no session. */
export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');

/** What a secret looks like: anything else is refused before the database is asked. */
export const SECRET_PATTERN = /^[A-Za-z0-9_-]{43}$/;
