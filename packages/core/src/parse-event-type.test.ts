import { describe, expect, it } from 'vitest';
import { parseEventType } from './parse-event-type.ts';
import { rawBundle, rawV1Bundle } from './test-fixtures.ts';

// The exact issues of broken bundles are pinned by the golden fixtures (test/fixtures/invalid); these
// tests cover the behaviour around them.
const codes = (result: ReturnType<typeof parseEventType>) =>
  result.ok ? [] : result.issues.map((issue) => `${issue.code}@${issue.path}`);

describe('parseEventType', () => {
  it('accepts the v2 Soest Allerheiligenkirmes bundle', () => {
    const result = parseEventType(rawBundle());
    expect(codes(result)).toEqual([]);
    expect(result.ok && result.value.fees.map((fee) => fee.kind)).toContain('advertising_share');
  });

  it('rejects input that is not an object', () => {
    expect(parseEventType('nope')).toEqual({
      ok: false,
      issues: [{ path: '', code: 'type', params: { type: 'object' } }],
    });
  });

  it('migrates a v1 bundle first and then reports the sections v1 never had', () => {
    expect(codes(parseEventType(rawV1Bundle()))).toEqual([
      'required@/selection',
      'required@/notices',
      'required@/privacy',
    ]);
  });

  it('returns the migrated bundle once the missing sections are added', () => {
    const v2 = rawBundle();
    const v1 = rawV1Bundle();
    // v1 named no frontage field, so the formula criterion reading it cannot come along.
    v2.selection.criteria.pop();
    Object.assign(v1, { selection: v2.selection, notices: v2.notices, privacy: v2.privacy });
    v1.notices.fee = undefined;
    delete v1.notices.fee;
    const result = parseEventType(v1);
    expect(codes(result)).toEqual([]);
    expect(result.ok && result.value.lifecycle).toEqual({
      template: 'event-application',
      version: 1,
      options: {},
      guards: [],
      actions: [],
    });
  });

  it('runs the cross-section checks on intact sections when others break the meta-schema', () => {
    const bundle = rawBundle();
    bundle.privacy.retention.uploads = 'two years';
    bundle.selection.criteria[0].group = 'optik';
    bundle.fees[6].kind = 'other';
    expect(codes(parseEventType(bundle))).toEqual([
      'type@/privacy/retention/uploads',
      'criterionGroupUnknown@/selection/criteria/0/group',
      'feeKindNotAllowed@/fees/6/kind',
    ]);
  });

  it('checks field references against the annotations even when the form schema does not compile', () => {
    const bundle = rawBundle();
    bundle.form.schema.properties.stand.minimumm = 1;
    bundle.fees[2].quantity.fields = ['water'];
    expect(codes(parseEventType(bundle))).toEqual([
      'formSchemaInvalid@/form/schema',
      'fieldNotNumeric@/fees/2/quantity/fields/0',
    ]);
  });

  it('resolves field annotations into conditional (allOf/then) form sections', () => {
    const bundle = rawBundle();
    bundle.form.fields.rideType.pointer = '/ride/rideTyp';
    expect(codes(parseEventType(bundle))).toEqual(['fieldPointerUnresolved@/form/fields/rideType/pointer']);
  });

  it('accepts an integer form field annotated as number, and an enum as category choices', () => {
    const bundle = rawBundle();
    bundle.form.fields.caravans.type = 'number';
    const category = bundle.form.schema.properties.business.properties.category;
    category.enum = category.oneOf.map((option: { const: string }) => option.const);
    delete category.oneOf;
    expect(codes(parseEventType(bundle))).toEqual([]);
  });

  it('checks guard and action names against the vocabulary it is given', () => {
    const bundle = rawBundle();
    bundle.lifecycle.guards = ['beforeDeadline', 'hasTicket'];
    expect(codes(parseEventType(bundle))).toEqual(['lifecycleGuardUnknown@/lifecycle/guards/1']);
    const vocabulary = { guards: ['beforeDeadline', 'hasTicket'], actions: ['issueNotice'] };
    expect(codes(parseEventType(bundle, { lifecycleVocabulary: vocabulary }))).toEqual([]);
  });

  it('lets a first-come Trödelmarkt go without scale, criteria and newcomer rule', () => {
    const bundle = rawBundle();
    bundle.event = { legalType: 'spezialmarkt_68', festgesetzt: true };
    bundle.fees = bundle.fees.filter((fee: { kind: string }) => fee.kind !== 'advertising_share');
    bundle.selection = { mode: 'first_come', justificationRequired: false, reserveList: true };
    expect(codes(parseEventType(bundle))).toEqual([]);
  });

  it('does not change its input', () => {
    const input = rawV1Bundle();
    const before = JSON.stringify(input);
    parseEventType(input);
    expect(JSON.stringify(input)).toBe(before);
  });
});
