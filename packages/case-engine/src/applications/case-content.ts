import { applicationSummary, type EventType } from '@festplatz/core';
import { contentHash } from '../hash.ts';
import type { CaseContent } from '../repository/types.ts';

/**
 * The data as stored (a JSON copy, so the caller gets what a later read gives, not its own object back), the
 * list projection read through the bundle's form fields, and the hash of the data. On a draft's partial data
 * the projection is simply emptier: a missing name gives applicantName '' and the others null.
 */
export function caseContent(eventType: EventType, data: unknown): CaseContent {
  const summary = applicationSummary(eventType, data);
  return {
    data: JSON.parse(JSON.stringify(data)),
    applicantName: summary.applicantName,
    companyName: summary.companyName,
    categoryId: summary.categoryId,
    // The receipt (Eingangsbestätigung, DATE-1) quotes this hash of exactly what was received.
    dataHash: contentHash(data),
  };
}
