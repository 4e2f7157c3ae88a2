import type { Issue } from '../issue.ts';
import { conditionRefIssues } from './condition-refs.ts';
import type { CheckContext } from './context.ts';
import { duplicateIdIssues } from './field-refs.ts';

/** Documents: unique ids; the fields and categories their `appliesTo` conditions name exist (DOC-1). */
export function documentIssues(context: CheckContext): Issue[] {
  if (!Array.isArray(context.bundle.documents)) return [];
  const issues: Issue[] = [];
  const intactItems = context.bundle.documents.filter((_, index) => context.intact(`/documents/${index}`));
  if (intactItems.length === context.bundle.documents.length) {
    issues.push(...duplicateIdIssues(context.bundle.documents, '/documents', 'documentIdDuplicate'));
  }
  context.bundle.documents.forEach((document, index) => {
    const path = `/documents/${index}`;
    if (!context.intact(path)) return;
    issues.push(...conditionRefIssues(context, document.appliesTo, `${path}/appliesTo`));
  });
  return issues;
}
