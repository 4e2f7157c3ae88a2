import type { Issue } from '../issue.ts';
import type { CheckContext } from './context.ts';

/** What a referencing section needs from a field: any field, a numeric one, or one of a given type. */
export type FieldNeed = 'any' | 'numeric';

/**
 * Checks a reference to a named field (`form.fields`): it must exist and, for `numeric`, hold a number
 * or integer. Silent when the field annotations themselves are broken (the meta-schema reports those).
 */
export function fieldRefIssues(context: CheckContext, field: string, path: string, need: FieldNeed): Issue[] {
  if (context.fields === null) return [];
  const annotation = context.fields.get(field);
  if (annotation === undefined) {
    return [{ path, code: 'fieldUnknown', params: { field, fields: [...context.fields.keys()] } }];
  }
  if (need === 'numeric' && annotation.type !== 'number' && annotation.type !== 'integer') {
    return [{ path, code: 'fieldNotNumeric', params: { field, type: annotation.type } }];
  }
  return [];
}

/** Checks a reference to a category id (any node of the tree, leaf or parent). */
export function categoryRefIssues(context: CheckContext, id: string, path: string): Issue[] {
  if (context.categories === null || context.categories.ids.has(id)) return [];
  return [{ path, code: 'categoryUnknown', params: { category: id } }];
}

/** Reports every id that occurs more than once in a list, at its repeated occurrences. */
export function duplicateIdIssues(items: readonly { id: string }[], basePath: string, code: string): Issue[] {
  const seen = new Set<string>();
  const issues: Issue[] = [];
  items.forEach((item, index) => {
    if (seen.has(item.id)) issues.push({ path: `${basePath}/${index}/id`, code, params: { id: item.id } });
    seen.add(item.id);
  });
  return issues;
}
