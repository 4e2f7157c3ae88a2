import { describe, expect, it } from 'vitest';
import {
  add,
  compare,
  divide,
  fromNumber,
  integer,
  isInteger,
  multiply,
  type RoundingMethod,
  roundScaled,
  roundToNumber,
  subtract,
  sum,
  toNumber,
} from './rational.ts';

const r = (value: number) => fromNumber(value);

describe('rational', () => {
  it('reads a number as the decimal it is written as', () => {
    expect(r(0.1)).toEqual({ num: 1n, den: 10n });
    expect(r(-2.5)).toEqual({ num: -5n, den: 2n });
    expect(r(1e21)).toEqual({ num: 10n ** 21n, den: 1n });
    expect(r(1.5e-7)).toEqual({ num: 3n, den: 20_000_000n });
    expect(() => r(Number.NaN)).toThrow(RangeError);
    expect(() => r(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it('computes without float noise', () => {
    expect(toNumber(add(r(0.1), r(0.2)))).toBe(0.3);
    expect(toNumber(multiply(r(32.5), r(18.25)))).toBe(593.125);
    expect(toNumber(multiply(r(1.1), r(1.1)))).toBe(1.21);
    expect(toNumber(subtract(r(1), r(0.9)))).toBe(0.1);
    expect(divide(integer(44), integer(3))).toEqual({ num: 44n, den: 3n });
    expect(sum([])).toEqual(integer(0));
    expect(isInteger(multiply(r(2.5), integer(4)))).toBe(true);
    expect(compare(r(0.3), add(r(0.1), r(0.2)))).toBe(0);
    expect(compare(r(0.3), r(0.31))).toBe(-1);
    expect(() => divide(integer(1), integer(0))).toThrow(RangeError);
  });

  it.each<[number, number, RoundingMethod, bigint]>([
    [2.675, 2, 'half_up', 268n], // as a double 2.675 is 2.67499999…; read as decimal it rounds up
    [2.665, 2, 'half_up', 267n],
    [2.665, 2, 'half_even', 266n],
    [2.675, 2, 'half_even', 268n],
    [2.679, 2, 'down', 267n],
    [2.5, 0, 'half_up', 3n],
    [3.5, 0, 'half_even', 4n],
    [2.5, 0, 'half_even', 2n],
    [-2.5, 0, 'half_up', -3n],
    [-2.5, 0, 'half_even', -2n],
    [-2.7, 0, 'down', -2n],
    [2.4, 0, 'half_up', 2n],
    [2.6, 0, 'half_even', 3n],
    [7, 2, 'half_up', 700n],
  ])('rounds %d to %d decimals %s as %d', (value, decimals, method, expected) => {
    expect(roundScaled(r(value), decimals, method)).toBe(expected);
  });

  it('rounds thirds like the Würzburg table (selection.md § 2.3)', () => {
    const mean = divide(integer(44), integer(3));
    expect(roundToNumber(mean, 2, 'down')).toBe(14.66);
    expect(roundToNumber(mean, 2, 'half_up')).toBe(14.67);
    expect(roundToNumber(mean, 2, 'half_even')).toBe(14.67);
  });
});
