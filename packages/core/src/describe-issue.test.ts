import { describe, expect, it } from 'vitest';
import { describeIssue } from './describe-issue.ts';
import { CHECK_CODES } from './i18n/catalog.ts';
import type { Issue } from './issue.ts';
import { parseEventType } from './parse-event-type.ts';
import { rawBundle } from './test-fixtures.ts';

describe('describeIssue', () => {
  it('explains a wrong type with the expected type in words', () => {
    const issue = { path: '/version', code: 'type', params: { type: 'integer' } };
    expect(describeIssue(issue, 'de')).toEqual({
      message: 'An der Stelle /version wird eine ganze Zahl erwartet.',
      hint: 'Korrigieren Sie den Wert.',
    });
    expect(describeIssue(issue, 'en').message).toBe('At /version, a whole number is expected.');
  });

  it('explains a cross-check issue found by parseEventType, with a hint', () => {
    const bundle = rawBundle();
    bundle.lifecycle.statechart.states.submitted.on.START_REVIEW = 'review';
    const result = parseEventType(bundle);
    if (result.ok) throw new Error('expected the bundle to be rejected');
    expect(describeIssue(result.issues[0] as Issue, 'de')).toEqual({
      message: 'Der Übergang „START_REVIEW“ im Zustand „submitted“ führt zum unbekannten Zustand „review“.',
      hint: 'Vorhandene Zustände: draft, submitted, in_review.',
    });
    expect(describeIssue(result.issues[0] as Issue, 'en').message).toBe(
      'The transition “START_REVIEW” in state “submitted” leads to the unknown state “review”.',
    );
  });

  it('shows a dash for an empty list', () => {
    const issue = {
      path: '/form/roles/category',
      code: 'categoryValuesMismatch',
      params: { pointer: '/business/category', missing: ['kram'], unknown: [] },
    };
    expect(describeIssue(issue, 'de').hint).toBe(
      'Nicht auswählbare Kategorien: kram. Auswahlwerte ohne Kategorie: –.',
    );
  });

  it('falls back to a generic message naming place and code', () => {
    expect(describeIssue({ path: '', code: 'maxItems', params: { limit: 3 } }, 'de').message).toBe(
      'Die Angabe an der Stelle / ist nicht zulässig (maxItems).',
    );
  });

  it('has a message for every cross-check code in both languages', () => {
    for (const code of CHECK_CODES) {
      const issue = { path: '/x', code, params: {} };
      expect(describeIssue(issue, 'de').message).not.toContain('nicht zulässig (');
      expect(describeIssue(issue, 'en').message).not.toContain('not allowed (');
    }
  });
});
