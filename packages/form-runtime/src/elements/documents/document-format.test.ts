import { describe, expect, it } from 'vitest';
import type { DocumentKindView } from '../../api/documents.ts';
import { messagesFor } from '../../i18n/messages.ts';
import { formatDay, kindStatusLabel, typeNames } from './document-format.ts';

const kind = (statuses: ('pending' | 'accepted' | 'rejected')[]): DocumentKindView =>
  ({ documents: statuses.map((reviewStatus) => ({ reviewStatus })) }) as unknown as DocumentKindView;

describe('document formatting', () => {
  it('names types, formats days and sums up a kind', () => {
    const t = messagesFor('de').documents;
    expect(typeNames(['application/pdf', 'image/png'])).toBe('PDF, PNG');
    expect(formatDay('2026-10-31', 'de')).toBe('31. Oktober 2026');
    expect(formatDay('2026-10-31', 'en')).toBe('31 October 2026');
    expect(kindStatusLabel(kind([]), t)).toBe('Fehlt noch');
    expect(kindStatusLabel(kind(['rejected', 'pending']), t)).toBe('Hochgeladen – in Prüfung');
    expect(kindStatusLabel(kind(['rejected']), t)).toBe('Abgelehnt');
    expect(kindStatusLabel(kind(['pending', 'accepted']), messagesFor('en').documents)).toBe('Accepted');
  });
});
