// The weighted points of one application under a published selection policy (SEL-13), computed exactly.
import type { Selection } from '../generated/event-type.ts';
import type { Issue } from '../issue.ts';
import {
  divide,
  fromNumber,
  integer,
  multiply,
  type Rational,
  roundScaled,
  sum,
  toNumber,
} from './rational.ts';
import { type Scores, scoreIssues, valuesOf } from './score-issues.ts';

/** One scored criterion: the mean over evaluators and the weighted points (factor x mean), both unrounded. */
export interface CriterionScore {
  id: string;
  group: string;
  factor: number;
  score: number;
  weighted: number;
}

/** Total and group subtotals as published, rounded per the policy; criteria as computed. */
export interface ScoreValue {
  total: number;
  criteria: CriterionScore[];
  groups: { id: string; total: number }[];
}

export type ScoreResult = { ok: true; value: ScoreValue } | { ok: false; issues: Issue[] };

const DEFAULT_ROUNDING = { decimals: 2, method: 'half_up' } as const;

/**
 * Weighted score of `scores` under `policy`. Each criterion's score is the mean of its evaluators' values;
 * weighted = factor x mean. Rounding (policy.rounding, default 2 decimals half_up) happens only on the group
 * subtotals, never on scores, so it cannot change ranks by itself; the total is the sum of the rounded
 * subtotals, so a notice's subtotals always add up to its total. All arithmetic is exact (rational).
 * Criteria without any value are left out (a history criterion that does not apply, the unused half of an
 * exclusive pair); a manual criterion without a value is an issue (see scoreIssues).
 */
export function weightedScore(policy: Selection, scores: Scores): ScoreResult {
  const issues = scoreIssues(policy, scores);
  if (issues.length > 0) return { ok: false, issues };
  const { decimals, method } = policy.rounding ?? DEFAULT_ROUNDING;
  const scored = (policy.criteria ?? []).flatMap((criterion) => {
    const values = valuesOf(scores, criterion.id);
    if (values.length === 0) return [];
    const mean = divide(sum(values.map(fromNumber)), integer(values.length));
    return [{ criterion, mean, weighted: multiply(fromNumber(criterion.factor), mean) }];
  });
  const groupIds = [...(policy.groups ?? []).map((group) => group.id)];
  for (const { criterion } of scored) if (!groupIds.includes(criterion.group)) groupIds.push(criterion.group);
  const groupScaled = groupIds.map((id) => {
    const weights: Rational[] = scored.filter((s) => s.criterion.group === id).map((s) => s.weighted);
    return { id, scaled: roundScaled(sum(weights), decimals, method) };
  });
  const unit = 10 ** decimals;
  const totalScaled = groupScaled.reduce((total, group) => total + group.scaled, 0n);
  return {
    ok: true,
    value: {
      total: Number(totalScaled) / unit,
      criteria: scored.map(({ criterion, mean, weighted }) => ({
        id: criterion.id,
        group: criterion.group,
        factor: criterion.factor,
        score: toNumber(mean),
        weighted: toNumber(weighted),
      })),
      groups: groupScaled.map(({ id, scaled }) => ({ id, total: Number(scaled) / unit })),
    },
  };
}
