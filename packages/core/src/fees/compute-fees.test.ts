import { describe, expect, it } from 'vitest';
import { soestBundle, soestEdition, soestRide } from '../conditions/test-bundle.ts';
import type { FeeItem } from '../generated/event-type.ts';
import { computeFees } from './compute-fees.ts';

const edition = soestEdition();
const t = (de: string) => ({ de, en: de });

/** A bundle with only these fee items (form fields and categories of Soest). */
const withFees = (fees: FeeItem[]) => ({ ...soestBundle(), fees });
const stand = (frontage: unknown, depth: unknown, category = 'fahr_erw') => ({
  business: { category },
  stand: { frontage, depth },
});

describe('computeFees: rules-de.md § 4 test vector (FEE-1, FEE-2)', () => {
  const result = computeFees(soestBundle(), edition, soestRide());

  it('gives exactly 2,740.00 EUR', () => {
    expect(result.totalCents).toBe(274000);
  });

  it('lists every line with its § 71 kind, quantity, rate and amount', () => {
    expect(
      result.lines.map(({ id, kind, quantity, rateCents, days, amountCents }) => [
        id,
        kind,
        quantity,
        rateCents,
        days,
        amountCents,
      ]),
    ).toEqual([
      ['base', 'space', 1, 25000, 1, 25000],
      ['space', 'space', 240, 600, 1, 144000],
      ['electricity', 'supply_electricity', 60, 1200, 1, 72000],
      ['water', 'supply_water', 1, 4000, 1, 4000],
      ['waste', 'waste', 240, 50, 1, 12000],
      ['caravan_site', 'space', 1, 12000, 1, 12000],
      ['advertising', 'advertising_share', 1, 5000, 1, 5000],
    ]);
    expect(result.lines.every((line) => !line.minimumApplied)).toBe(true);
    expect(result.lines[1]).toMatchObject({ unit: 'm2', per: 'event', title: { de: 'Standfläche' } });
  });

  it('leaves out the water line when no water connection is wanted (when)', () => {
    const dry = { ...soestRide(), supply: { powerKw: 60, waterConnection: false } };
    const { lines, totalCents } = computeFees(soestBundle(), edition, dry);
    expect(lines.map((line) => line.id)).not.toContain('water');
    expect(totalCents).toBe(270000);
  });
});

describe('computeFees: rates by category', () => {
  const space: FeeItem = {
    id: 'space',
    kind: 'space',
    title: t('Standfläche'),
    unit: 'm2',
    per: 'event',
    quantity: { fields: ['frontage', 'depth'] },
    rate: 700,
    ratesByCategory: { fahr_erw: 600, hochfahr: 650, fahr_kind: 500, ausschank: 900 },
  };
  const rateFor = (category: string) =>
    computeFees(withFees([space]), edition, stand(10, 10, category)).lines[0];

  it('uses the category, else its nearest ancestor, else the default rate', () => {
    expect(rateFor('ausschank')).toMatchObject({ rateCents: 900, amountCents: 90000 });
    expect(rateFor('achterbahn')).toMatchObject({ rateCents: 650, amountCents: 65000 }); // parent hochfahr
    expect(rateFor('rundfahr')).toMatchObject({ rateCents: 600, amountCents: 60000 }); // grandparent fahr_erw
    expect(rateFor('imbiss')).toMatchObject({ rateCents: 700, amountCents: 70000 }); // no entry
  });

  it('falls back to the default rate for an unknown or missing category', () => {
    expect(rateFor('gibt_es_nicht')).toMatchObject({ rateCents: 700, amountCents: 70000 });
    const none = computeFees(withFees([space]), edition, { stand: { frontage: 10, depth: 10 } });
    expect(none.lines[0]).toMatchObject({ rateCents: 700, amountCents: 70000 });
  });
});

describe('computeFees: exact quantities and rounding', () => {
  const perM2 = (rate: number): FeeItem => ({
    id: 'space',
    kind: 'space',
    title: t('Standfläche'),
    unit: 'm2',
    per: 'event',
    quantity: { fields: ['frontage', 'depth'] },
    rate,
  });

  it('multiplies fractional metres without float noise (32.5 m x 18.25 m = 593.125 m²)', () => {
    const { lines, totalCents } = computeFees(withFees([perM2(477)]), edition, stand(32.5, 18.25));
    expect(lines[0]?.quantity).toBe(593.125);
    // 593.125 x 4.77 EUR = 2829.20625 EUR -> 282920.625 cents -> 282921 (half up)
    expect(totalCents).toBe(282921);
  });

  it('rounds an exact half cent up', () => {
    // 0.5 m x 1 m x 1 cent = 0.5 cents -> 1 cent; 1.5 x 1 x 1 -> 2; 2.5 -> 3 (half up, not to even)
    const cents = (frontage: number) =>
      computeFees(withFees([perM2(1)]), edition, stand(frontage, 1)).totalCents;
    expect([cents(0.5), cents(1.5), cents(2.5), cents(2.49)]).toEqual([1, 2, 3, 2]);
  });

  it('does not fall for values that are not exact in binary (1.1 m x 1.1 m = 1.21 m²)', () => {
    const { lines, totalCents } = computeFees(withFees([perM2(50)]), edition, stand(1.1, 1.1));
    expect(lines[0]?.quantity).toBe(1.21);
    expect(totalCents).toBe(61); // 60.5 cents, rounded half up
    // In floats 0.09 x 5 x 50 is 22.499999999999996 and would round to 22; exactly it is 22.5 -> 23.
    const { totalCents: exact } = computeFees(withFees([perM2(50)]), edition, stand(0.09, 5));
    expect(exact).toBe(23);
  });

  it('counts a missing, non-numeric or negative quantity field as 0 and still lists the line', () => {
    for (const depth of [undefined, '12', Number.NaN, -3, null]) {
      const { lines, totalCents } = computeFees(withFees([perM2(600)]), edition, stand(20, depth));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({ quantity: 0, amountCents: 0, minimumApplied: false });
      expect(totalCents).toBe(0);
    }
  });
});

