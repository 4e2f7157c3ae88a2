// Which documents an application must provide (DOC-1..8), decided by each kind's appliesTo condition.

import { evaluateCondition } from '../conditions/evaluate-condition.ts';
import type { DocumentKind, EventType } from '../generated/event-type.ts';

/** A document the application needs: the bundle's document kind without its applicability rule. */
export type DocumentRequirement = Omit<DocumentKind, 'appliesTo'>;

type DocumentBundle = Pick<EventType, 'categories' | 'documents'> & {
  form: Pick<EventType['form'], 'fields'>;
};

/** The bundle's documents whose `appliesTo` holds for the application `data`, in bundle order. */
export function documentRequirements(bundle: DocumentBundle, data: unknown): DocumentRequirement[] {
  return bundle.documents
    .filter((document) => evaluateCondition(bundle, document.appliesTo, data))
    .map(({ appliesTo: _appliesTo, ...requirement }) => requirement);
}
