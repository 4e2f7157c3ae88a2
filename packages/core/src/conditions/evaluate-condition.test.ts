import { describe, expect, it } from 'vitest';
import type { Condition } from '../generated/event-type.ts';
import { evaluateCondition } from './evaluate-condition.ts';
import { soestBundle, soestRide } from './test-bundle.ts';

const bundle = soestBundle();
const ride = soestRide();
const withCategory = (category: unknown) => ({ ...ride, business: { ...ride.business, category } });
const holds = (condition: Condition, data: unknown = ride) => evaluateCondition(bundle, condition, data);

describe('evaluateCondition', () => {
  it('always holds for { always: true }', () => {
    expect(holds({ always: true })).toBe(true);
    expect(holds({ always: true }, undefined)).toBe(true);
  });

  it('compares a field by JSON equality', () => {
    expect(holds({ field: 'water', equals: true })).toBe(true);
    expect(holds({ field: 'water', equals: 'true' })).toBe(false);
    expect(holds({ field: 'frontage', equals: 20 })).toBe(true);
    expect(holds({ field: 'frontage', equals: 20.5 })).toBe(false);
  });

  it('treats a missing value as equal to nothing, not even null', () => {
    const data = { business: { category: 'imbiss' } };
    expect(holds({ field: 'water', equals: false }, data)).toBe(false);
    expect(holds({ not: { field: 'water', equals: true } }, data)).toBe(true);
    expect(holds({ field: 'water', in: [true, false] }, data)).toBe(false);
  });

  it('checks membership with in', () => {
    expect(holds({ field: 'rideType', in: ['wilde_maus', 'autoscooter'] })).toBe(true);
    expect(holds({ field: 'rideType', in: ['wilde_maus'] })).toBe(false);
  });

  it('matches a category and every descendant of it (DOC-1)', () => {
    expect(holds({ categories: ['fahr_erw'] })).toBe(true);
    expect(holds({ categories: ['fahr_erw'] }, withCategory('achterbahn'))).toBe(true);
    expect(holds({ categories: ['hochfahr'] }, withCategory('achterbahn'))).toBe(true);
    expect(holds({ categories: ['hochfahr'] }, withCategory('rundfahr'))).toBe(false);
    expect(holds({ categories: ['achterbahn'] }, withCategory('fahr_erw'))).toBe(false);
    expect(holds({ categories: ['fahr_erw', 'ausschank'] }, withCategory('ausschank'))).toBe(true);
  });

  it('does not match categories when the category is missing, unknown or not a string', () => {
    expect(holds({ categories: ['fahr_erw'] }, {})).toBe(false);
    expect(holds({ categories: ['fahr_erw'] }, withCategory('unbekannt'))).toBe(false);
    expect(holds({ categories: ['fahr_erw'] }, withCategory(['fahr_erw']))).toBe(false);
  });

  it('combines with all, any and not', () => {
    const yes: Condition = { always: true };
    const no: Condition = { not: { always: true } };
    expect(holds({ all: [yes, yes] })).toBe(true);
    expect(holds({ all: [yes, no] })).toBe(false);
    expect(holds({ any: [no, yes] })).toBe(true);
    expect(holds({ any: [no, no] })).toBe(false);
    expect(holds({ not: no })).toBe(true);
    const nested: Condition = {
      all: [
        { categories: ['fahr_erw'] },
        {
          any: [
            { field: 'powerKw', in: [60] },
            { field: 'water', equals: false },
          ],
        },
      ],
    };
    expect(holds(nested)).toBe(true);
    expect(holds(nested, withCategory('imbiss'))).toBe(false);
  });

  it('ignores fields the bundle does not name', () => {
    expect(holds({ field: 'unknownField', equals: 'x' })).toBe(false);
  });

  it('refuses a condition of unknown shape (a programming error: parse the bundle first)', () => {
    expect(() => holds({ sometimes: true } as unknown as Condition)).toThrow(TypeError);
  });
});
