import { describe, expect, it } from 'vitest';
import { soestEdition } from '../conditions/test-bundle.ts';
import { dueDate } from './due-date.ts';

const edition = soestEdition();

describe('dueDate (DOC-8)', () => {
  it('with_application is the Ausschlussfrist, inclusive to the end of its second (DATE-1)', () => {
    const due = dueDate({ due: 'with_application' }, edition);
    expect(due?.local).toBe('2026-02-28T23:59:59');
    expect(due?.at.toISOString()).toBe('2026-02-28T22:59:59.000Z');
    expect(due?.lateFrom.toISOString()).toBe('2026-02-28T23:00:00.000Z');
  });

  it('by_date is the document deadline, in summer time when it falls in summer', () => {
    expect(dueDate({ due: 'by_date' }, edition)?.at.toISOString()).toBe('2026-03-31T21:59:59.000Z'); // CEST
    const summer = { ...edition, phases: { documentDeadline: '2026-09-30T23:59:59' } };
    expect(dueDate({ due: 'by_date' }, summer)?.lateFrom.toISOString()).toBe('2026-09-30T22:00:00.000Z');
  });

  it('before_setup ends when set-up begins', () => {
    const due = dueDate({ due: 'before_setup' }, edition);
    expect(due?.local).toBe('2026-10-31T00:00:00');
    expect(due?.at.toISOString()).toBe('2026-10-30T23:00:00.000Z'); // CET again after 25 October
    expect(due?.lateFrom).toEqual(due?.at);
  });

  it('is null for by_date when the edition has no document deadline', () => {
    const { phases: _phases, ...withoutPhases } = edition;
    expect(dueDate({ due: 'by_date' }, withoutPhases)).toBeNull();
  });
});
