// DS-4 minimisation: photos from phones carry where and when they were taken (Exif GPS), the camera's serial
// number and editing history (XMP, Photoshop/IPTC). The office needs the picture, not that, so these parts are
// dropped at the byte level before the file is stored; the image data itself is copied untouched, so the
// picture still decodes exactly as before. (A dropped Exif also drops its orientation tag: a phone photo taken
// upright may show rotated, which a reviewer can live with; its GPS position must not travel.)

import { concatBytes } from './concat-bytes.ts';

/** JPEG markers whose segments hold metadata: APP1 (Exif, XMP) and APP13 (Photoshop IRB, IPTC). */
const JPEG_METADATA_MARKERS = new Set([0xe1, 0xed]);
/** PNG chunks that hold metadata: Exif and the three kinds of text (author, comments, XMP in iTXt). */
const PNG_METADATA_CHUNKS = new Set(['eXIf', 'tEXt', 'zTXt', 'iTXt']);

const SOS = 0xda;
const EOI = 0xd9;

/**
 * The JPEG without APP1/APP13 segments, or null when the segment structure before the image data is broken
 * (then it is no JPEG Festplatz can vouch for). Everything from the start-of-scan on is copied as it is.
 */
export function stripJpegMetadata(jpeg: Uint8Array): Uint8Array | null {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) return null;
  const kept: Uint8Array[] = [jpeg.subarray(0, 2)];
  let pos = 2;
  while (pos < jpeg.length) {
    if (jpeg[pos] !== 0xff) return null;
    // Any number of 0xFF fill bytes may precede a marker (ITU T.81, B.1.1.2).
    let markerPos = pos;
    while (jpeg[markerPos + 1] === 0xff) markerPos++;
    const marker = jpeg[markerPos + 1];
    if (marker === undefined) return null;
    if (marker === EOI) {
      kept.push(jpeg.subarray(markerPos));
      return concatBytes(kept);
    }
    // Markers without a length (TEM, RSTn) are one marker only.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      kept.push(jpeg.subarray(pos, markerPos + 2));
      pos = markerPos + 2;
      continue;
    }
    const high = jpeg[markerPos + 2];
    const low = jpeg[markerPos + 3];
    if (high === undefined || low === undefined) return null;
    const end = markerPos + 2 + ((high << 8) | low);
    if (end > jpeg.length || end < markerPos + 4) return null;
    if (marker === SOS) {
      // Entropy-coded data follows; no metadata segment comes after it that matters for DS-4.
      kept.push(jpeg.subarray(pos));
      return concatBytes(kept);
    }
    if (!JPEG_METADATA_MARKERS.has(marker)) kept.push(jpeg.subarray(pos, end));
    pos = end;
  }
  return null;
}

const PNG_SIGNATURE_LENGTH = 8;

/** The PNG without eXIf/tEXt/zTXt/iTXt chunks, or null when the chunk structure is broken. */
export function stripPngMetadata(png: Uint8Array): Uint8Array | null {
  if (png.length < PNG_SIGNATURE_LENGTH) return null;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const kept: Uint8Array[] = [png.subarray(0, PNG_SIGNATURE_LENGTH)];
  let pos = PNG_SIGNATURE_LENGTH;
  while (pos + 8 <= png.length) {
    const length = view.getUint32(pos);
    const type = String.fromCharCode(...png.subarray(pos + 4, pos + 8));
    // length + type + data + CRC
    const end = pos + 12 + length;
    if (end > png.length) return null;
    if (!PNG_METADATA_CHUNKS.has(type)) kept.push(png.subarray(pos, end));
    pos = end;
    if (type === 'IEND') return concatBytes(kept);
  }
  return null;
}

/** Strips photo metadata by media type; other types (PDF) come back unchanged. Null: a broken image. */
export function stripMetadata(mediaType: string, content: Uint8Array): Uint8Array | null {
  if (mediaType === 'image/jpeg') return stripJpegMetadata(content);
  if (mediaType === 'image/png') return stripPngMetadata(content);
  return content;
}
