import type { Issue } from '@festplatz/core';
import { contentHash } from '../hash.ts';
import type { Repository } from '../repository/types.ts';
import { fail, type SubmitResult } from '../results.ts';
import { readOwnCase } from './own-case.ts';

// A browser that retries a submit (timeout, reload) sends the same idempotency key; the applicant must end up
// with one case, and the retry must learn which. Keys are per applicant, so nobody can probe another's keys.

const MAX_KEY_LENGTH = 200;
// Printable ASCII: keys travel in an HTTP header and are compared byte for byte.
const PRINTABLE = /^[\x20-\x7e]*$/;

/** Issues of a client's idempotency key (pointer '/idempotencyKey', codes as ajv names them); [] when fine or absent. */
export function idempotencyKeyIssues(key: string | undefined): Issue[] {
  if (key === undefined) return [];
  const at = (code: string, params: Record<string, unknown>): Issue[] => [
    { path: '/idempotencyKey', code, params },
  ];
  if (key.length < 1) return at('minLength', { limit: 1 });
  if (key.length > MAX_KEY_LENGTH) return at('maxLength', { limit: MAX_KEY_LENGTH });
  if (!PRINTABLE.test(key)) return at('pattern', { pattern: PRINTABLE.source });
  return [];
}

/** The submit request as far as a replay depends on it. */
export interface KeyedSubmit {
  applicantId: string;
  data: unknown;
  idempotencyKey?: string;
}

/**
 * The answer to a repeated submit: the case the applicant already stored under this key, replayed, when its
 * data hash equals this data's; IDEMPOTENCY_KEY_REUSED when the data differs; null without a key or a case.
 */
export async function replayOf(repo: Repository, cmd: KeyedSubmit): Promise<SubmitResult | null> {
  if (cmd.idempotencyKey === undefined) return null;
  const stored = await repo.findByIdempotencyKey(cmd.applicantId, cmd.idempotencyKey);
  if (!stored) return null;
  if (stored.dataHash !== contentHash(cmd.data)) return fail({ code: 'IDEMPOTENCY_KEY_REUSED' });
  return { ok: true, value: await readOwnCase(repo, cmd.applicantId, stored.applicationId), replayed: true };
}

/**
 * The answer when the repository refused a submit because a concurrent one with the same key committed
 * first: that case, replayed (or IDEMPOTENCY_KEY_REUSED). Throws if no case holds the key (a broken invariant).
 */
export async function afterLostRace(repo: Repository, cmd: KeyedSubmit): Promise<SubmitResult> {
  const replay = await replayOf(repo, cmd);
  if (!replay)
    throw new Error(`idempotency key of applicant ${cmd.applicantId} reported taken, but no case holds it`);
  return replay;
}
