import type { Issue } from '../issue.ts';
import type { CheckContext } from './context.ts';
import { duplicateIdIssues } from './field-refs.ts';

/** Consent ids are unique (each consent is recorded separately, DS-2). */
export function privacyIssues(context: CheckContext): Issue[] {
  if (!context.intact('/privacy/consents')) return [];
  return duplicateIdIssues(context.bundle.privacy.consents, '/privacy/consents', 'consentIdDuplicate');
}
