import { describe, expect, it } from 'vitest';
import type { AdminCaseDocument, AdminDocumentKind } from '../api/document-types.ts';
import { messagesFor } from '../i18n/messages.ts';
import { documentFacts } from './document-facts.ts';

const insurance: AdminDocumentKind = {
  id: 'liability_insurance',
  title: 'Nachweis der Betriebshaftpflichtversicherung',
  validity: { required: true, mustCover: { from: '2026-10-31', until: '2026-11-08' } },
  documents: [],
};
const doc = (over: Partial<AdminCaseDocument>): AdminCaseDocument => ({
  id: 'd1',
  fileName: 'haftpflicht.pdf',
  validUntil: '2027-03-31',
  coversEvent: true,
  reviewStatus: 'pending',
  reviewNote: null,
  ...over,
});

describe('documentFacts (staff case view, DOC-2, DOC-8)', () => {
  const de = messagesFor('de');

  it('shows status and validity of a covering document without a warning', () => {
    expect(documentFacts(insurance, doc({}), de, 'de')).toEqual({
      status: 'In Prüfung',
      validity: 'gültig bis 31.03.2027',
      warning: null,
      note: null,
    });
  });

  it('warns when the validity does not cover the demanded days, in German and English', () => {
    const short = doc({ validUntil: '2026-11-05', coversEvent: false });
    expect(documentFacts(insurance, short, de, 'de').warning).toBe(
      'Achtung: Die Gültigkeit deckt nicht den geforderten Zeitraum 31.10.2026 bis 08.11.2026 ab.',
    );
    expect(documentFacts(insurance, short, messagesFor('en'), 'en').warning).toBe(
      'Warning: the validity does not cover the required period 31 Oct 2026 to 8 Nov 2026.',
    );
  });

  it('shows the reason of a rejection, and no validity for kinds without a validity rule', () => {
    const photo = { ...insurance, id: 'photo', validity: null };
    const rejected = doc({ reviewStatus: 'rejected', reviewNote: 'Unleserlich', coversEvent: null });
    expect(documentFacts(photo, rejected, de, 'de')).toEqual({
      status: 'Abgelehnt',
      validity: null,
      warning: null,
      note: 'Begründung: Unleserlich',
    });
  });
});
