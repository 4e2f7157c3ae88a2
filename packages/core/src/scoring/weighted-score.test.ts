import { describe, expect, it } from 'vitest';
import { soestBundle } from '../conditions/test-bundle.ts';
import type { Selection } from '../generated/event-type.ts';
import type { Scores } from './score-issues.ts';
import { type ScoreResult, weightedScore } from './weighted-score.ts';

const soest: Selection = soestBundle().selection; // rules-de.md § 4: 24/12/12/6/6 + 18/12/10, scale 0–5

const allFives: Scores = {
  anziehungskraft: 5,
  optik_altstadt: 5,
  technik_zustand: 5,
  umwelt: 5,
  preis_familie: 5,
  bekannt_bewaehrt: 5,
  vertragserfuellung: 5,
  platzbedarf: 5,
};

function value(result: ScoreResult) {
  if (!result.ok) throw new Error(`expected a score, got ${JSON.stringify(result.issues)}`);
  return result.value;
}

describe('weightedScore: Soest policy (SEL-13)', () => {
  it('gives 300 + 200 = 500 points for top marks', () => {
    const { total, groups } = value(weightedScore(soest, allFives));
    expect(groups).toEqual([
      { id: 'attraktivitaet', total: 300 },
      { id: 'eignung', total: 200 },
    ]);
    expect(total).toBe(500);
  });

  it('averages evaluators and rounds only the group totals (half_up, 2 decimals)', () => {
    const result = value(
      weightedScore(soest, {
        ...allFives,
        anziehungskraft: [4, 5, 5], // mean 14/3 -> 24 x 14/3 = 112
        umwelt: [3, 4], // 3.5 -> 21
        platzbedarf: [3, 4, 4], // 11/3 -> 36.666…
      }),
    );
    const criterion = (id: string) => result.criteria.find((c) => c.id === id);
    expect(criterion('anziehungskraft')).toEqual({
      id: 'anziehungskraft',
      group: 'attraktivitaet',
      factor: 24,
      score: 14 / 3,
      weighted: 112,
    });
    expect(criterion('platzbedarf')?.weighted).toBeCloseTo(110 / 3, 12);
    // attraktivitaet 112 + 60 + 60 + 21 + 30 = 283; eignung 90 + 60 + 36.666… = 186.67
    expect(result.groups).toEqual([
      { id: 'attraktivitaet', total: 283 },
      { id: 'eignung', total: 186.67 },
    ]);
    expect(result.total).toBe(469.67);
  });

  it('lists only the scored criteria, in policy order', () => {
    const { criteria } = value(weightedScore(soest, { ...allFives, bekannt_bewaehrt: [], neubewerber: 4 }));
    expect(criteria.map((c) => c.id)).toEqual([
      'anziehungskraft',
      'optik_altstadt',
      'technik_zustand',
      'umwelt',
      'preis_familie',
      'neubewerber',
      'vertragserfuellung',
      'platzbedarf',
    ]);
  });
});

describe('weightedScore: exclusive pair "bekannt und bewährt" / "Neubewerber" (SEL-6, Landshut)', () => {
  const { bekannt_bewaehrt: _, ...withoutPair } = allFives;

  it('scores a newcomer on the same factor as a returning applicant', () => {
    const returning = value(weightedScore(soest, { ...withoutPair, bekannt_bewaehrt: 4 }));
    const newcomer = value(weightedScore(soest, { ...withoutPair, neubewerber: 4 }));
    expect(newcomer.total).toBe(returning.total);
  });

  it('rejects scores on both criteria of the pair', () => {
    expect(weightedScore(soest, { ...allFives, neubewerber: 3 })).toEqual({
      ok: false,
      issues: [
        {
          path: '',
          code: 'scoreExclusivePairBoth',
          params: { criteria: ['bekannt_bewaehrt', 'neubewerber'] },
        },
      ],
    });
  });

  it('accepts neither when the pair is computed from history (an applicant with no record)', () => {
    expect(value(weightedScore(soest, withoutPair)).groups[1]).toEqual({ id: 'eignung', total: 110 });
  });

  it('requires one of a manual pair', () => {
    const manualPair: Selection = {
      ...soest,
      criteria: (soest.criteria ?? []).map((c) => ({ ...c, kind: 'manual' as const })),
    };
    const result = weightedScore(manualPair, withoutPair);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((issue) => issue.code)).toEqual(['scoreExclusivePairMissing']);
  });
});

