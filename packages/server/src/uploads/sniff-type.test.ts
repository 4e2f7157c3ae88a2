import { describe, expect, it } from 'vitest';
import { mediaTypeNames, sniffType } from './sniff-type.ts';
import { SAMPLE_JPEG, SAMPLE_PNG, samplePdf, windowsExecutable } from './testing/sample-files.ts';

// SEC-2: the type comes from the content, never from the name.
describe('sniffType', () => {
  it('recognises PDF, JPEG and PNG by their magic bytes', () => {
    expect(sniffType(samplePdf())).toBe('application/pdf');
    expect(sniffType(SAMPLE_JPEG)).toBe('image/jpeg');
    expect(sniffType(SAMPLE_PNG)).toBe('image/png');
  });

  it('refuses a Windows executable, text, HTML and a truncated signature', () => {
    expect(sniffType(windowsExecutable())).toBeNull();
    expect(sniffType(new TextEncoder().encode('<html><script>'))).toBeNull();
    expect(sniffType(new TextEncoder().encode('hello'))).toBeNull();
    expect(sniffType(SAMPLE_PNG.subarray(0, 7))).toBeNull();
    expect(sniffType(new Uint8Array())).toBeNull();
  });

  it('names media types for messages', () => {
    expect(mediaTypeNames(['application/pdf', 'image/jpeg', 'image/png'])).toBe('PDF, JPEG, PNG');
  });
});
