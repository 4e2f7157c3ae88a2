import type { CategoryNode } from '../generated/event-type.ts';
import type { Issue } from '../issue.ts';
import type { CheckContext } from './context.ts';
import { categoryRefIssues, duplicateIdIssues, fieldRefIssues } from './field-refs.ts';

/** Category ids are unique across the tree (SEL-14). */
export function categoryIdIssues(context: CheckContext): Issue[] {
  if (context.categories === null) return [];
  const seen = new Set<string>();
  const issues: Issue[] = [];
  for (const { category, path } of context.categories.nodes) {
    if (seen.has(category.id))
      issues.push({ path: `${path}/id`, code: 'categoryIdDuplicate', params: { id: category.id } });
    seen.add(category.id);
  }
  return issues;
}

/** The shares of sibling categories add up to at most 1 (100 %). */
export function categoryShareIssues(context: CheckContext): Issue[] {
  if (context.categories === null) return [];
  const issues: Issue[] = [];
  const visit = (siblings: readonly CategoryNode[], path: string, parent: string | null) => {
    // Shares are fractions like 0.3; compare in millionths so 0.6 + 0.4 is exactly 1.
    const millionths = siblings.reduce((sum, node) => sum + Math.round((node.capacity?.share ?? 0) * 1e6), 0);
    if (millionths > 1e6)
      issues.push({ path, code: 'categoryShareExceeded', params: { parent, sum: millionths / 1e6 } });
    siblings.forEach((node, index) => {
      if (node.children) visit(node.children, `${path}/${index}/children`, node.id);
    });
  };
  visit(context.bundle.categories.tree, '/categories/tree', null);
  return issues;
}

/** Uniqueness groups: unique ids, an existing field, existing categories (SEL-8). */
export function uniquenessGroupIssues(context: CheckContext): Issue[] {
  if (!context.intact('/categories/uniquenessGroups')) return [];
  const groups = context.bundle.categories.uniquenessGroups;
  const issues = duplicateIdIssues(groups, '/categories/uniquenessGroups', 'uniquenessGroupIdDuplicate');
  groups.forEach((group, index) => {
    const path = `/categories/uniquenessGroups/${index}`;
    issues.push(...fieldRefIssues(context, group.field, `${path}/field`, 'any'));
    group.categories.forEach((id, i) => {
      issues.push(...categoryRefIssues(context, id, `${path}/categories/${i}`));
    });
  });
  return issues;
}
