import { pinnedEventType, type Repository } from '@festplatz/case-engine';
import { type Lang, localize } from '@festplatz/core';
import { submittedFacts } from '../api/case-facts.ts';
import { messages } from '../i18n/index.ts';
import { formatInstant } from '../util/dates.ts';

/** One labelled fact of the receipt; `code` marks values read character by character (ids, hashes). */
export interface ReceiptRow {
  label: string;
  value: string;
  code?: boolean;
}

/** The receipt (Eingangsbestätigung, DATE-1) as text, the same for the printable page and the PDF. */
export interface Receipt {
  applicationId: string;
  title: string;
  intro: string;
  rows: ReceiptRow[];
  notes: string[];
  privacy: {
    heading: string;
    rows: ReceiptRow[];
    consentsHeading: string;
    /** One line per consent given at submission (title and text version). */
    consents: string[];
    /** "none given", or how to withdraw. */
    consentsNote: string;
  };
  fileName: string;
}

/**
 * The receipt of the applicant's own submitted case, or null (not theirs, unknown, or still a draft). Its
 * facts come from the 'submitted' log entry: the server's receive time, the SHA-256 of the submitted content,
 * the Art. 13 version read and the consents given then (a later withdrawal does not change what was given).
 */
export async function loadReceipt(
  repo: Repository,
  applicantId: string,
  applicationId: string,
  lang: Lang,
): Promise<Receipt | null> {
  const app = await repo.findApplicantApplication(applicantId, applicationId);
  if (!app) return null;
  const [log, edition, eventType] = await Promise.all([
    repo.applicationEvents(app.id),
    repo.findEdition(app.editionId),
    pinnedEventType(repo, app),
  ]);
  const submitted = submittedFacts(log);
  if (!submitted) return null;
  const t = messages(lang).applicantCase.receipt;
  const editionTitle = edition ? localize(edition.edition.title, lang) : app.editionId;
  const timeZone = edition?.edition.timeZone ?? 'Europe/Berlin';
  const consentTitle = (id: string) => {
    const offered = eventType.privacy.consents.find((c) => c.id === id);
    return offered ? localize(offered.title, lang) : id;
  };
  return {
    applicationId: app.id,
    title: t.title,
    intro: t.intro(editionTitle),
    rows: [
      { label: t.edition, value: editionTitle },
      { label: t.applicant, value: app.applicantName },
      ...(app.companyName ? [{ label: t.company, value: app.companyName }] : []),
      { label: t.caseNumber, value: app.id, code: true },
      { label: t.receivedAt, value: formatInstant(submitted.at, lang, timeZone) },
      { label: t.receivedAtUtc, value: submitted.at.toISOString(), code: true },
      { label: t.dataHash, value: submitted.dataHash, code: true },
    ],
    notes: [t.hashExplanation, t.deadlineNote],
    privacy: {
      heading: t.privacyHeading,
      rows: [{ label: t.privacyNotice, value: submitted.privacyNoticeVersion ?? t.privacyNoticeMissing }],
      consentsHeading: t.consentsHeading,
      consents: submitted.consents.map((c) =>
        t.consentLine({ title: consentTitle(c.id), version: c.textVersion }),
      ),
      consentsNote: submitted.consents.length === 0 ? t.noConsents : t.withdrawHint,
    },
    fileName: t.fileName(app.id),
  };
}
