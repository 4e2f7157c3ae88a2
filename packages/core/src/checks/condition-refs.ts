import type { Condition } from '../generated/event-type.ts';
import type { Issue } from '../issue.ts';
import type { CheckContext } from './context.ts';
import { categoryRefIssues, fieldRefIssues } from './field-refs.ts';

/**
 * Checks the references inside a condition (documents.appliesTo, fees.when): fields exist and the
 * compared values have the field's type; categories exist.
 */
export function conditionRefIssues(context: CheckContext, condition: Condition, path: string): Issue[] {
  if ('all' in condition)
    return condition.all.flatMap((c, i) => conditionRefIssues(context, c, `${path}/all/${i}`));
  if ('any' in condition)
    return condition.any.flatMap((c, i) => conditionRefIssues(context, c, `${path}/any/${i}`));
  if ('not' in condition) return conditionRefIssues(context, condition.not, `${path}/not`);
  if ('categories' in condition) {
    return condition.categories.flatMap((id, i) => categoryRefIssues(context, id, `${path}/categories/${i}`));
  }
  if ('field' in condition) {
    const refIssues = fieldRefIssues(context, condition.field, `${path}/field`, 'any');
    if (refIssues.length > 0) return refIssues;
    const values = 'equals' in condition ? [condition.equals] : condition.in;
    const valuesPath = 'equals' in condition ? `${path}/equals` : `${path}/in`;
    return valueTypeIssues(context, condition.field, values, valuesPath, !('equals' in condition));
  }
  return [];
}

function valueTypeIssues(
  context: CheckContext,
  field: string,
  values: readonly unknown[],
  path: string,
  isList: boolean,
): Issue[] {
  const type = context.fields?.get(field)?.type;
  if (type === undefined) return [];
  const issues: Issue[] = [];
  values.forEach((value, index) => {
    if (!matchesType(value, type)) {
      issues.push({
        path: isList ? `${path}/${index}` : path,
        code: 'conditionValueTypeMismatch',
        params: { field, type, value },
      });
    }
  });
  return issues;
}

function matchesType(value: unknown, type: string): boolean {
  if (type === 'integer') return Number.isInteger(value);
  return typeof value === type;
}
