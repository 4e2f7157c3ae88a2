import { describe, expect, it } from 'vitest';
import { categoryAncestors, categoryPath, isCategoryWithin } from './category-tree.ts';
import { soestBundle } from './test-bundle.ts';

const bundle = soestBundle();

describe('category tree (SEL-14)', () => {
  it('lists the ancestors nearest first', () => {
    expect(categoryAncestors(bundle, 'achterbahn')).toEqual(['hochfahr', 'fahr_erw']);
    expect(categoryAncestors(bundle, 'rundfahr')).toEqual(['fahr_erw']);
    expect(categoryAncestors(bundle, 'fahr_erw')).toEqual([]);
  });

  it('gives null for an unknown category', () => {
    expect(categoryAncestors(bundle, 'nope')).toBeNull();
    expect(categoryPath(bundle, 'nope')).toBeNull();
  });

  it('returns the path from the root', () => {
    expect(categoryPath(bundle, 'achterbahn')?.map((node) => node.id)).toEqual([
      'fahr_erw',
      'hochfahr',
      'achterbahn',
    ]);
  });

  it('places a category within itself and its ancestors only', () => {
    expect(isCategoryWithin(bundle, 'achterbahn', ['fahr_erw'])).toBe(true);
    expect(isCategoryWithin(bundle, 'achterbahn', ['achterbahn'])).toBe(true);
    expect(isCategoryWithin(bundle, 'fahr_erw', ['hochfahr'])).toBe(false);
    expect(isCategoryWithin(bundle, 'rundfahr', ['hochfahr', 'imbiss'])).toBe(false);
    expect(isCategoryWithin(bundle, 'nope', ['fahr_erw'])).toBe(false);
  });
});
