import type { CaseStatus } from '../../api/case-status.ts';
import { formatBerlinDateTime } from '../../format/date-time.ts';
import type { Lang } from '../../i18n/lang.ts';
import { format, type Messages } from '../../i18n/messages.ts';

/** What the applicant has to do next, in plain words: a sentence, an optional list, further sentences. */
export interface NextStep {
  text: string;
  items: string[];
  more: string[];
  /** A link to continue, e.g. the form of a draft. */
  link: { href: string; label: string } | null;
}

type Texts = Messages['caseStatus'];
type Rule = (s: CaseStatus, t: Texts, lang: Lang) => NextStep;

const step = (text: string, more: string[] = []): NextStep => ({ text, items: [], more, link: null });
const when = (iso: string | null | undefined, lang: Lang) => (iso ? formatBerlinDateTime(iso, lang) : '');

/** "Der Bescheid wurde am … erlassen." when one was issued. */
const noticeLine = (s: CaseStatus, t: Texts, lang: Lang) =>
  s.notice ? [format(t.noticeIssued, { date: when(s.notice.issuedAt, lang) })] : [];

function money(cents: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'de-DE', {
    style: 'currency',
    currency: 'EUR',
  }).format(cents / 100);
}

// One rule per lifecycle state (event-application@2); states a newer template adds fall back to nextOther.
const RULES: Readonly<Record<string, Rule>> = {
  draft: (s, t, lang) => ({
    ...step(format(t.nextDraft, { deadline: when(s.applicationPeriod?.closes, lang) })),
    link: { href: `/apply/${encodeURIComponent(s.editionId)}`, label: t.nextDraftLink },
  }),
  submitted: (_s, t) => step(t.nextSubmitted),
  in_review: (_s, t) => step(t.nextSubmitted),
  documents_requested: (s, t, lang) => {
    const due = s.documentsRequested?.dueAt;
    return {
      ...step(due ? format(t.nextDocuments, { date: when(due, lang) }) : t.nextDocumentsNoDate, [
        t.nextDocumentsHow,
      ]),
      items: (s.documentsRequested?.documents ?? []).map((d) => d.title),
    };
  },
  reviewed: (_s, t) => step(t.nextReviewed),
  admitted: (_s, t) => step(t.nextAdmitted),
  notified: (s, t, lang) => step(t.nextNotified, noticeLine(s, t, lang)),
  payment_pending: (s, t, lang) => {
    if (!s.payment) return step(t.nextNotified, noticeLine(s, t, lang));
    const text = format(t.nextPayment, {
      amount: money(s.payment.amountCents, lang),
      date: when(s.payment.dueAt, lang),
      kassenzeichen: s.payment.kassenzeichen ?? '',
    });
    return step(text, [t.nextPaymentLate]);
  },
  paid: (_s, t) => step(t.nextPaid),
  confirmed: (_s, t) => step(t.nextConfirmed),
  waitlisted: (s, t, lang) => step(t.nextWaitlisted, noticeLine(s, t, lang)),
  rejected: (s, t, lang) => step(t.nextRejected, noticeLine(s, t, lang)),
  revoked: (s, t, lang) => step(t.nextRevoked, noticeLine(s, t, lang)),
  withdrawn: (_s, t) => step(t.nextWithdrawn),
  archived: (_s, t) => step(t.nextArchived),
};

/** The next step of a case in its current state (pure, so each state is unit-tested). */
export function nextStepOf(status: CaseStatus, t: Texts, lang: Lang): NextStep {
  return (RULES[status.state] ?? ((_s, texts) => step(texts.nextOther)))(status, t, lang);
}
