// Fees of one application (FEE-1, FEE-2): deterministic, in integer cents, line by line for the notice.

import { evaluateCondition } from '../conditions/evaluate-condition.ts';
import { applicationCategory } from '../conditions/field-value.ts';
import { eventDayCount } from '../deadlines/calendar-date.ts';
import type { Edition } from '../generated/edition.ts';
import type { EventType, FeeItem } from '../generated/event-type.ts';
import { compare, integer, multiply, roundScaled, toNumber } from '../scoring/rational.ts';
import type { FeeCalculation, FeeLine } from './fee-calculation.ts';
import { feeQuantity } from './fee-quantity.ts';
import { feeRate } from './fee-rate.ts';

type FeeBundle = Pick<EventType, 'categories' | 'fees'> & { form: Pick<EventType['form'], 'fields'> };

/**
 * The fees for `data` at `edition`. Items whose `when` does not hold are left out. For each other item:
 * amount = quantity x rate x days, rounded half up to whole cents once, from exact values; then the
 * minimum applies, but only to a quantity above 0 (an application that uses none of an item owes nothing for it).
 */
export function computeFees(
  bundle: FeeBundle,
  edition: Pick<Edition, 'eventDays'>,
  data: unknown,
): FeeCalculation {
  const category = applicationCategory(bundle, data);
  const eventDays = eventDayCount(edition.eventDays);
  const lines = bundle.fees
    .filter((item) => item.when === undefined || evaluateCondition(bundle, item.when, data))
    .map((item) => feeLine(bundle, item, data, category, eventDays));
  return { lines, totalCents: lines.reduce((total, line) => total + line.amountCents, 0) };
}

function feeLine(
  bundle: FeeBundle,
  item: FeeItem,
  data: unknown,
  category: string | null,
  eventDays: number,
): FeeLine {
  const quantity = feeQuantity(bundle, item, data);
  const days = item.per === 'day' ? eventDays : 1;
  const rateCents = feeRate(bundle, item, category);
  const computed = Number(roundScaled(multiply(quantity, integer(rateCents * days)), 0, 'half_up'));
  const minimum = item.minimum ?? 0;
  const minimumApplied = compare(quantity, integer(0)) > 0 && computed < minimum;
  return {
    id: item.id,
    kind: item.kind,
    title: item.title,
    unit: item.unit,
    per: item.per,
    quantity: toNumber(quantity),
    days,
    rateCents,
    amountCents: minimumApplied ? minimum : computed,
    minimumApplied,
  };
}
