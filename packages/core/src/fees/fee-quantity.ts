// How much of a fee item an application uses: the product of its named numeric fields (FEE-2).

import { fieldValue } from '../conditions/field-value.ts';
import type { EventType, FeeItem } from '../generated/event-type.ts';
import { fromNumber, integer, multiply, type Rational } from '../scoring/rational.ts';

type WithFields = { form: Pick<EventType['form'], 'fields'> };

/**
 * The exact quantity of `item` for the application: the product of its quantity fields, 1 for an item without
 * them (a flat fee). A field that is missing, not a finite number or negative counts as 0: the application
 * does not use that item (no power connection asked for), so nothing is charged for it.
 */
export function feeQuantity(bundle: WithFields, item: Pick<FeeItem, 'quantity'>, data: unknown): Rational {
  const factors = (item.quantity?.fields ?? []).map((name) => {
    const value = fieldValue(bundle, name, data);
    return typeof value === 'number' && Number.isFinite(value) && value > 0 ? fromNumber(value) : integer(0);
  });
  return factors.reduce(multiply, integer(1));
}
