// Conditions decide which documents apply (DOC-1, DOC-6) and which fees are charged (FEE-2).
import type { Condition, EventType } from '../generated/event-type.ts';
import { isCategoryWithin } from './category-tree.ts';
import { applicationCategory, fieldValue } from './field-value.ts';
import { jsonEqual } from './json-equal.ts';

type ConditionBundle = Pick<EventType, 'categories'> & { form: Pick<EventType['form'], 'fields'> };

/**
 * Whether `condition` holds for the application `data`. `{ all: [] }` holds and `{ any: [] }` does not (the
 * usual empty conjunction/disjunction); a field without a value equals nothing and is in no list.
 */
export function evaluateCondition(bundle: ConditionBundle, condition: Condition, data: unknown): boolean {
  if ('always' in condition) return condition.always === true;
  if ('all' in condition) return condition.all.every((part) => evaluateCondition(bundle, part, data));
  if ('any' in condition) return condition.any.some((part) => evaluateCondition(bundle, part, data));
  if ('not' in condition) return !evaluateCondition(bundle, condition.not, data);
  if ('categories' in condition) {
    const category = applicationCategory(bundle, data);
    return category !== null && isCategoryWithin(bundle, category, condition.categories);
  }
  if ('equals' in condition) {
    const value = fieldValue(bundle, condition.field, data);
    return value !== undefined && jsonEqual(value, condition.equals);
  }
  if ('in' in condition) {
    const value = fieldValue(bundle, condition.field, data);
    return value !== undefined && condition.in.some((option) => jsonEqual(value, option));
  }
  // A checked bundle never gets here; an unchecked one is a programming error, not a user's mistake.
  throw new TypeError(
    `evaluateCondition: unknown condition ${JSON.stringify(condition)}; parse the bundle first`,
  );
}