describe('weightedScore: issues', () => {
  const codes = (scores: Scores, policy: Selection = soest) => {
    const result = weightedScore(policy, scores);
    return result.ok ? [] : result.issues.map(({ path, code }) => `${code} ${path}`);
  };

  it('reports an unknown criterion', () => {
    expect(codes({ ...allFives, ortsansaessigkeit: 3 })).toEqual([
      'scoreCriterionUnknown /ortsansaessigkeit',
    ]);
  });

  it('reports values outside the scale, off its step or not numbers, per evaluator', () => {
    expect(codes({ ...allFives, umwelt: 6, optik_altstadt: [4, -1], technik_zustand: [2.5] })).toEqual([
      'scoreOutOfScale /optik_altstadt/1',
      'scoreOffStep /technik_zustand/0',
      'scoreOutOfScale /umwelt',
    ]);
    expect(codes({ ...allFives, umwelt: Number.NaN })).toEqual(['scoreNotANumber /umwelt']);
  });

  it('reports a manual criterion without a value, also as an empty list', () => {
    const { platzbedarf: _, ...missing } = allFives;
    expect(codes(missing)).toEqual(['scoreMissing /platzbedarf']);
    expect(codes({ ...allFives, umwelt: [] })).toEqual(['scoreMissing /umwelt']);
  });

  it('reports scores under a policy without a scale', () => {
    const { scale: _, ...lottery } = soest;
    expect(codes(allFives, lottery)).toContain('scoreScaleMissing ');
  });

  it('escapes criterion ids in paths', () => {
    expect(codes({ ...allFives, 'a/b': 1 })).toEqual(['scoreCriterionUnknown /a~1b']);
  });

  it('gives 0 for a policy without criteria and no scores (lottery)', () => {
    const lottery: Selection = { mode: 'lottery', justificationRequired: false, reserveList: false };
    expect(weightedScore(lottery, {})).toEqual({ ok: true, value: { total: 0, criteria: [], groups: [] } });
  });
});

describe('weightedScore: rounding methods', () => {
  const single = (method: 'half_up' | 'half_even' | 'down', step = 1): Selection => ({
    mode: 'points',
    justificationRequired: true,
    reserveList: false,
    scale: { min: 0, max: 5, step },
    groups: [{ id: 'g', title: { de: 'G' } }],
    criteria: [{ id: 'c', group: 'g', title: { de: 'C' }, factor: 1, kind: 'manual' }],
    rounding: { decimals: 2, method },
  });
  const total = (method: 'half_up' | 'half_even' | 'down', scores: number[], step = 1) =>
    value(weightedScore(single(method, step), { c: scores })).total;
  const eighth = [0, 0, 0, 0, 0, 0, 0, 1]; // mean 0.125
  const threeEighths = [0, 0, 0, 0, 0, 0, 0, 3]; // mean 0.375

  it.each([
    ['half_up', 0.13, 0.38],
    ['half_even', 0.12, 0.38],
    ['down', 0.12, 0.37],
  ] as const)('%s rounds 0.125 to %d and 0.375 to %d', (method, a, b) => {
    expect(total(method, eighth)).toBe(a);
    expect(total(method, threeEighths)).toBe(b);
  });

  it('rounds 2.675 half up to 2.68 (a float 2.675 x 100 would round down)', () => {
    expect(total('half_up', [2.675], 0.005)).toBe(2.68);
    expect(total('half_even', [2.665], 0.005)).toBe(2.66);
  });

  it('uses the configured decimals', () => {
    const whole: Selection = { ...single('half_up'), rounding: { decimals: 0, method: 'half_up' } };
    expect(value(weightedScore(whole, { c: [2, 3] })).total).toBe(3);
  });
});

describe('weightedScore: Munich-style scale 0–11, factors 2 and 4 (rules-de.md § 1.3)', () => {
  const names = ['vertragserfuellung', 'volksfesterfahrung', 'sachkenntnis', 'anziehungskraft', 'tradition'];
  const munich: Selection = {
    mode: 'points',
    justificationRequired: true,
    reserveList: true,
    scale: { min: 0, max: 11, step: 1 },
    groups: [
      { id: 'person', title: { de: 'Person' } },
      { id: 'betrieb', title: { de: 'Betrieb' } },
    ],
    criteria: names.map((id, index) => ({
      id,
      title: { de: id },
      group: index < 3 ? 'person' : 'betrieb',
      factor: index < 3 ? 2 : 4,
      kind: 'manual' as const,
    })),
    rounding: { decimals: 2, method: 'half_up' },
  };

  it('accepts 11 points and weights person x2, business x4', () => {
    const scores = Object.fromEntries(names.map((id) => [id, 11]));
    expect(value(weightedScore(munich, scores))).toMatchObject({
      total: 3 * 22 + 2 * 44,
      groups: [
        { id: 'person', total: 66 },
        { id: 'betrieb', total: 88 },
      ],
    });
  });

  it('counts a newcomer’s 0 for Vertragserfüllung (the 2015 "zero trap" is a policy choice)', () => {
    const scores = { ...Object.fromEntries(names.map((id) => [id, 11])), vertragserfuellung: 0 };
    expect(value(weightedScore(munich, scores)).total).toBe(154 - 22);
  });

  it('rejects 12 points', () => {
    const scores = { ...Object.fromEntries(names.map((id) => [id, 11])), tradition: 12 };
    const result = weightedScore(munich, scores);
    expect(!result.ok && result.issues).toEqual([
      {
        path: '/tradition',
        code: 'scoreOutOfScale',
        params: { criterion: 'tradition', value: 12, min: 0, max: 11 },
      },
    ]);
  });
});
