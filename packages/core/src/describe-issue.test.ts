import { describe, expect, it } from 'vitest';
import { describeIssue } from './describe-issue.ts';
import { BUNDLE_KEYWORDS, BUNDLE_REFINEMENTS, CHECK_CODES } from './i18n/catalog.ts';
import type { Issue } from './issue.ts';
import { parseEventType } from './parse-event-type.ts';
import { rawBundle } from './test-fixtures.ts';

describe('describeIssue', () => {
  it('explains a wrong type with the expected type in words and names the place', () => {
    const issue = { path: '/version', code: 'type', params: { type: 'integer' } };
    expect(describeIssue(issue, 'de')).toEqual({
      message: 'Version: Hier wird eine ganze Zahl erwartet.',
      hint: 'Korrigieren Sie den Wert.',
    });
    expect(describeIssue(issue, 'en').message).toBe('Version: a whole number is expected here.');
  });

  it('explains the § 71 GewO fee check with a clear German sentence (must-show 2)', () => {
    const bundle = rawBundle();
    bundle.fees[6].kind = 'other';
    const result = parseEventType(bundle);
    if (result.ok) throw new Error('expected the bundle to be rejected');
    const described = describeIssue(result.issues[0] as Issue, 'de');
    expect(described.message).toBe(
      'Gebühren › Nr. 7 › Art: Die Gebühr „advertising“ hat die Art „other“. Bei einer festgesetzten Veranstaltung dürfen nach § 71 GewO nur Entgelte für Standplatz, Versorgung (Strom, Wasser), Abfallentsorgung und – bei Volksfesten und Jahrmärkten – ein Werbekostenanteil erhoben werden.',
    );
    expect(described.hint).toContain('space, supply_electricity');
    expect(describeIssue(result.issues[0] as Issue, 'en').message).toContain('§ 71 GewO only allows');
  });

  it('prefers the message for a keyword at a particular place (missing Rechtsbehelfsbelehrung, BES-2)', () => {
    const issue = {
      path: '/notices/rechtsbehelfsbelehrung',
      code: 'required',
      params: { missingProperty: 'rechtsbehelfsbelehrung' },
    };
    expect(describeIssue(issue, 'de').message).toBe(
      'Bescheide › Rechtsbehelfsbelehrung: Die Rechtsbehelfsbelehrung fehlt. Ohne sie dürfen keine Bescheide verschickt werden (BES-2).',
    );
  });

  it('shows a dash for an empty list', () => {
    const issue = {
      path: '/form/fields/category/pointer',
      code: 'categoryValuesMismatch',
      params: { missing: ['kram'], unknown: [] },
    };
    expect(describeIssue(issue, 'de').hint).toContain(
      'Nicht auswählbare Kategorien: kram. Auswahlwerte ohne Kategorie: –.',
    );
  });

  it('falls back to a generic message naming place and code', () => {
    expect(describeIssue({ path: '', code: 'contains', params: {} }, 'de').message).toBe(
      'Gesamte Angabe: Die Angabe ist nicht zulässig (contains).',
    );
    expect(describeIssue({ path: '/fees/0/x', code: 'contains', params: {} }, 'en').message).toBe(
      'Fees › no. 1 › “x”: The entry is not allowed (contains).',
    );
  });

  it('has a message for every code, keyword and refinement in both languages', () => {
    for (const code of [...CHECK_CODES, ...BUNDLE_KEYWORDS, ...BUNDLE_REFINEMENTS]) {
      const [keyword, last] = code.split('.');
      const issue = { path: last ? `/x/${last}` : '/x', code: keyword as string, params: {} };
      expect(describeIssue(issue, 'de').message, code).not.toContain('nicht zulässig (');
      expect(describeIssue(issue, 'en').message, code).not.toContain('not allowed (');
    }
  });
});
