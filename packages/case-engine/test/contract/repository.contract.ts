import { afterEach, beforeEach, describe } from 'vitest';
import { accountsContract } from './accounts.contract.ts';
import { authContract } from './auth.contract.ts';
import { caseChangesContract } from './case-changes.contract.ts';
import { casesContract } from './cases.contract.ts';
import { configurationContract } from './configuration.contract.ts';
import { consentsContract } from './consents.contract.ts';
import { documentsContract } from './documents.contract.ts';
import { eventLogContract } from './event-log.contract.ts';
import { externalIdentitiesContract } from './external-identities.contract.ts';
import type { ContractHarness, OpenHarness } from './harness.ts';
import { idempotencyContract } from './idempotency.contract.ts';
import { messagesContract } from './messages.contract.ts';
import { outboxContract } from './outbox.contract.ts';

/**
 * The one repository contract suite (STYLE: one shared suite per dialect, like drizzle's and Hono's router
 * tests). Every dialect's test file calls this with a function that opens a fresh, migrated database; every
 * test starts from an empty one.
 */
export function repositoryContract(open: OpenHarness): void {
  let current: ContractHarness | undefined;
  const h = (): ContractHarness => {
    if (!current) throw new Error('repositoryContract: the harness is only available inside tests');
    return current;
  };
  beforeEach(async () => {
    current = await open();
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  describe('tenants, users and memberships', () => accountsContract(h));
  describe('magic links and sessions', () => authContract(h));
  describe('event types and editions', () => configurationContract(h));
  describe('cases', () => casesContract(h));
  describe('case changes (atomic, version-checked)', () => caseChangesContract(h));
  describe('idempotency keys and draft content', () => idempotencyContract(h));
  describe('append-only event log', () => eventLogContract(h));
  describe('outbox', () => outboxContract(h));
  describe('message threads (SEC-5)', () => messagesContract(h));
  describe('uploaded documents (DOC-1..8)', () => documentsContract(h));
  describe('external identities (OpenID Connect)', () => externalIdentitiesContract(h));
  describe('optional consents (DS-1)', () => consentsContract(h));
}
