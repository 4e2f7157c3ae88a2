import { describe, expect, it } from 'vitest';
import { eventTypeLabel } from './event-label.ts';
import { stateBadgeVariant, stateLabel } from './state.ts';

describe('stateLabel', () => {
  it('labels the skeleton states in German', () => {
    expect(['draft', 'submitted', 'in_review'].map((s) => stateLabel(s, 'de'))).toEqual([
      'Entwurf',
      'Eingereicht',
      'In Prüfung',
    ]);
  });
  it('labels them in English', () => {
    expect(stateLabel('in_review', 'en')).toBe('In review');
  });
  it('labels the states of the full lifecycle (event-application@2) in both languages', () => {
    expect(stateLabel('waitlisted', 'de')).toBe('Auf der Nachrückliste');
    expect(stateLabel('payment_pending', 'en')).toBe('Payment outstanding');
    expect(stateLabel('revoked', 'de')).toBe('Zulassung widerrufen');
  });
  it('shows an unknown state as its code instead of hiding it', () => {
    expect(stateLabel('on_hold', 'de')).toBe('on_hold');
    expect(stateLabel('toString', 'de')).toBe('toString');
  });
});

describe('stateBadgeVariant', () => {
  it('maps states to KERN badge variants', () => {
    expect(stateBadgeVariant('submitted')).toBe('info');
    expect(stateBadgeVariant('in_review')).toBe('success');
    expect(stateBadgeVariant('draft')).toBe('warning');
    expect(stateBadgeVariant('whatever')).toBe('info');
  });
});

describe('eventTypeLabel', () => {
  it('labels event names and statechart events alike', () => {
    expect(eventTypeLabel('submitted', 'de')).toBe('Eingereicht');
    expect(eventTypeLabel('SUBMIT', 'de')).toBe('Eingereicht');
    expect(eventTypeLabel('START_REVIEW', 'en')).toBe('Review started');
    expect(eventTypeLabel('review_started', 'de')).toBe('Prüfung begonnen');
    expect(eventTypeLabel('NOTICE_SENT', 'de')).toBe('NOTICE_SENT');
  });
  it('labels the lifecycle events by statechart name, lower-cased name or past-tense log type', () => {
    expect(eventTypeLabel('REQUEST_DOCUMENTS', 'de')).toBe('Unterlagen nachgefordert');
    expect(eventTypeLabel('request_documents', 'de')).toBe('Unterlagen nachgefordert');
    expect(eventTypeLabel('score_recorded', 'en')).toBe('Score recorded');
    expect(eventTypeLabel('move_up', 'en')).toBe('Moved up');
  });
});
