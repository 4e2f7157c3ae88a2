import { describe, expect, it } from 'vitest';
import * as api from './index.ts';

describe('public API', () => {
  // A snapshot of the export list makes API changes visible in review (STYLE lesson 9).
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "APPLICATION_CHANGED_EVENT",
        "FestplatzApplicationDetail",
        "FestplatzApplicationList",
        "LOCALES",
        "OFFICE_TIME_ZONE",
        "apiUrl",
        "buildDataView",
        "eventTypeLabel",
        "formatCalendarDate",
        "formatDateTime",
        "messagesFor",
        "needsSignIn",
        "requestJson",
        "resolveLang",
        "stateBadgeVariant",
        "stateLabel",
        "toProblem",
      ]
    `);
  });
});
