// Small real files for upload tests (server routes and the Chromium journey): an 8x8 JPEG and PNG drawn and
// encoded by Chromium, a minimal PDF, a Windows executable's header, and helpers that add metadata the way
// cameras and editors do, so tests can show that it is gone after the upload.

const fromBase64 = (b64: string): Uint8Array<ArrayBuffer> => new Uint8Array(Buffer.from(b64, 'base64'));

/** An 8x8 baseline JPEG (JFIF + ICC profile, no Exif), as Chromium's canvas encodes it. */
export const SAMPLE_JPEG = fromBase64(
  '/9j/4AAQSkZJRgABAQAAAQABAAD/4gHYSUNDX1BST0ZJTEUAAQEAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADb/2wBDAA0JCgsKCA0LCgsODg0PEyAVExISEyccHhcgLikxMC4pLSwzOko+MzZGNywtQFdBRkxOUlNSMj5aYVpQYEpRUk//2wBDAQ4ODhMREyYVFSZPNS01T09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT0//wAARCAAIAAgDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAX/xAAaEAACAgMAAAAAAAAAAAAAAAAAEgQRFCJB/8QAFAEBAAAAAAAAAAAAAAAAAAAABv/EABgRAQEAAwAAAAAAAAAAAAAAAAIDABIx/9oADAMBAAIRAxEAPwCbEi4z7s1coAB5tUWy7iWczM6nmf/Z',
);

/** An 8x8 PNG as Chromium's canvas encodes it (no text chunks). */
export const SAMPLE_PNG = fromBase64(
  'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAYAAADED76LAAAAOklEQVR4AayNMQ0AMAzDooIYimEYhh3juLdcCqh9ozx9GslHpCi2fW4y8ZCMocnA4C8Ho8YBhV5qLwAAAP//H3TA1gAAAAZJREFUAwCzpxVBU/xW7QAAAABJRU5ErkJggg==',
);

/** A minimal one-page PDF; `text` makes two samples differ (content addressing stores equal files once). */
export function samplePdf(text = 'Nachweis'): Uint8Array<ArrayBuffer> {
  const body = `%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 200 100]>> endobj\n% ${text}\ntrailer <</Root 1 0 R>>\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

/** The start of a Windows executable (MZ header and DOS stub text): what an ".exe renamed to .pdf" holds. */
export function windowsExecutable(): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(256);
  bytes.set([0x4d, 0x5a, 0x90, 0x00, 0x03]);
  bytes.set(new TextEncoder().encode('This program cannot be run in DOS mode.'), 78);
  return bytes;
}

/** Latitude 51° 34' 24.00" N (Soest) as three big-endian RATIONALs: what a phone writes into GPSLatitude. */
export const GPS_LATITUDE_BYTES = new Uint8Array([
  0, 0, 0, 51, 0, 0, 0, 1, 0, 0, 0, 34, 0, 0, 0, 1, 0, 0, 9, 96, 0, 0, 0, 100,
]);

/**
 * The JPEG with an Exif APP1 segment right after SOI, as a phone camera writes it: IFD0 with a GPSInfo pointer
 * to a GPS IFD holding GPSLatitudeRef "N" and {@link GPS_LATITUDE_BYTES}.
 */
export function withGpsExif(jpeg: Uint8Array): Uint8Array<ArrayBuffer> {
  const tiff = [
    ...[0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8], // big-endian TIFF header, IFD0 at 8
    ...[0, 1], // IFD0: one entry
    ...[0x88, 0x25, 0, 4, 0, 0, 0, 1, 0, 0, 0, 26], // GPSInfo (LONG) -> GPS IFD at 26
    ...[0, 0, 0, 0], // no next IFD
    ...[0, 2], // GPS IFD (offset 26): two entries
    ...[0, 1, 0, 2, 0, 0, 0, 2, 0x4e, 0, 0, 0], // GPSLatitudeRef ASCII "N"
    ...[0, 2, 0, 5, 0, 0, 0, 3, 0, 0, 0, 56], // GPSLatitude RATIONAL x3 at 56
    ...[0, 0, 0, 0], // no next IFD
    ...GPS_LATITUDE_BYTES,
  ];
  const payload = [...new TextEncoder().encode('Exif'), 0, 0, ...tiff];
  const length = payload.length + 2;
  const segment = [0xff, 0xe1, length >> 8, length & 0xff, ...payload];
  return new Uint8Array([...jpeg.subarray(0, 2), ...segment, ...jpeg.subarray(2)]);
}

/** The PNG with a tEXt chunk (e.g. an editor's "Author") inserted after IHDR. */
export function withPngText(png: Uint8Array, keyword: string, text: string): Uint8Array<ArrayBuffer> {
  const data = new TextEncoder().encode(`${keyword}\0${text}`);
  const typeAndData = new Uint8Array([...new TextEncoder().encode('tEXt'), ...data]);
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  chunk.set(typeAndData, 4);
  view.setUint32(8 + data.length, crc32(typeAndData));
  const ihdrEnd = 8 + 12 + 13;
  return new Uint8Array([...png.subarray(0, ihdrEnd), ...chunk, ...png.subarray(ihdrEnd)]);
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
