import { describe, expect, it } from 'vitest';
import { describeIssue } from '../src/describe-issue.ts';
import { parseEventType } from '../src/parse-event-type.ts';
import { readBase, readInvalidFixtures } from './support/fixtures.ts';
import { applyPatch } from './support/json-patch.ts';

const fixtures = readInvalidFixtures();
const key = (issue: { path: string; code: string }) => `${issue.code}@${issue.path}`;

// Must-show 1: every invalid bundle produces exactly the (path, code) pairs its fixture lists.
describe('golden invalid bundles', () => {
  it('has at least 30 fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(30);
  });

  it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('%s', (_, fixture) => {
    const result = parseEventType(applyPatch(readBase(fixture.base), fixture.patch));
    const actual = result.ok ? [] : result.issues.map(key);
    expect(actual.sort()).toEqual(fixture.expected.map(key).sort());
  });

  it('explains every issue of every fixture in German and English without the generic fallback', () => {
    for (const fixture of fixtures) {
      const result = parseEventType(applyPatch(readBase(fixture.base), fixture.patch));
      for (const issue of result.ok ? [] : result.issues) {
        for (const lang of ['de', 'en'] as const) {
          const { message, hint } = describeIssue(issue, lang);
          expect(message, `${fixture.name} ${key(issue)} ${lang}`).not.toMatch(
            /\((?:[a-zA-Z]+)\)\.$|(?<!\{)\{[a-zA-Z]+\}(?!\})/,
          );
          if (hint !== undefined) expect(hint).not.toMatch(/(?<!\{)\{[a-zA-Z]+\}(?!\})/);
        }
      }
    }
  });
});
