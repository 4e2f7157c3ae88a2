import type { Issue } from '../issue.ts';
import type { LifecycleVocabulary } from '../lifecycle/vocabulary.ts';
import { categoryIdIssues, categoryShareIssues, uniquenessGroupIssues } from './categories.ts';
import { type CheckContext, createContext } from './context.ts';
import { documentIssues } from './documents.ts';
import { eventIssues } from './event.ts';
import { feeIssues } from './fees.ts';
import { formFieldIssues } from './form-fields.ts';
import { formPageIssues } from './form-pages.ts';
import { lifecycleIssues } from './lifecycle.ts';
import { noticeIssues } from './notices.ts';
import { privacyIssues } from './privacy.ts';
import { selectionIssues } from './selection.ts';

/**
 * Runs every cross-section check on the parts of the bundle that passed the meta-schema, so a clerk sees
 * all problems of a bundle in one run (a broken fee item does not hide a wrong document condition).
 */
export function crossSectionIssues(
  input: unknown,
  metaIssues: readonly Issue[],
  vocabulary: LifecycleVocabulary,
): Issue[] {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return [];
  const context: CheckContext = createContext(input, metaIssues);
  return [
    ...eventIssues(context),
    ...formFieldIssues(context),
    ...formPageIssues(context),
    ...categoryIdIssues(context),
    ...categoryShareIssues(context),
    ...uniquenessGroupIssues(context),
    ...documentIssues(context),
    ...selectionIssues(context),
    ...feeIssues(context),
    ...lifecycleIssues(context, vocabulary),
    ...noticeIssues(context),
    ...privacyIssues(context),
  ];
}
