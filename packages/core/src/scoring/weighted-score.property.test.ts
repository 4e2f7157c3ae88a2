// Property-style checks over many generated score sets (deterministic PRNG, so failures reproduce).
import { describe, expect, it } from 'vitest';
import { soestBundle } from '../conditions/test-bundle.ts';
import type { Selection } from '../generated/event-type.ts';
import type { Scores } from './score-issues.ts';
import { weightedScore } from './weighted-score.ts';

/** mulberry32: a tiny seeded PRNG, good enough to spread test cases. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const soest = soestBundle().selection;
const METHODS = ['half_up', 'half_even', 'down'] as const;

function randomScores(random: () => number, policy: Selection): Scores {
  const scale = policy.scale ?? { min: 0, max: 5, step: 1 };
  const steps = Math.round((scale.max - scale.min) / scale.step);
  const newcomer = random() < 0.5;
  const scores: Scores = {};
  for (const criterion of policy.criteria ?? []) {
    if (criterion.id === (newcomer ? 'bekannt_bewaehrt' : 'neubewerber')) continue;
    const evaluators = 1 + Math.floor(random() * 4);
    scores[criterion.id] = Array.from(
      { length: evaluators },
      () => scale.min + Math.floor(random() * (steps + 1)) * scale.step,
    );
  }
  return scores;
}

function total(policy: Selection, scores: Scores): { total: number; groups: number[] } {
  const result = weightedScore(policy, scores);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return { total: result.value.total, groups: result.value.groups.map((group) => group.total) };
}

describe.each(METHODS)('weightedScore properties (%s)', (method) => {
  const policy: Selection = { ...soest, rounding: { decimals: 2, method } };

  it('total equals the sum of the group totals, to the cent, for 500 score sets', () => {
    const random = prng(20260228);
    for (let run = 0; run < 500; run += 1) {
      const { total: sum, groups } = total(policy, randomScores(random, policy));
      const cents = (value: number) => Math.round(value * 100);
      expect(cents(sum)).toBe(groups.reduce((acc, group) => acc + cents(group), 0));
      expect(Number.isInteger(cents(sum))).toBe(true);
    }
  });

  it('raising one evaluator’s value never lowers the total, for 500 score sets', () => {
    const random = prng(11_04);
    const max = policy.scale?.max ?? 5;
    for (let run = 0; run < 500; run += 1) {
      const scores = randomScores(random, policy);
      const ids = Object.keys(scores);
      const id = ids[Math.floor(random() * ids.length)] as string;
      const values = [...(scores[id] as number[])];
      const index = Math.floor(random() * values.length);
      if ((values[index] as number) >= max) continue;
      values[index] = (values[index] as number) + 1;
      const before = total(policy, scores).total;
      const after = total(policy, { ...scores, [id]: values }).total;
      expect(after).toBeGreaterThanOrEqual(before);
    }
  });

  it('stays within the rounding error of the unrounded sum', () => {
    const random = prng(42);
    for (let run = 0; run < 200; run += 1) {
      const scores = randomScores(random, policy);
      const exact = (policy.criteria ?? []).reduce((acc, criterion) => {
        const values = (scores[criterion.id] as number[] | undefined) ?? [];
        if (values.length === 0) return acc;
        return acc + (criterion.factor * values.reduce((a, b) => a + b, 0)) / values.length;
      }, 0);
      // two groups, each off by less than one cent (down) or at most half a cent (half_up, half_even)
      expect(Math.abs(total(policy, scores).total - exact)).toBeLessThan(0.02 + 1e-9);
    }
  });
});
