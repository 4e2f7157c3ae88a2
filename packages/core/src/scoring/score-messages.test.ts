import { describe, expect, it } from 'vitest';
import type { Selection } from '../generated/event-type.ts';
import { scoreIssues } from './score-issues.ts';
import { describeScoreIssue } from './score-messages.ts';

const policy: Selection = {
  mode: 'points',
  justificationRequired: true,
  reserveList: false,
  scale: { min: 0, max: 5, step: 1 },
  criteria: [
    { id: 'optik', group: 'g', title: { de: 'Optik' }, factor: 10, kind: 'manual' },
    { id: 'bekannt', group: 'g', title: { de: 'Bekannt und bewährt' }, factor: 18, kind: 'manual' },
    { id: 'neu', group: 'g', title: { de: 'Neubewerber' }, factor: 18, kind: 'manual' },
  ],
  exclusivePairs: [['bekannt', 'neu']],
};

describe('describeScoreIssue', () => {
  it('explains every issue scoreIssues can report, in German and English', () => {
    const issues = [
      ...scoreIssues(policy, { optik: 7, bekannt: 3, neu: 2, fremd: 1 }),
      ...scoreIssues(policy, { optik: 'viel' as unknown as number }),
      ...scoreIssues(policy, { optik: 2.5, bekannt: 1 }),
      ...scoreIssues({ ...policy, scale: undefined }, { optik: 1, bekannt: 1 }),
    ];
    const codes = new Set(issues.map((issue) => issue.code));
    expect([...codes].sort()).toEqual([
      'scoreCriterionUnknown',
      'scoreExclusivePairBoth',
      'scoreExclusivePairMissing',
      'scoreNotANumber',
      'scoreOffStep',
      'scoreOutOfScale',
      'scoreScaleMissing',
    ]);
    for (const issue of issues) {
      for (const lang of ['de', 'en'] as const) {
        const text = describeScoreIssue(issue, lang);
        expect(text).not.toMatch(/\{[a-z]+\}/i);
        expect(text.length).toBeGreaterThan(10);
      }
    }
    const outOfScale = issues.find((issue) => issue.code === 'scoreOutOfScale');
    expect(outOfScale && describeScoreIssue(outOfScale, 'de')).toBe(
      'Für „optik“ sind nur 0 bis 5 Punkte möglich, nicht 7.',
    );
  });

  it('names the missing manual score', () => {
    const [missing] = scoreIssues(policy, { bekannt: 2 });
    expect(missing && describeScoreIssue(missing, 'en')).toBe('The score for "optik" is missing.');
  });
});
