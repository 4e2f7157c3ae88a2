import { describe, expect, it } from 'vitest';
import type { ReusableDocument } from '../../api/reusable-documents.ts';
import { messagesFor } from '../../i18n/messages.ts';
import { offerText } from './reuse-offer.ts';

const offer = (fromEditionTitle: string | null, validUntil: string | null) =>
  ({ fileName: 'haftpflicht.pdf', fromEditionTitle, validUntil }) as ReusableDocument;

describe('apply again: the offer line of a reusable document (DOC-2)', () => {
  it('says where the document comes from and until when it is valid, in German and English', () => {
    expect(
      offerText(offer('Allerheiligenkirmes 2025', '2027-03-31'), messagesFor('de').documents, 'de'),
    ).toBe('Aus Ihrer Bewerbung für Allerheiligenkirmes 2025: haftpflicht.pdf, gültig bis 31. März 2027');
    expect(
      offerText(offer('Allerheiligenkirmes 2025', '2027-03-31'), messagesFor('en').documents, 'en'),
    ).toBe('From your application for Allerheiligenkirmes 2025: haftpflicht.pdf, valid until 31 March 2027');
    expect(offerText(offer(null, null), messagesFor('de').documents, 'de')).toBe(
      'Aus einer früheren Bewerbung: haftpflicht.pdf, ohne Ablaufdatum',
    );
  });
});
