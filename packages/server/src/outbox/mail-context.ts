import type { ApplicationRecord, EditionRecord, Repository } from '@festplatz/case-engine';
import type { MailTransport } from '../mail/transport.ts';

/** What the server's mail handlers need: the storage to read the case from, the transport, the public origin. */
export interface MailHandlerDeps {
  repo: Repository;
  mail: MailTransport;
  baseUrl: string;
}

/**
 * Reads the case an outbox message is about, and its edition (the message holds ids only, SEC-5). Throws when
 * either is missing, so the message is retried and, if it stays missing, ends as a dead letter an admin sees.
 */
export async function loadMailCase(
  repo: Repository,
  ref: { tenantId: string; applicationId: string },
  dedupeKey: string,
): Promise<{ app: ApplicationRecord; edition: EditionRecord }> {
  const app = await repo.findTenantApplication(ref.tenantId, ref.applicationId);
  if (!app) throw new Error(`${dedupeKey}: application not found`);
  const edition = await repo.findEdition(app.editionId);
  if (!edition) throw new Error(`${dedupeKey}: edition ${app.editionId} not found`);
  return { app, edition };
}

/**
 * A Message-ID that is stable per outbox message (and recipient), so a mail delivered twice (at least once)
 * is a recognisable duplicate: `receipt:abc` -> `<receipt-abc@festplatz.soest.de>`.
 */
export function mailMessageId(baseUrl: string, dedupeKey: string, recipient?: string): string {
  const local = dedupeKey.replaceAll(':', '-') + (recipient ? `-${recipient.replace('@', '.')}` : '');
  return `<${local}@${new URL(baseUrl).hostname}>`;
}
