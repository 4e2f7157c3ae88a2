import { describe, expect, it } from 'vitest';
import { pdfText } from '../../test/pdf-text.ts';
import type { Receipt } from './receipt.ts';
import { receiptPdf } from './receipt-pdf.ts';

const HASH = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';

const receipt: Receipt = {
  applicationId: 'app-123',
  title: 'Eingangsbestätigung',
  intro: 'Ihre Bewerbung für Allerheiligenkirmes 2026 ist bei uns eingegangen.',
  rows: [
    { label: 'Name', value: 'Erika Müller' },
    { label: 'Bewerbungsnummer', value: 'app-123', code: true },
    { label: 'Prüfsumme Ihrer Angaben (SHA-256)', value: HASH, code: true },
  ],
  notes: ['Für die Bewerbungsfrist zählt der Eingang auf unserem Server.'],
  privacy: {
    heading: 'Datenschutz',
    rows: [{ label: 'Gelesene Fassung', value: '2026-1' }],
    consentsHeading: 'Ihre freiwilligen Einwilligungen bei der Abgabe',
    consents: ['Veröffentlichung im Kirmesprogramm (Textfassung 0123456789abcdef)'],
    consentsNote: 'Eine Einwilligung können Sie jederzeit widerrufen.',
  },
  fileName: 'Eingangsbestaetigung-app-123.pdf',
};

// Embedding and subsetting the font takes a few hundred milliseconds, more on a busy machine.
describe('receipt PDF (A11Y-4: accessible tagged PDF)', { timeout: 30_000 }, () => {
  it('is a tagged PDF with title, language, structure and an embedded font', async () => {
    const pdf = (await receiptPdf(receipt, 'de', { compress: false })).toString('latin1');
    expect(pdf.startsWith('%PDF-1.7')).toBe(true);
    expect(pdf).toMatch(/\/StructTreeRoot/);
    expect(pdf).toMatch(/\/Marked true/);
    expect(pdf).toMatch(/\/Lang \(de-DE\)/);
    expect(pdf).toMatch(/\/DisplayDocTitle true/);
    for (const tag of ['Document', 'H1', 'H2', 'H3', 'P', 'Table', 'TR', 'TH', 'TD', 'L', 'LI', 'LBody']) {
      expect(pdf).toMatch(new RegExp(`/S /${tag}\\b`));
    }
    // Embedded (not substituted) font with a ToUnicode map, so screen readers get the characters.
    expect(pdf).toMatch(/\/FontFile[23]? \d+ 0 R/);
    expect(pdf).toMatch(/\/ToUnicode \d+ 0 R/);
  });

  it('carries the receipt text in reading order, hash and umlauts included', async () => {
    // Lines wrap where the page ends; what counts is the text, so whitespace is normalised.
    const text = pdfText(await receiptPdf(receipt, 'de', { compress: false })).replace(/\s+/g, ' ');
    expect(text).toContain('Eingangsbestätigung');
    expect(text).toContain('Erika Müller');
    expect(text).toContain(HASH);
    expect(text).toContain('Textfassung 0123456789abcdef');
    const order = ['Eingangsbestätigung', 'Bewerbungsnummer', HASH, 'Datenschutz', 'Veröffentlichung'];
    const positions = order.map((s) => text.indexOf(s));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('declares English when rendered in English', async () => {
    const pdf = (await receiptPdf(receipt, 'en', { compress: false })).toString('latin1');
    expect(pdf).toMatch(/\/Lang \(en-GB\)/);
  });
});
