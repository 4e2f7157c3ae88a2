import { createHash } from 'node:crypto';
import { canonicalJson } from '@festplatz/core';

/** sha-256 (hex) over the canonical JSON (sorted keys) of a value; core stays browser-safe, so hashing lives here. */
export function contentHash(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value), 'utf8').digest('hex');
}
