// The result of a fee calculation, reproduced line by line in the fee notice (FEE-2).

import type { FeeItem } from '../generated/event-type.ts';
import type { Localized } from '../localize.ts';

/** One charged fee item: what was counted, at which rate, and the amount in cents. */
export interface FeeLine {
  id: string;
  /** The § 71 GewO kind (FEE-1). */
  kind: FeeItem['kind'];
  title: Localized;
  unit: FeeItem['unit'];
  per: FeeItem['per'];
  /** Product of the quantity fields (1 for a flat fee without them), exact as entered: 32.5 x 18.25 = 593.125. */
  quantity: number;
  /** Event days charged: opening..closing inclusive when per = 'day', else 1. */
  days: number;
  /** Cents per unit (per day), chosen by the application's category or an ancestor, else the item's rate. */
  rateCents: number;
  amountCents: number;
  /** Whether the minimum replaced a smaller computed amount. */
  minimumApplied: boolean;
}

/** All fee lines that apply to an application and their sum, in integer cents. */
export interface FeeCalculation {
  lines: FeeLine[];
  totalCents: number;
}
