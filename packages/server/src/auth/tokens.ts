import { createHash, randomBytes } from 'node:crypto';

/** A fresh unguessable token: 32 random bytes, base64url (sent to the user, never stored). */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** sha-256 hex of a token or session id: the only form the database ever sees. */
export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}
