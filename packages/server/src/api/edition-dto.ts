import type { EditionRecord } from '@festplatz/case-engine';
import { applicationPeriodOf, type Lang, localize } from '@festplatz/core';
import { requiredTrustLevel } from '../auth/form-trust-level.ts';
import { isoWithOffset } from '../util/dates.ts';
import { demoNotice } from './demo-notice.ts';
import { formPagesDto } from './form-pages-dto.ts';
import { privacyDto } from './privacy-dto.ts';

/** Application period as the API shows it: ISO instants with the offset of the edition's time zone. */
export interface PeriodDto {
  opens: string;
  closes: string;
  timeZone: string;
}

/** One entry of `GET /api/v1/editions`. */
export interface EditionDto {
  id: string;
  title: string;
  eventTypeId: string;
  tenantId: string;
  applicationPeriod: PeriodDto;
  eventDays: unknown;
  demoNotice: string | null;
}

/** The edition's application period as instants in its own time zone (DATE-1). */
export function periodDto(record: EditionRecord): PeriodDto {
  const { opens, closes } = applicationPeriodOf(record.edition);
  const timeZone = record.edition.timeZone;
  return { opens: isoWithOffset(opens, timeZone), closes: isoWithOffset(closes, timeZone), timeZone };
}

/** Maps an edition record to its public JSON shape in `lang`. */
export function editionDto(record: EditionRecord, lang: Lang): EditionDto {
  const { edition } = record;
  return {
    id: edition.id,
    title: localize(edition.title, lang),
    eventTypeId: edition.eventTypeId,
    tenantId: record.tenantId,
    applicationPeriod: periodDto(record),
    eventDays: edition.eventDays,
    demoNotice: demoNotice(record, lang),
  };
}

/**
 * `GET /api/v1/editions/:id/form`: what the form element needs to render and explain the deadline, including the URL
 * of the validators precompiled from the schema (`validatorHash` versions it).
 */
export function editionFormDto(record: EditionRecord, lang: Lang, validatorHash: string) {
  const { form } = record.eventType;
  return {
    schema: form.schema,
    uiSchema: form.uiSchema ?? {},
    pages: formPagesDto(form.pages, lang),
    validatorUrl: `/api/v1/editions/${encodeURIComponent(record.edition.id)}/form-validator.js?v=${validatorHash}`,
    title: localize(record.edition.title, lang),
    applicationPeriod: periodDto(record),
    demoNotice: demoNotice(record, lang),
    privacy: privacyDto(record.eventType, lang),
    // AUTH-2: the trust level submitting needs, so the form can say so before the first page.
    minimumTrustLevel: requiredTrustLevel(record.eventType),
  };
}
