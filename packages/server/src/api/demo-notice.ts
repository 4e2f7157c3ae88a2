import type { EditionRecord } from '@festplatz/case-engine';
import type { Lang } from '@festplatz/core';
import { messages } from '../i18n/index.ts';
import { formatWallTime } from '../util/dates.ts';

/** The demo sentence for an edition whose period was shifted by `festplatz demo`; null for real editions. */
export function demoNotice(record: EditionRecord, lang: Lang): string | null {
  if (!record.demoOriginalPeriod) return null;
  return messages(lang).demoNotice(formatWallTime(record.demoOriginalPeriod.closes, lang));
}
