import { afterEach, describe, expect, it } from 'vitest';
import { EDITION_ID, type SeededApp, seededApp } from '../../test/support.ts';

describe('/api/v1/editions', () => {
  let ctx: SeededApp;
  afterEach(() => ctx.cleanup());

  it('lists the open (demo-shifted) edition with ISO instants with offset and the demo notice', async () => {
    ctx = await seededApp();
    const res = await ctx.json('/api/v1/editions');
    expect(res.status).toBe(200);
    const list = await res.json();
    expect(list.map((e: { id: string }) => e.id).sort()).toEqual([EDITION_ID, 'pferdemarkt-2026']);
    const kirmes = list.find((e: { id: string }) => e.id === EDITION_ID);
    expect(kirmes).toMatchObject({
      id: EDITION_ID,
      title: 'Allerheiligenkirmes 2026',
      eventTypeId: 'allerheiligenkirmes',
      tenantId: 'soest',
      // FIXED_NOW is 2026-01-10: shifted to open yesterday 00:00 and close in 30 days 23:59:59 (CET, +01:00).
      applicationPeriod: {
        opens: '2026-01-09T00:00:00+01:00',
        closes: '2026-02-09T23:59:59+01:00',
        timeZone: 'Europe/Berlin',
      },
      eventDays: { setupFrom: '2026-10-31', opening: '2026-11-04', closing: '2026-11-08' },
    });
    expect(kirmes.demoNotice).toBe(
      'Vorführung: Die Bewerbungsfrist wurde verschoben, damit Sie sich heute bewerben können. Im Original endet sie am 28.02.2026 um 23:59 Uhr.',
    );
  });

  it('localizes title and notice for Accept-Language: en', async () => {
    ctx = await seededApp();
    const [edition] = await (await ctx.json('/api/v1/editions', { lang: 'en-GB,en;q=0.9' })).json();
    expect(edition.title).toBe("All Saints' Fair 2026");
    expect(edition.demoNotice).toContain('28 February 2026 at 23:59');
  });

  it('hides editions whose period is over (DATE-1)', async () => {
    ctx = await seededApp();
    ctx.clock.now = new Date('2026-03-01T00:00:00Z');
    expect(await (await ctx.json('/api/v1/editions')).json()).toEqual([]);
  });

  it('serves the form of an edition', async () => {
    ctx = await seededApp();
    const res = await ctx.json(`/api/v1/editions/${EDITION_ID}/form`);
    expect(res.status).toBe(200);
    const form = await res.json();
    expect(form.schema.type).toBe('object');
    expect(form.schema.properties).toHaveProperty('applicant');
    expect(typeof form.uiSchema).toBe('object');
    expect(form.title).toBe('Allerheiligenkirmes 2026');
    expect(form.applicationPeriod.closes).toBe('2026-02-09T23:59:59+01:00');
    expect(form.demoNotice).toMatch(/^Vorführung/);
  });

  it('serves the precompiled validators of the form as a versioned, cacheable ES module (issue 5)', async () => {
    ctx = await seededApp();
    const form = await (await ctx.json(`/api/v1/editions/${EDITION_ID}/form`)).json();
    expect(form.validatorUrl).toMatch(
      new RegExp(`^/api/v1/editions/${EDITION_ID}/form-validator\\.js\\?v=[0-9a-f]{16}$`),
    );
    const res = await ctx.app.request(form.validatorUrl);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const code = await res.text();
    const unversioned = await ctx.app.request(`/api/v1/editions/${EDITION_ID}/form-validator.js`);
    expect(unversioned.headers.get('cache-control')).toBe('no-cache');
    expect(await unversioned.text()).toBe(code);
    expect(code).toMatch(/^export default function /);
  });

  it('answers an unknown edition with a German 404 problem by default', async () => {
    ctx = await seededApp();
    const res = await ctx.json('/api/v1/editions/nope/form');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ code: 'NOT_FOUND', title: 'Nicht gefunden' });
  });
});
