import type { Context } from 'hono';

/**
 * `Content-Disposition: attachment` for a user-supplied file name (RFC 6266): a plain ASCII fallback for old
 * clients and the exact name as RFC 8187 `filename*`. Quotes, backslashes and control characters never reach
 * the header.
 */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const exact = encodeURIComponent(fileName).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16)}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${exact}`;
}

/**
 * Answers an uploaded file as a download (SEC-2): always `attachment`, so a browser never renders it inside
 * our origin; `nosniff`, so the stored (content-detected) type is the one used; private and not stored in
 * caches, because it belongs to a case file.
 */
export function attachmentResponse(
  c: Context,
  file: { fileName: string; mediaType: string; size: number },
  content: ReadableStream<Uint8Array>,
): Response {
  return c.body(content, 200, {
    'Content-Type': file.mediaType,
    'Content-Length': String(file.size),
    'Content-Disposition': attachmentDisposition(file.fileName),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'private, no-store',
  });
}
