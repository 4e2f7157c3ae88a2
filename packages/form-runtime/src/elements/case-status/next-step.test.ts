import { describe, expect, it } from 'vitest';
import type { CaseStatus } from '../../api/case-status.ts';
import { messagesFor } from '../../i18n/messages.ts';
import { nextStepOf } from './next-step.ts';

const de = messagesFor('de').caseStatus;
const en = messagesFor('en').caseStatus;

function status(state: string, extra: Partial<CaseStatus> = {}): CaseStatus {
  return {
    id: 'app-1',
    editionId: 'allerheiligenkirmes-2026',
    editionTitle: 'Allerheiligenkirmes 2026',
    state,
    stateLabel: state,
    submittedAt: state === 'draft' ? null : '2026-01-10T09:00:00.000Z',
    timeZone: 'Europe/Berlin',
    applicationPeriod: {
      opens: '2026-01-01T00:00:00+01:00',
      closes: '2026-02-28T23:59:59+01:00',
      timeZone: 'Europe/Berlin',
    },
    receipt: state === 'draft' ? null : { dataHash: 'a'.repeat(64) },
    documentsRequested: null,
    payment: null,
    notice: null,
    consents: [],
    ...extra,
  };
}

const NOTICE = { kind: 'rejection', issuedAt: '2026-03-02T10:15:00.000Z' };

describe('the next step of a case, per state (what the applicant must do)', () => {
  it('draft: finish and submit by the deadline in Europe/Berlin (DATE-1), with a link back to the form', () => {
    const next = nextStepOf(status('draft'), de, 'de');
    expect(next.text).toBe(
      'Ihre Bewerbung ist noch nicht abgesendet. Füllen Sie das Formular vollständig aus und senden Sie es bis 28. Februar 2026, 23:59 Uhr ab.',
    );
    expect(next.link).toEqual({ href: '/apply/allerheiligenkirmes-2026', label: 'Bewerbung fortsetzen' });
  });

  it.each(['submitted', 'in_review'])('%s: nothing to do, we review', (state) => {
    expect(nextStepOf(status(state), de, 'de')).toEqual({
      text: de.nextSubmitted,
      items: [],
      more: [],
      link: null,
    });
  });

  it('documents_requested: which documents by when, and where to hand them in (DOC-8)', () => {
    const requested = {
      dueAt: '2026-02-01T22:59:00.000Z',
      documents: [
        { id: 'liability_insurance', title: 'Haftpflichtversicherung' },
        { id: 'photo', title: 'Aktuelles Farbfoto' },
      ],
    };
    const next = nextStepOf(status('documents_requested', { documentsRequested: requested }), de, 'de');
    expect(next.text).toBe('Bitte reichen Sie bis 1. Februar 2026, 23:59 Uhr diese Unterlagen nach:');
    expect(next.items).toEqual(['Haftpflichtversicherung', 'Aktuelles Farbfoto']);
    expect(next.more).toEqual([de.nextDocumentsHow]);
    const undated = nextStepOf(
      status('documents_requested', { documentsRequested: { ...requested, dueAt: null } }),
      de,
      'de',
    );
    expect(undated.text).toBe(de.nextDocumentsNoDate);
  });

  it('payment_pending: amount, due date and Kassenzeichen, and what happens when late (FEE-3)', () => {
    const payment = { amountCents: 123456, dueAt: '2026-04-15T21:59:00.000Z', kassenzeichen: 'KZ-2026-0042' };
    const next = nextStepOf(status('payment_pending', { payment }), de, 'de');
    expect(next.text).toBe(
      'Bitte zahlen Sie 1.234,56\u00a0€ bis 15. April 2026, 23:59 Uhr. Geben Sie bei der Zahlung das Kassenzeichen KZ-2026-0042 an.',
    );
    expect(next.more).toEqual([de.nextPaymentLate]);
    expect(nextStepOf(status('payment_pending', { payment }), en, 'en').text).toBe(
      'Please pay €1,234.56 by 15 April 2026, 23:59. Quote the payment reference KZ-2026-0042.',
    );
  });

  it('notified / waitlisted / rejected / revoked: read the notice, dated; rejection points to the Rechtsbehelfsbelehrung', () => {
    const issued = 'Der Bescheid wurde am 2. März 2026, 11:15 Uhr erlassen.';
    expect(nextStepOf(status('notified', { notice: NOTICE }), de, 'de')).toMatchObject({
      text: de.nextNotified,
      more: [issued],
    });
    expect(nextStepOf(status('waitlisted', { notice: NOTICE }), de, 'de').text).toBe(de.nextWaitlisted);
    const rejected = nextStepOf(status('rejected', { notice: NOTICE }), de, 'de');
    expect(rejected.text).toContain('Rechtsbehelfsbelehrung');
    expect(rejected.more).toEqual([issued]);
    expect(nextStepOf(status('rejected'), de, 'de').more).toEqual([]);
    expect(nextStepOf(status('revoked', { notice: NOTICE }), de, 'de').text).toBe(de.nextRevoked);
  });

  it.each([
    ['reviewed', 'nextReviewed'],
    ['admitted', 'nextAdmitted'],
    ['paid', 'nextPaid'],
    ['confirmed', 'nextConfirmed'],
    ['withdrawn', 'nextWithdrawn'],
    ['archived', 'nextArchived'],
    ['some_future_state', 'nextOther'],
  ] as const)('%s: %s', (state, key) => {
    expect(nextStepOf(status(state), en, 'en').text).toBe(en[key]);
  });
});
