// Checks evaluators' scores against a published selection policy (SEL-3, SEL-6, SEL-13) before any sum.
import type { Selection } from '../generated/event-type.ts';
import type { Issue } from '../issue.ts';
import { escapeToken } from '../json-pointer.ts';
import { divide, fromNumber, isInteger, subtract } from './rational.ts';

/** Scores per criterion id: one value, or one value per evaluator. */
export type Scores = Record<string, number | number[]>;

/** The values given for a criterion, as a list (empty when none). */
export function valuesOf(scores: Scores, id: string): number[] {
  if (!Object.hasOwn(scores, id)) return [];
  const value = scores[id];
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

function valueIssues(policy: Selection, id: string, values: number[], many: boolean): Issue[] {
  const { scale } = policy;
  if (!scale) return [];
  return values.flatMap((value, index): Issue[] => {
    const path = many ? `/${escapeToken(id)}/${index}` : `/${escapeToken(id)}`;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return [{ path, code: 'scoreNotANumber', params: { criterion: id, value } }];
    }
    if (value < scale.min || value > scale.max) {
      return [
        {
          path,
          code: 'scoreOutOfScale',
          params: { criterion: id, value, min: scale.min, max: scale.max },
        },
      ];
    }
    const steps = divide(subtract(fromNumber(value), fromNumber(scale.min)), fromNumber(scale.step));
    if (!isInteger(steps)) {
      return [
        { path, code: 'scoreOffStep', params: { criterion: id, value, min: scale.min, step: scale.step } },
      ];
    }
    return [];
  });
}

/**
 * Every problem with `scores` under `policy`: an unknown criterion, a value that is not a number, outside the
 * scale or off its step, both criteria of an exclusive pair scored, no value for a manual criterion (for a
 * pair: for neither of the two), or scores without a scale. `[]` when the scores can be summed.
 */
export function scoreIssues(policy: Selection, scores: Scores): Issue[] {
  const criteria = policy.criteria ?? [];
  const known = new Set(criteria.map((criterion) => criterion.id));
  const scored = (id: string) => valuesOf(scores, id).length > 0;
  const issues: Issue[] = [];
  const given = Object.keys(scores).filter((id) => valuesOf(scores, id).length > 0);
  if (!policy.scale && given.length > 0) issues.push({ path: '', code: 'scoreScaleMissing', params: {} });
  for (const id of Object.keys(scores)) {
    if (!known.has(id)) {
      issues.push({
        path: `/${escapeToken(id)}`,
        code: 'scoreCriterionUnknown',
        params: { criterion: id },
      });
    } else {
      issues.push(...valueIssues(policy, id, valuesOf(scores, id), Array.isArray(scores[id])));
    }
  }
  const pairs = policy.exclusivePairs ?? [];
  const paired = new Set(pairs.flat());
  for (const [a, b] of pairs) {
    if (scored(a) && scored(b)) {
      issues.push({ path: '', code: 'scoreExclusivePairBoth', params: { criteria: [a, b] } });
    }
    const manual = criteria.some(
      (criterion) => (criterion.id === a || criterion.id === b) && criterion.kind === 'manual',
    );
    if (manual && !scored(a) && !scored(b)) {
      issues.push({ path: '', code: 'scoreExclusivePairMissing', params: { criteria: [a, b] } });
    }
  }
  for (const criterion of criteria) {
    if (criterion.kind === 'manual' && !paired.has(criterion.id) && !scored(criterion.id)) {
      issues.push({
        path: `/${escapeToken(criterion.id)}`,
        code: 'scoreMissing',
        params: { criterion: criterion.id },
      });
    }
  }
  return issues;
}
