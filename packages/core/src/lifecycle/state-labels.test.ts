import { describe, expect, it } from 'vitest';
import { LIFECYCLE_STATE_LABELS } from './state-labels.ts';
import { LIFECYCLE_TEMPLATES } from './templates.ts';

describe('LIFECYCLE_STATE_LABELS', () => {
  const states = new Set(LIFECYCLE_TEMPLATES.flatMap((template) => Object.keys(template.statechart.states)));

  it.each(['de', 'en'] as const)('names every state of every shipped template in %s', (lang) => {
    const missing = [...states].filter((state) => !LIFECYCLE_STATE_LABELS[lang][state]);
    expect(missing).toEqual([]);
  });
});
