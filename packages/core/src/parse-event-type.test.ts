import { describe, expect, it } from 'vitest';
import { parseEventType } from './parse-event-type.ts';
import { rawBundle } from './test-fixtures.ts';

/** Parses a mutated copy of the example bundle and returns the issues as `code@path`. */
function issuesOf(mutate: (bundle: ReturnType<typeof rawBundle>) => void): string[] {
  const bundle = rawBundle();
  mutate(bundle);
  const result = parseEventType(bundle);
  return result.ok ? [] : result.issues.map((issue) => `${issue.code}@${issue.path}`);
}

describe('parseEventType', () => {
  it('accepts the Soest Allerheiligenkirmes bundle', () => {
    const result = parseEventType(rawBundle());
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(result.ok && result.value.id).toBe('allerheiligenkirmes');
  });

  it('rejects input that is not an object', () => {
    expect(parseEventType('nope')).toEqual({
      ok: false,
      issues: [{ path: '', code: 'type', params: { type: 'object' } }],
    });
  });

  // Golden cases: each broken bundle with exactly the issues it must produce.
  const cases: [string, (b: ReturnType<typeof rawBundle>) => void, string[]][] = [
    [
      'version of the wrong type',
      (b) => {
        b.version = '1';
      },
      ['type@/version'],
    ],
    [
      'version below 1',
      (b) => {
        b.version = 0;
      },
      ['minimum@/version'],
    ],
    [
      'id with capitals',
      (b) => {
        b.id = 'Kirmes';
      },
      ['pattern@/id'],
    ],
    [
      'missing title',
      (b) => {
        delete b.title;
      },
      ['required@/title'],
    ],
    [
      'unknown top-level key',
      (b) => {
        b.titel = b.title;
      },
      ['additionalProperties@/titel'],
    ],
    [
      'title without German',
      (b) => {
        b.title = { en: 'Fair' };
      },
      ['required@/title/de'],
    ],
    [
      'unknown legal type (GEW-1)',
      (b) => {
        b.event.legalType = 'kirmes';
      },
      ['enum@/event/legalType'],
    ],
    [
      'negative capacity',
      (b) => {
        b.categories[2].capacity.count = -1;
      },
      ['minimum@/categories/2/capacity/count'],
    ],
    [
      'duplicate category id',
      (b) => {
        b.categories[3].id = 'ausschank';
      },
      [
        'categoryIdDuplicate@/categories/3/id',
        // imbiss disappeared from the categories while the form still offers it:
        'categoryValuesMismatch@/form/roles/category',
      ],
    ],
    [
      'role pointer to a missing field',
      (b) => {
        b.form.roles.givenName = '/applicant/firstName';
      },
      ['rolePointerUnresolved@/form/roles/givenName'],
    ],
    [
      'role that is not a pointer',
      (b) => {
        b.form.roles.email = 'applicant.email';
      },
      ['pattern@/form/roles/email'],
    ],
    [
      'missing required role',
      (b) => {
        delete b.form.roles.category;
      },
      ['required@/form/roles/category'],
    ],
    [
      'category field offers a value without category',
      (b) =>
        b.form.schema.properties.business.properties.category.oneOf.push({
          const: 'zirkus',
          title: 'Zirkus',
        }),
      ['categoryValuesMismatch@/form/roles/category'],
    ],
    [
      'category without a choice in the form',
      (b) => void b.categories.push({ id: 'kram', title: { de: 'Krammarkt' } }),
      ['categoryValuesMismatch@/form/roles/category'],
    ],
    [
      'form schema with an unknown keyword',
      (b) => {
        b.form.schema.properties.remarks.maxLenght = 10;
      },
      ['formSchemaInvalid@/form/schema'],
    ],
    [
      'form schema that is not an object schema',
      (b) => {
        b.form.schema.type = 'array';
      },
      ['const@/form/schema/type'],
    ],
    [
      'unknown initial state',
      (b) => {
        b.lifecycle.statechart.initial = 'entwurf';
      },
      ['lifecycleInitialUnknown@/lifecycle/statechart/initial'],
    ],
    [
      'unknown transition target',
      (b) => {
        b.lifecycle.statechart.states.submitted.on.START_REVIEW = 'review';
      },
      ['lifecycleTargetUnknown@/lifecycle/statechart/states/submitted/on/START_REVIEW'],
    ],
    [
      'unknown target in a transition object',
      (b) => {
        b.lifecycle.statechart.states.draft.on.SUBMIT = [{ target: 'sent', guard: 'beforeDeadline' }];
      },
      ['lifecycleTargetUnknown@/lifecycle/statechart/states/draft/on/SUBMIT/0/target'],
    ],
    [
      'lower-case event name',
      (b) => {
        b.lifecycle.statechart.states.draft.on.submit = 'submitted';
      },
      ['propertyNames@/lifecycle/statechart/states/draft/on'],
    ],
    [
      'transition of the wrong shape',
      (b) => {
        b.lifecycle.statechart.states.draft.on.SUBMIT = { taget: 'x' };
      },
      ['anyOf@/lifecycle/statechart/states/draft/on/SUBMIT'],
    ],
    [
      'typo in a state key',
      (b) => {
        b.lifecycle.statechart.states.draft.onn = {};
      },
      ['additionalProperties@/lifecycle/statechart/states/draft/onn'],
    ],
  ];

  it.each(cases)('reports %s', (_name, mutate, expected) => {
    expect(issuesOf(mutate)).toEqual(expected);
  });

  it('names the missing and unknown category values', () => {
    const bundle = rawBundle();
    bundle.categories.push({ id: 'kram', title: { de: 'Krammarkt' } });
    bundle.form.schema.properties.business.properties.category.oneOf.push({
      const: 'zirkus',
      title: 'Zirkus',
    });
    const result = parseEventType(bundle);
    expect(result.ok ? null : result.issues[0]?.params).toEqual({
      pointer: '/business/category',
      missing: ['kram'],
      unknown: ['zirkus'],
    });
  });

  it('matches the category field against leaf categories of a tree (SEL-14)', () => {
    const bundle = rawBundle();
    // Split the children's rides into two sub-branches: the form must now offer the leaves, not the parent.
    bundle.categories[1].children = [
      { id: 'fahr_kind_rund', title: { de: 'Kinderrundfahrgeschäfte' } },
      { id: 'fahr_kind_sonst', title: { de: 'Sonstige Kinderfahrgeschäfte' } },
    ];
    const field = bundle.form.schema.properties.business.properties.category;
    expect(parseEventType(bundle).ok).toBe(false);
    field.oneOf = field.oneOf
      .filter((option: { const: string }) => option.const !== 'fahr_kind')
      .concat([
        { const: 'fahr_kind_rund', title: 'Kinderrundfahrgeschäfte' },
        { const: 'fahr_kind_sonst', title: 'Sonstige Kinderfahrgeschäfte' },
      ]);
    expect(parseEventType(bundle).ok).toBe(true);
  });

  it('accepts an enum as the category field', () => {
    const bundle = rawBundle();
    const field = bundle.form.schema.properties.business.properties.category;
    field.enum = field.oneOf.map((option: { const: string }) => option.const);
    delete field.oneOf;
    expect(parseEventType(bundle).ok).toBe(true);
  });

  it('resolves role pointers into conditional (if/then) fields', () => {
    const bundle = rawBundle();
    bundle.form.roles.companyName = '/company/representativeName';
    expect(parseEventType(bundle).ok).toBe(true);
    bundle.form.roles.companyName = '/ride/rideType';
    expect(parseEventType(bundle).ok).toBe(true);
    bundle.form.roles.companyName = '/company/firma';
    expect(
      issuesOf((b) => {
        b.form.roles.companyName = '/company/firma';
      }),
    ).toEqual(['rolePointerUnresolved@/form/roles/companyName']);
  });

  it('checks nested states of compound states', () => {
    const issues = issuesOf((b) => {
      b.lifecycle.statechart.states.in_review = {
        initial: 'checking',
        states: { checking: { on: { DONE: 'finished' } }, complete: { type: 'final' } },
      };
    });
    expect(issues).toEqual([
      'lifecycleTargetUnknown@/lifecycle/statechart/states/in_review/states/checking/on/DONE',
    ]);
  });
});
