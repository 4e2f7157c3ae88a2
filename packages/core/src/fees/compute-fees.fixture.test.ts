// The § 4 test vector against the shared golden base fixture (written by the schema helper), so the fee
// function and the fixture the validator checks cannot drift apart.
import { describe, expect, it } from 'vitest';
import bundle from '../../test/fixtures/bases/soest-kirmes.v2.json' with { type: 'json' };
import edition from '../../test/fixtures/bases/soest-kirmes-2026.edition.v2.json' with { type: 'json' };
import { soestRide } from '../conditions/test-bundle.ts';
import type { Edition } from '../generated/edition.ts';
import type { EventType } from '../generated/event-type.ts';
import { computeFees } from './compute-fees.ts';

describe('computeFees on test/fixtures/bases/soest-kirmes.v2.json (rules-de.md § 4)', () => {
  it('gives 2,740.00 EUR with one line per § 71 kind item', () => {
    // JSON imports widen string literals; the fixture itself is validated by the parse tests.
    const result = computeFees(bundle as unknown as EventType, edition as unknown as Edition, soestRide());
    expect(result.totalCents).toBe(274000);
    expect(result.lines.map((line) => [line.kind, line.amountCents])).toEqual([
      ['space', 25000],
      ['space', 144000],
      ['supply_electricity', 72000],
      ['supply_water', 4000],
      ['waste', 12000],
      ['space', 12000],
      ['advertising_share', 5000],
    ]);
  });
});
