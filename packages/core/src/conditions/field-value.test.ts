import { describe, expect, it } from 'vitest';
import { applicationCategory, fieldValue } from './field-value.ts';
import { soestBundle, soestRide } from './test-bundle.ts';

const bundle = soestBundle();

describe('fieldValue', () => {
  it('reads a named field through its pointer', () => {
    expect(fieldValue(bundle, 'frontage', soestRide())).toBe(20);
    expect(fieldValue(bundle, 'water', soestRide())).toBe(true);
  });

  it('gives undefined for an absent value or a field the bundle does not name', () => {
    expect(fieldValue(bundle, 'frontage', {})).toBeUndefined();
    expect(fieldValue(bundle, 'frontage', null)).toBeUndefined();
    expect(fieldValue(bundle, 'shoeSize', soestRide())).toBeUndefined();
  });
});

describe('applicationCategory', () => {
  it('is the category id, or null when missing or not a string', () => {
    expect(applicationCategory(bundle, soestRide())).toBe('fahr_erw');
    expect(applicationCategory(bundle, {})).toBeNull();
    expect(applicationCategory(bundle, { business: { category: 7 } })).toBeNull();
  });
});
