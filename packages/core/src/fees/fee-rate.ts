// Which rate an application pays for a fee item: its category's, else the nearest ancestor's, else the default.

import { categoryAncestors } from '../conditions/category-tree.ts';
import type { EventType, FeeItem } from '../generated/event-type.ts';

/**
 * The rate in cents for an application of `categoryId`: `ratesByCategory` of the category itself, then of its
 * ancestors nearest first, then the item's `rate` (also for a missing or unknown category).
 */
export function feeRate(
  bundle: Pick<EventType, 'categories'>,
  item: Pick<FeeItem, 'rate' | 'ratesByCategory'>,
  categoryId: string | null,
): number {
  const rates = item.ratesByCategory;
  if (!rates || categoryId === null) return item.rate;
  const candidates = [categoryId, ...(categoryAncestors(bundle, categoryId) ?? [])];
  const match = candidates.find((id) => Object.hasOwn(rates, id));
  return match === undefined ? item.rate : (rates[match] ?? item.rate);
}
