import { describe, expect, it } from 'vitest';
import { FestplatzError } from '../errors/festplatz-error.ts';
import { attachmentDisposition, calendarDateParam, fileNameHeader } from './upload-params.ts';

describe('upload parameters', () => {
  it('accepts real calendar days and refuses anything else', () => {
    expect(calendarDateParam('2026-10-31')).toBe('2026-10-31');
    expect(calendarDateParam(undefined)).toBeNull();
    expect(calendarDateParam('')).toBeNull();
    for (const bad of ['2026-02-30', '31.10.2026', '2026-1-5', '2026-10-31T00:00']) {
      expect(() => calendarDateParam(bad)).toThrow(FestplatzError);
    }
  });

  it('decodes the file name, drops paths and control characters, falls back when empty', () => {
    expect(fileNameHeader(encodeURIComponent('Versicherung Größe.pdf'), 'x')).toBe('Versicherung Größe.pdf');
    expect(fileNameHeader('..%2F..%2Fetc%2Fpasswd', 'x')).toBe('passwd');
    expect(fileNameHeader('a%0Ab%22.pdf', 'x')).toBe('ab.pdf');
    expect(fileNameHeader(undefined, 'photo')).toBe('photo');
    expect(fileNameHeader('%E0%A4%A', 'x')).toBe('%E0%A4%A');
  });

  it('sends an ASCII fallback and the UTF-8 name', () => {
    expect(attachmentDisposition('Prüfbuch "alt".pdf')).toBe(
      `attachment; filename="Pr_fbuch _alt_.pdf"; filename*=UTF-8''Pr%C3%BCfbuch%20%22alt%22.pdf`,
    );
  });
});