describe('computeFees: per day (Dillingen-style, rules-de.md § 1.7)', () => {
  const ride: FeeItem = {
    id: 'ride_area',
    kind: 'space',
    title: t('Fahrgeschäfte je m² und Tag'),
    unit: 'm2',
    per: 'day',
    quantity: { fields: ['frontage', 'depth'] },
    rate: 40,
    ratesByCategory: { fahr_kind: 30 },
  };

  it('multiplies by the event days, opening to closing inclusive', () => {
    // 15 m x 10.5 m = 157.5 m² x 0.40 EUR x 5 days = 315.00 EUR
    const { lines } = computeFees(withFees([ride]), edition, stand(15, 10.5));
    expect(lines[0]).toMatchObject({ quantity: 157.5, days: 5, rateCents: 40, amountCents: 31500 });
  });

  it('uses the children’s ride rate and a three-day edition', () => {
    const short = {
      ...edition,
      eventDays: { setupFrom: '2026-06-01', opening: '2026-06-05', closing: '2026-06-07' },
    };
    const { lines } = computeFees(withFees([ride]), short, stand(8.25, 8.25, 'fahr_kind'));
    // 68.0625 m² x 0.30 EUR x 3 = 61.25625 EUR -> 6125.625 cents -> 6126
    expect(lines[0]).toMatchObject({ quantity: 68.0625, days: 3, rateCents: 30, amountCents: 6126 });
  });

  it('charges a flat per-day fee once per day', () => {
    const machine: FeeItem = {
      id: 'automat',
      kind: 'space',
      title: t('Automat'),
      unit: 'flat',
      per: 'day',
      rate: 250,
    };
    expect(computeFees(withFees([machine]), edition, {}).lines[0]).toMatchObject({
      quantity: 1,
      days: 5,
      amountCents: 1250,
    });
  });
});

describe('computeFees: flea market per front metre with minimum (rules-de.md § 1.7)', () => {
  const frontMetre: FeeItem = {
    id: 'stand',
    kind: 'space',
    title: t('Standgeld je laufender Meter'),
    unit: 'front_m',
    per: 'event',
    quantity: { fields: ['frontage'] },
    rate: 400,
    minimum: 1500,
  };
  const oneDay = {
    ...edition,
    eventDays: { setupFrom: '2026-05-10', opening: '2026-05-10', closing: '2026-05-10' },
  };
  const fee = (frontage: unknown) =>
    computeFees(withFees([frontMetre]), oneDay, { stand: { frontage } }).lines[0];

  it('raises 3 m x 4.00 EUR = 12.00 EUR to the 15.00 EUR minimum', () => {
    expect(fee(3)).toMatchObject({ quantity: 3, amountCents: 1500, minimumApplied: true });
  });

  it('charges the computed amount at or above the minimum', () => {
    expect(fee(3.75)).toMatchObject({ amountCents: 1500, minimumApplied: false }); // exactly 15.00 EUR
    expect(fee(6)).toMatchObject({ amountCents: 2400, minimumApplied: false });
  });

  it('charges no minimum for a quantity of 0', () => {
    expect(fee(0)).toMatchObject({ amountCents: 0, minimumApplied: false });
    expect(fee(undefined)).toMatchObject({ amountCents: 0, minimumApplied: false });
  });
});

describe('computeFees: no fees for non-profits (stadtfest, when)', () => {
  const fees: FeeItem[] = [
    {
      id: 'stand',
      kind: 'space',
      title: t('Standgeld'),
      unit: 'front_m',
      per: 'event',
      quantity: { fields: ['frontage'] },
      rate: 1000,
      minimum: 3000,
      when: { not: { field: 'nonProfit', equals: true } },
    },
    {
      id: 'power',
      kind: 'supply_electricity',
      title: t('Strom'),
      unit: 'kW',
      per: 'event',
      quantity: { fields: ['powerKw'] },
      rate: 1500,
      when: { not: { field: 'nonProfit', equals: true } },
    },
  ];
  const club = (nonProfit: boolean) => ({
    business: { category: 'ausschank', nonProfit },
    stand: { frontage: 4 },
    supply: { powerKw: 3 },
  });

  it('charges a commercial stand', () => {
    expect(computeFees(withFees(fees), edition, club(false)).totalCents).toBe(4000 + 4500);
  });

  it('charges a non-profit club nothing and lists no lines', () => {
    expect(computeFees(withFees(fees), edition, club(true))).toEqual({ lines: [], totalCents: 0 });
  });
});

describe('computeFees: no fee items', () => {
  it('gives an empty calculation', () => {
    expect(computeFees(withFees([]), edition, soestRide())).toEqual({ lines: [], totalCents: 0 });
  });
});
