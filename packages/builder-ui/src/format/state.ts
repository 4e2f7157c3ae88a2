import type { Lang } from '../i18n/lang.ts';
import { messagesFor } from '../i18n/messages.ts';
import { lookup } from './lookup.ts';

/** KERN badge variants the back office uses for case states. */
export type BadgeVariant = 'info' | 'success' | 'warning';

const VARIANTS: Record<string, BadgeVariant> = {
  draft: 'warning',
  submitted: 'info',
  in_review: 'success',
  documents_requested: 'warning',
  reviewed: 'success',
  admitted: 'success',
  waitlisted: 'info',
  rejected: 'warning',
  notified: 'success',
  payment_pending: 'warning',
  paid: 'success',
  confirmed: 'success',
  archived: 'info',
  withdrawn: 'info',
  revoked: 'warning',
};

/**
 * Localized label of a case state code; an unknown code (a newer lifecycle than this UI knows) is shown
 * as its code rather than hidden, so staff still see something truthful.
 */
export function stateLabel(state: string, lang: Lang): string {
  return lookup(messagesFor(lang).states, state) ?? state;
}

/** KERN badge variant of a case state code ('info' for states this UI does not know). */
export function stateBadgeVariant(state: string): BadgeVariant {
  return lookup(VARIANTS, state) ?? 'info';
}
