import { describe, expect, it } from 'vitest';
import { stripJpegMetadata, stripMetadata, stripPngMetadata } from './strip-metadata.ts';
import {
  GPS_LATITUDE_BYTES,
  SAMPLE_JPEG,
  SAMPLE_PNG,
  samplePdf,
  withGpsExif,
  withPngText,
} from './testing/sample-files.ts';

function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
  return Buffer.from(haystack).includes(Buffer.from(needle));
}

/** The JPEG markers in order up to and including SOS. */
function markersUntilScan(jpeg: Uint8Array): number[] {
  const markers = [jpeg[1] as number];
  let pos = 2;
  while (pos < jpeg.length) {
    const marker = jpeg[pos + 1] as number;
    markers.push(marker);
    if (marker === 0xda) break;
    pos += 2 + (((jpeg[pos + 2] as number) << 8) | (jpeg[pos + 3] as number));
  }
  return markers;
}

// DS-4: no position, camera or author data travels with a photo.
describe('stripJpegMetadata', () => {
  it('drops an Exif APP1 with GPS, keeps SOI..SOS and the image data byte for byte', () => {
    const withGps = withGpsExif(SAMPLE_JPEG);
    expect(contains(withGps, GPS_LATITUDE_BYTES)).toBe(true);
    expect(markersUntilScan(withGps)).toContain(0xe1);

    const stripped = stripJpegMetadata(withGps);
    expect(stripped).not.toBeNull();
    const out = stripped as Uint8Array;
    expect(contains(out, GPS_LATITUDE_BYTES)).toBe(false);
    expect(contains(out, new TextEncoder().encode('Exif'))).toBe(false);
    // SOI, JFIF APP0, ICC APP2, quantisation, frame, Huffman tables, SOS: all still there, in order.
    expect(markersUntilScan(out)).toEqual(markersUntilScan(SAMPLE_JPEG));
    expect(out[0]).toBe(0xff);
    expect(out[1]).toBe(0xd8);
    expect(Array.from(out.subarray(-2))).toEqual([0xff, 0xd9]);
    // Exactly the camera's original without the inserted segment: the picture decodes as before.
    expect(Buffer.from(out).equals(Buffer.from(SAMPLE_JPEG))).toBe(true);
  });

  it('drops APP13 (Photoshop/IPTC) too', () => {
    const app13 = [0xff, 0xed, 0x00, 0x0c, ...new TextEncoder().encode('Photoshop!')];
    const jpeg = new Uint8Array([0xff, 0xd8, ...app13, ...SAMPLE_JPEG.subarray(2)]);
    expect(Buffer.from(stripJpegMetadata(jpeg) as Uint8Array).equals(Buffer.from(SAMPLE_JPEG))).toBe(true);
  });

  it('refuses a broken segment structure', () => {
    expect(stripJpegMetadata(SAMPLE_JPEG.subarray(0, 30))).toBeNull();
    expect(stripJpegMetadata(new Uint8Array([0xff, 0xd8, 0x00, 0x01]))).toBeNull();
  });
});

describe('stripPngMetadata', () => {
  it('drops tEXt chunks and keeps the rest unchanged', () => {
    const tagged = withPngText(SAMPLE_PNG, 'Author', 'Erika Mustermann, Soest');
    expect(contains(tagged, new TextEncoder().encode('Erika'))).toBe(true);
    const out = stripPngMetadata(tagged) as Uint8Array;
    expect(contains(out, new TextEncoder().encode('Erika'))).toBe(false);
    expect(Buffer.from(out).equals(Buffer.from(SAMPLE_PNG))).toBe(true);
  });

  it('refuses a truncated PNG', () => {
    expect(stripPngMetadata(SAMPLE_PNG.subarray(0, 40))).toBeNull();
  });
});

describe('stripMetadata', () => {
  it('leaves a PDF unchanged', () => {
    const pdf = samplePdf();
    expect(stripMetadata('application/pdf', pdf)).toBe(pdf);
  });
});
