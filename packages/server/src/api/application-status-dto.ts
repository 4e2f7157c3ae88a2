import {
  type ApplicationRecord,
  type EditionRecord,
  pinnedEventType,
  type Repository,
} from '@festplatz/case-engine';
import { type Lang, localize } from '@festplatz/core';
import { messages } from '../i18n/index.ts';
import { myApplicationDto } from './application-dto.ts';
import { documentRequest, issuedNotice, paymentRequest, submittedFacts } from './case-facts.ts';
import { caseConsentsDto } from './consents-dto.ts';
import { periodDto } from './edition-dto.ts';

/**
 * `GET /api/v1/me/applications/:id`: the applicant's own case with what `<festplatz-application-status>` needs
 * to say where it stands and what is expected next: the deadline of a draft (DATE-1), the documents requested
 * and by when (DOC-8), the payment requested (FEE-3), the notice issued, the consents in force (DS-1). Taken
 * field by field from the log, so staff-only content (scores, justifications, notes) stays out.
 */
export async function applicationStatusDto(
  repo: Repository,
  app: ApplicationRecord,
  edition: EditionRecord | null,
  lang: Lang,
) {
  const [log, stored, eventType] = await Promise.all([
    repo.applicationEvents(app.id),
    repo.listConsents(app.tenantId, app.id),
    pinnedEventType(repo, app),
  ]);
  const submitted = submittedFacts(log);
  const requested = app.state === 'documents_requested' ? documentRequest(log) : null;
  const titleOf = (id: string) => {
    const kind = eventType.documents.find((d) => d.id === id);
    return kind ? localize(kind.title, lang) : id;
  };
  return {
    ...myApplicationDto(app, edition, lang),
    data: app.data,
    stateLabel: messages(lang).states[app.state] ?? app.state,
    timeZone: edition?.edition.timeZone ?? 'Europe/Berlin',
    applicationPeriod: edition ? periodDto(edition) : null,
    receipt: submitted ? { dataHash: submitted.dataHash } : null,
    documentsRequested: requested && {
      dueAt: requested.dueAt,
      documents: requested.ids.map((id) => ({ id, title: titleOf(id) })),
    },
    payment: ['payment_pending', 'paid'].includes(app.state) ? paymentRequest(log) : null,
    notice: issuedNotice(log),
    consents: caseConsentsDto(stored, eventType, lang),
  };
}

/** The JSON shape of {@link applicationStatusDto}. */
export type ApplicationStatusDto = Awaited<ReturnType<typeof applicationStatusDto>>;
