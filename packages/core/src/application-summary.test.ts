import { describe, expect, it } from 'vitest';
import { applicationSummary } from './application-summary.ts';
import { categoryTitle } from './category-title.ts';
import type { CategoryNode } from './generated/event-type.ts';
import { rideSample, soestBundle } from './test-fixtures.ts';

const bundle = soestBundle();

describe('applicationSummary', () => {
  it('reads name, company and category through the named form fields', () => {
    expect(applicationSummary(bundle, rideSample())).toEqual({
      applicantName: 'Erika Mustermann',
      companyName: 'Mustermann Fahrbetriebe GmbH',
      categoryId: 'fahr_erw',
    });
  });

  it('ignores a company name left over after the company box was unticked', () => {
    const data = rideSample();
    data.company.applyingAsCompany = false;
    expect(applicationSummary(bundle, data).companyName).toBeNull();
  });

  it('copes with incomplete or foreign data', () => {
    expect(applicationSummary(bundle, { applicant: { givenName: '  Erika ', familyName: 42 } })).toEqual({
      applicantName: 'Erika',
      companyName: null,
      categoryId: null,
    });
    expect(applicationSummary(bundle, null)).toEqual({
      applicantName: '',
      companyName: null,
      categoryId: null,
    });
  });
});

describe('categoryTitle', () => {
  it('returns the localized title or null', () => {
    expect(categoryTitle(bundle, 'fahr_kind', 'de')).toBe('Kinderfahrgeschäfte');
    expect(categoryTitle(bundle, 'fahr_kind', 'en')).toBe("Children's rides");
    expect(categoryTitle(bundle, 'zirkus', 'de')).toBeNull();
  });

  it('finds sub-categories in the tree', () => {
    const tree = soestBundle();
    (tree.categories.tree[1] as CategoryNode).children = [
      { id: 'ausschank_bier', title: { de: 'Bierausschank' } },
    ];
    expect(categoryTitle(tree, 'ausschank_bier', 'en')).toBe('Bierausschank');
  });
});
