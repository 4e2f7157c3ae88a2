import { FestplatzError } from '../errors/festplatz-error.ts';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A YYYY-MM-DD query parameter that names a real calendar day, or null when absent/empty; else 400. */
export function calendarDateParam(value: string | undefined): string | null {
  if (value === undefined || value === '') return null;
  const match = DATE.exec(value);
  const day = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  // Date.UTC rolls 2026-02-30 over to March; a round trip catches it.
  if (!day || day.toISOString().slice(0, 10) !== value) {
    throw new FestplatzError('BAD_REQUEST', { reason: 'INVALID_DATE', details: { value } });
  }
  return value;
}

const MAX_FILE_NAME = 200;

/**
 * The applicant's file name from the percent-encoded `X-File-Name` header, made safe to show and to send back
 * in Content-Disposition: no path, no control characters, at most 200 characters. `fallback` when missing.
 */
export function fileNameHeader(value: string | undefined, fallback: string): string {
  let name = value ?? '';
  try {
    name = decodeURIComponent(name);
  } catch {
    // Not percent-encoded after all (a client sending the raw name): keep it as it came.
  }
  const base = name.split(/[\\/]/).pop() ?? '';
  // Control characters (and quotes) would break headers and listings; filtered by code, not by regex.
  const clean = [...base]
    .filter((ch) => ch.charCodeAt(0) > 0x1f && ch !== '\u007f' && ch !== '"')
    .join('')
    .trim()
    .slice(0, MAX_FILE_NAME);
  return clean === '' ? fallback : clean;
}

/** A Content-Disposition `attachment` header with an ASCII fallback and the UTF-8 name (RFC 6266, RFC 8187). */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/[\\"]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
