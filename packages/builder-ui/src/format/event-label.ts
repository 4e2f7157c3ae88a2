import type { Lang } from '../i18n/lang.ts';
import { messagesFor } from '../i18n/messages.ts';
import { lookup } from './lookup.ts';

/**
 * The case log may name an event by what happened ('submitted') or by the statechart event that caused it
 * ('SUBMIT'); both map to one catalog key so the history reads the same either way.
 */
const ALIASES: Record<string, string> = {
  CREATE: 'created',
  SUBMIT: 'submitted',
  START_REVIEW: 'review_started',
  'review-started': 'review_started',
};

/** Localized label of an application event type; unknown types are shown as their code. */
export function eventTypeLabel(type: string, lang: Lang): string {
  return lookup(messagesFor(lang).events, lookup(ALIASES, type) ?? type) ?? type;
}
