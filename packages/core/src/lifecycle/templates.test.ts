import { describe, expect, it } from 'vitest';
import { statechartIssues } from '../statechart-checks.ts';
import { soestBundle } from '../test-fixtures.ts';
import { findLifecycleTemplate, LIFECYCLE_TEMPLATES, lifecycleStatechart } from './templates.ts';
import { LIFECYCLE_VOCABULARY } from './vocabulary.ts';

describe('lifecycle templates', () => {
  it.each(LIFECYCLE_TEMPLATES.map((t) => [`${t.id}@${t.version}`, t] as const))(
    '%s is consistent',
    (_, template) => {
      expect(statechartIssues(template.statechart, '/statechart')).toEqual([]);
      // Every guard and action a shipped chart names must be one the case engine implements.
      const names =
        JSON.stringify(template.statechart).match(/"(guard|actions)":\s*("[^"]*"|\[[^\]]*\])/g) ?? [];
      for (const entry of names) {
        for (const name of entry.match(/"([a-zA-Z]+)"/g)?.slice(1) ?? []) {
          const known: readonly string[] = entry.startsWith('"guard"')
            ? LIFECYCLE_VOCABULARY.guards
            : LIFECYCLE_VOCABULARY.actions;
          expect(known).toContain(name.replaceAll('"', ''));
        }
      }
    },
  );

  it('gives the statechart of a checked v1 bundle: draft -> submitted -> in_review', () => {
    const chart = lifecycleStatechart(soestBundle());
    expect(chart.initial).toBe('draft');
    expect(Object.keys(chart.states)).toEqual(['draft', 'submitted', 'in_review']);
  });

  it('finds templates by name and version only', () => {
    expect(findLifecycleTemplate('event-application', 1)?.id).toBe('event-application');
    expect(findLifecycleTemplate('event-application', 2)?.version).toBe(2);
    expect(findLifecycleTemplate('event-application', 3)).toBeNull();
  });

  it('keeps version 1 as published bundles pinned it (three states, no options)', () => {
    const v1 = findLifecycleTemplate('event-application', 1);
    expect(v1?.options).toBeUndefined();
    expect(v1?.statechart.states.draft?.on).toEqual({ SUBMIT: 'submitted' });
  });

  it('gives the same chart object for the same template and options (so machines are cached)', () => {
    const a = soestBundle();
    a.lifecycle.version = 2;
    const b = structuredClone(a);
    expect(lifecycleStatechart(a)).toBe(lifecycleStatechart(b));
    b.lifecycle.options = { payment: true };
    expect(lifecycleStatechart(a)).not.toBe(lifecycleStatechart(b));
  });

  it('refuses a bundle whose template does not exist (misuse: parse it first)', () => {
    const bundle = soestBundle();
    bundle.lifecycle.template = 'nope';
    expect(() => lifecycleStatechart(bundle)).toThrow(/parseEventType/);
  });

  it('detects an inconsistent chart (the check can fail)', () => {
    const chart = structuredClone(lifecycleStatechart(soestBundle()));
    chart.initial = 'start';
    expect(statechartIssues(chart, '').map((issue) => issue.code)).toEqual(['lifecycleInitialUnknown']);
  });
});
