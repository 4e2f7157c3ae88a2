import { describe, expect, it } from 'vitest';
import * as api from './index.ts';

describe('public API', () => {
  it('exports exactly these runtime names (review any change to this list)', () => {
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "allowedEvents",
        "applicationEvents",
        "consumeMagicLink",
        "createSession",
        "deleteSession",
        "ensureUser",
        "findApplicantApplication",
        "findEdition",
        "findSession",
        "findTenantApplication",
        "findUserById",
        "grantRole",
        "listApplicantApplications",
        "listOpenEditions",
        "listTenantApplications",
        "membershipsOf",
        "openDatabase",
        "publishEventType",
        "saveEdition",
        "startReview",
        "storeMagicLink",
        "submitApplication",
        "upsertTenant",
      ]
    `);
  });
});
