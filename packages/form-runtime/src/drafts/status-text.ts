import { formatBerlinDateTime } from '../format/date-time.ts';
import type { Lang } from '../i18n/lang.ts';
import { format } from '../i18n/messages.ts';
import { wizardMessages } from '../i18n/wizard.ts';
import type { AutosaveStatus } from './autosave.ts';

/** Hours and minutes in Europe/Berlin, where the office and its deadlines are (DATE-1). */
function berlinTime(at: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'de-DE', {
    timeZone: 'Europe/Berlin',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
}

/** The quiet status line under the form ("Entwurf gespeichert um 14:32 Uhr."); empty before the first save. */
export function autosaveStatusText(status: AutosaveStatus, lang: Lang): string {
  const t = wizardMessages(lang);
  switch (status.kind) {
    case 'idle':
      return '';
    case 'saved':
      return format(t.draftSaved, { time: berlinTime(status.at, lang) });
    case 'retrying':
      return t.draftRetrying;
    case 'signedOut':
      return t.draftSignedOut;
    case 'stopped':
      return format(t.draftStopped, { reason: status.reason });
  }
}

/** "Ihr Entwurf vom 26. November 2026, 14:32 Uhr wurde wiederhergestellt. …" */
export function restoredText(savedAt: string, lang: Lang): string {
  return format(wizardMessages(lang).draftRestored, { savedAt: formatBerlinDateTime(savedAt, lang) });
}
