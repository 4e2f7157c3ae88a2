// SEC-2: the type of an upload is decided by its first bytes (magic numbers), never by its name or by the
// Content-Type the browser sent. Only the allow-list below is recognised; everything else (an MZ .exe renamed
// to .pdf, HTML, ZIP, ...) is "unknown" and refused by the caller.

/** The media types Festplatz accepts at all (SEC-2); a document kind may accept fewer. */
export const UPLOAD_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;

/** One of {@link UPLOAD_MEDIA_TYPES}. */
export type UploadMediaType = (typeof UPLOAD_MEDIA_TYPES)[number];

const SIGNATURES: readonly { type: UploadMediaType; magic: readonly number[] }[] = [
  // "%PDF-" (ISO 32000-1, 7.5.2: the header is the first line of the file).
  { type: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  // SOI marker followed by the first segment's marker prefix.
  { type: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  // The 8-byte PNG signature (RFC 2083, 3.1).
  { type: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

/** How many leading bytes {@link sniffType} needs to decide. */
export const SNIFF_BYTES = 8;

/** The allow-listed media type the content starts with, or null when it is none of them. */
export function sniffType(head: Uint8Array): UploadMediaType | null {
  for (const { type, magic } of SIGNATURES) {
    if (head.length >= magic.length && magic.every((byte, i) => head[i] === byte)) return type;
  }
  return null;
}

/** Short names of media types for messages ("PDF, JPEG"); unknown types are shown as they are. */
export function mediaTypeNames(types: readonly string[]): string {
  const names: Record<string, string> = {
    'application/pdf': 'PDF',
    'image/jpeg': 'JPEG',
    'image/png': 'PNG',
  };
  return types.map((t) => names[t] ?? t).join(', ');
}
