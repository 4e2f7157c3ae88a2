// Exact rational arithmetic on bigints, so money and points never carry binary float noise
// (32.5 m x 18.25 m is 593.125 m², and a mean of 14, 15, 15 is 44/3 until it is rounded once).

/** An exact fraction `num / den` in lowest terms with `den > 0`. */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

/** How a value is rounded to a number of decimals: half away from zero, half to even, or towards zero. */
export type RoundingMethod = 'half_up' | 'half_even' | 'down';

const abs = (value: bigint): bigint => (value < 0n ? -value : value);

function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [abs(a), abs(b)];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function make(num: bigint, den: bigint): Rational {
  if (den === 0n) throw new RangeError('rational: division by zero');
  const sign = den < 0n ? -1n : 1n;
  const divisor = gcd(num, den) || 1n;
  return { num: (sign * num) / divisor, den: (sign * den) / divisor };
}

/** The integer `value` as a rational. */
export function integer(value: bigint | number): Rational {
  return make(BigInt(value), 1n);
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/;

/**
 * The decimal a JS number is written as (its shortest round-trip form), exactly: 0.1 is 1/10, not the binary
 * double nearest to it. That is the value a person typed into a form field.
 */
export function fromNumber(value: number): Rational {
  if (!Number.isFinite(value)) throw new RangeError(`rational: ${value} is not a finite number`);
  const match = DECIMAL.exec(String(value));
  if (!match) throw new RangeError(`rational: cannot read ${value}`);
  const [, sign = '', whole = '0', fraction = '', exponent = '0'] = match;
  const shift = Number(exponent) - fraction.length;
  const digits = BigInt(`${sign}${whole}${fraction}`);
  return shift >= 0 ? make(digits * 10n ** BigInt(shift), 1n) : make(digits, 10n ** BigInt(-shift));
}

/** a + b */
export function add(a: Rational, b: Rational): Rational {
  return make(a.num * b.den + b.num * a.den, a.den * b.den);
}

/** a - b */
export function subtract(a: Rational, b: Rational): Rational {
  return make(a.num * b.den - b.num * a.den, a.den * b.den);
}

/** a × b */
export function multiply(a: Rational, b: Rational): Rational {
  return make(a.num * b.num, a.den * b.den);
}

/** a ÷ b (throws a RangeError when b is zero) */
export function divide(a: Rational, b: Rational): Rational {
  return make(a.num * b.den, a.den * b.num);
}

/** The sum of all values (0 for none). */
export function sum(values: readonly Rational[]): Rational {
  return values.reduce(add, integer(0));
}

/** Negative, zero or positive as a < b, a = b, a > b. */
export function compare(a: Rational, b: Rational): number {
  const difference = a.num * b.den - b.num * a.den;
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

/** Whether the value is a whole number. */
export function isInteger(value: Rational): boolean {
  return value.den === 1n;
}

/** The value × 10^decimals rounded to an integer by `method`: 2.675 at 2 decimals half_up is 268n. */
export function roundScaled(value: Rational, decimals: number, method: RoundingMethod): bigint {
  const scaled = multiply(value, integer(10n ** BigInt(decimals)));
  const quotient = scaled.num / scaled.den; // truncates towards zero
  const remainder = abs(scaled.num % scaled.den);
  if (method === 'down' || remainder === 0n) return quotient;
  const away = scaled.num < 0n ? quotient - 1n : quotient + 1n;
  const twice = remainder * 2n;
  if (twice > scaled.den) return away;
  if (twice < scaled.den) return quotient;
  if (method === 'half_up') return away;
  return quotient % 2n === 0n ? quotient : away;
}

/** The value rounded to `decimals` by `method`, as the JS number nearest that decimal. */
export function roundToNumber(value: Rational, decimals: number, method: RoundingMethod): number {
  return Number(roundScaled(value, decimals, method)) / 10 ** decimals;
}

/** The JS number nearest the value (for display and results; compute with the rational itself). */
export function toNumber(value: Rational): number {
  const limit = BigInt(Number.MAX_SAFE_INTEGER);
  // Both exact as doubles: one correctly rounded division gives the double nearest the fraction (121/100 -> 1.21).
  if (abs(value.num) <= limit && value.den <= limit) return Number(value.num) / Number(value.den);
  const whole = value.num / value.den;
  return Number(whole) + Number(value.num - whole * value.den) / Number(value.den);
}
