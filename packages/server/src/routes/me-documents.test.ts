import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createOutboxDispatcher } from '@festplatz/case-engine';
import { afterEach, describe, expect, it } from 'vitest';
import { BASE_URL, CapturingTransport, type SeededApp, seededAppWithSubmission } from '../../test/support.ts';
import { outboxHandlers } from '../outbox/handlers.ts';
import {
  GPS_LATITUDE_BYTES,
  SAMPLE_JPEG,
  samplePdf,
  windowsExecutable,
  withGpsExif,
} from '../uploads/testing/sample-files.ts';

// DOC-1..8, SEC-2, DS-4: the applicant's documents of a case, through the real app on a SQLite temp file and
// a blob store in its temp directory.

let ctx: SeededApp;
afterEach(() => ctx.cleanup());

interface UploadOptions {
  name?: string;
  validFrom?: string;
  validUntil?: string;
  lang?: string;
}

function upload(
  id: string,
  cookie: string,
  kind: string,
  bytes: Uint8Array<ArrayBuffer>,
  o: UploadOptions = {},
) {
  const query = new URLSearchParams({ kind });
  if (o.validFrom) query.set('validFrom', o.validFrom);
  if (o.validUntil) query.set('validUntil', o.validUntil);
  return ctx.app.request(`/api/v1/me/applications/${id}/documents?${query}`, {
    method: 'POST',
    headers: {
      Cookie: cookie,
      'Content-Type': 'application/octet-stream',
      'X-File-Name': encodeURIComponent(o.name ?? `${kind}.pdf`),
      'Accept-Language': o.lang ?? 'de',
    },
    body: bytes,
  });
}

async function overview(id: string, cookie: string) {
  const res = await ctx.json(`/api/v1/me/applications/${id}/documents`, { cookie });
  expect(res.status).toBe(200);
  return res.json();
}

const kindOf = (view: { kinds: { id: string }[] }, id: string) =>
  view.kinds.find((k) => k.id === id) as unknown as Record<string, unknown> & {
    documents: Record<string, unknown>[];
  };

const storedBlobs = () => {
  const dir = join(ctx.dir, 'blobs');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'tmp');
};

async function staffEvent(id: string, staff: string, body: unknown) {
  const res = await ctx.json(`/api/v1/admin/applications/${id}/events`, {
    method: 'POST',
    cookie: staff,
    body,
  });
  expect(res.status, JSON.stringify(await res.clone().json())).toBe(200);
}

describe('/api/v1/me/applications/:id/documents', () => {
  it('lists what the bundle demands for this case, with limits, validity rules and due dates', async () => {
    const s = await seededAppWithSubmission();
    ctx = s.ctx;
    const view = await overview(s.id, s.applicant);
    expect(view).toMatchObject({ state: 'submitted', acceptsDocuments: true, limitMb: 50, usedBytes: 0 });
    expect(view.kinds.map((k: { id: string }) => k.id)).toContain('liability_insurance');
    expect(kindOf(view, 'liability_insurance')).toMatchObject({
      title: 'Nachweis der Betriebshaftpflichtversicherung',
      accept: ['application/pdf', 'image/jpeg', 'image/png'],
      maxSizeMb: 10,
      validity: { required: true, mustCover: { from: expect.any(String), until: expect.any(String) } },
      byRules: true,
      dueAt: expect.stringMatching(/^2026-/),
      requested: null,
      documents: [],
    });
  });

  it('takes a PDF and a JPEG (GPS stripped), shows them in review and serves them as attachments', async () => {
    const s = await seededAppWithSubmission();
    ctx = s.ctx;
    const pdf = samplePdf('Beschreibung');
    const created = await upload(s.id, s.applicant, 'business_description', pdf, {
      name: 'Beschreibung Größe.pdf',
    });
    expect(created.status).toBe(201);
    const doc = await created.json();
    expect(doc).toMatchObject({
      fileName: 'Beschreibung Größe.pdf',
      mediaType: 'application/pdf',
      reviewStatus: 'pending',
    });

    const photo = await upload(s.id, s.applicant, 'photo', withGpsExif(SAMPLE_JPEG), {
      name: 'IMG_2041.pdf',
    });
    expect(photo.status).toBe(201);
    // Typed by content: the name said .pdf, the bytes say JPEG.
    const photoDoc = await photo.json();
    expect(photoDoc).toMatchObject({ mediaType: 'image/jpeg', size: SAMPLE_JPEG.length });

    const view = await overview(s.id, s.applicant);
    expect(kindOf(view, 'business_description').documents).toEqual([
      expect.objectContaining({ id: doc.id, reviewStatus: 'pending' }),
    ]);
    expect(view.usedBytes).toBe(pdf.length + SAMPLE_JPEG.length);

    const content = await ctx.json(`/api/v1/me/applications/${s.id}/documents/${doc.id}/content`, {
      cookie: s.applicant,
    });
    expect(content.status).toBe(200);
    expect(content.headers.get('content-type')).toBe('application/pdf');
    expect(content.headers.get('x-content-type-options')).toBe('nosniff');
    expect(content.headers.get('content-disposition')).toBe(
      `attachment; filename="Beschreibung Gr__e.pdf"; filename*=UTF-8''Beschreibung%20Gr%C3%B6%C3%9Fe.pdf`,
    );
    expect(Buffer.from(await content.arrayBuffer()).equals(Buffer.from(pdf))).toBe(true);

    const image = await ctx.json(`/api/v1/me/applications/${s.id}/documents/${photoDoc.id}/content`, {
      cookie: s.applicant,
    });
    const bytes = Buffer.from(await image.arrayBuffer());
    expect(bytes.includes(Buffer.from(GPS_LATITUDE_BYTES))).toBe(false);
    expect(bytes.equals(Buffer.from(SAMPLE_JPEG))).toBe(true);
  });

  it('refuses an .exe renamed to .pdf with a clear German message and stores nothing', async () => {
    const s = await seededAppWithSubmission();
    ctx = s.ctx;
    const res = await upload(s.id, s.applicant, 'business_description', windowsExecutable(), {
      name: 'Rechnung.pdf',
    });
    expect(res.status).toBe(415);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await res.json()).toMatchObject({
      code: 'UNSUPPORTED_FILE_TYPE',
      title: 'Dateityp nicht erlaubt',
      detail:
        'Diese Datei hat keinen erlaubten Dateityp. Erlaubt sind hier: PDF, JPEG, PNG. Wir erkennen den Typ am Inhalt der Datei, nicht an ihrem Namen.',
    });
    const english = await upload(s.id, s.applicant, 'photo', samplePdf(), { lang: 'en' });
    expect((await english.json()).detail).toContain('Allowed here: JPEG, PNG.');
    expect((await overview(s.id, s.applicant)).usedBytes).toBe(0);
    expect(storedBlobs()).toEqual([]);
  });

  it('enforces the kind’s size in MB and the total per application', async () => {
    const s = await seededAppWithSubmission();
    ctx = s.ctx;
    const big = (mb: number, text: string) => {
      const bytes = new Uint8Array(mb * 1024 * 1024);
      bytes.set(samplePdf(text));
      return bytes;
    };
    const tooBig = await upload(s.id, s.applicant, 'liability_insurance', big(11, 'a'), {
      validUntil: '2026-12-31',
    });
    expect(tooBig.status).toBe(413);
    expect((await tooBig.json()).detail).toContain('Erlaubt sind höchstens 10 MB.');

    for (const text of ['b', 'c']) {
      expect((await upload(s.id, s.applicant, 'business_description', big(19, text))).status).toBe(201);
    }
    const overTotal = await upload(s.id, s.applicant, 'business_description', big(15, 'd'));
    expect(overTotal.status).toBe(413);
    expect(await overTotal.json()).toMatchObject({ scope: 'application', limitMb: 50 });
  }, 30_000); // about 65 MB pass through the real store

  it('checks validity dates: required where the kind says so, real days, in order; flags too short a cover', async () => {
    const s = await seededAppWithSubmission();
    ctx = s.ctx;
    const pdf = samplePdf('Versicherung');
    const missing = await upload(s.id, s.applicant, 'liability_insurance', pdf);
    expect(await missing.json()).toMatchObject({
      status: 400,
      detail: 'Bitte geben Sie an, bis wann die Unterlage gültig ist.',
    });
    const bad = await upload(s.id, s.applicant, 'liability_insurance', pdf, { validUntil: '2026-02-30' });
    expect((await bad.json()).detail).toContain('JJJJ-MM-TT');
    const reversed = await upload(s.id, s.applicant, 'liability_insurance', pdf, {
      validFrom: '2026-12-01',
      validUntil: '2026-01-01',
    });
    expect(reversed.status).toBe(400);
    const unknownKind = await upload(s.id, s.applicant, 'passport', pdf);
    expect((await unknownKind.json()).detail).toBe(
      'Diese Art von Unterlage wird für diese Bewerbung nicht verlangt.',
    );

    expect(
      (await upload(s.id, s.applicant, 'liability_insurance', pdf, { validUntil: '2026-10-01' })).status,
    ).toBe(201);
    ctx.clock.now = new Date(ctx.clock.now.getTime() + 60_000);
    expect(
      (
        await upload(s.id, s.applicant, 'liability_insurance', samplePdf('neu'), {
          validFrom: '2026-01-01',
          validUntil: '2027-12-31',
        })
      ).status,
    ).toBe(201);
    const docs = kindOf(await overview(s.id, s.applicant), 'liability_insurance').documents;
    expect(docs.map((d) => [d.validUntil, d.coversEvent])).toEqual([
      ['2026-10-01', false],
      ['2027-12-31', true],
    ]);
  });

  it('a staff request: the applicant sees what and by when, hands it in later, the office gets a content-free mail', async () => {
    const s = await seededAppWithSubmission();
    ctx = s.ctx;
    await staffEvent(s.id, s.staff, { type: 'START_REVIEW' });
    await staffEvent(s.id, s.staff, {
      type: 'REQUEST_DOCUMENTS',
      documents: ['ausfuehrungsgenehmigung', 'Statik'],
      dueAt: '2026-03-01T12:00:00.000Z',
    });
    const view = await overview(s.id, s.applicant);
    expect(view.state).toBe('documents_requested');
    expect(kindOf(view, 'ausfuehrungsgenehmigung')).toMatchObject({
      requested: { dueAt: '2026-03-01T12:00:00.000Z', status: 'pending' },
    });
    // A free-named request is a kind of its own, with the general allow-list.
    expect(kindOf(view, 'Statik')).toMatchObject({
      byRules: false,
      accept: ['application/pdf', 'image/jpeg', 'image/png'],
    });

    const res = await upload(s.id, s.applicant, 'ausfuehrungsgenehmigung', samplePdf('Genehmigung'), {
      name: 'Genehmigung Riesenrad.pdf',
      validUntil: '2027-06-30',
    });
    expect(res.status).toBe(201);
    const mail = new CapturingTransport();
    const dispatcher = createOutboxDispatcher({
      store: ctx.repo.outbox,
      handlers: outboxHandlers({ repo: ctx.repo, mail, baseUrl: BASE_URL }),
      now: () => ctx.clock.now,
    });
    await dispatcher.runOnce();
    const notices = mail.sent.filter((m) => m.subject.startsWith('Nachgeforderte Unterlage hochgeladen'));
    expect(notices.map((m) => m.to)).toEqual(['kirmesbuero@soest.example']);
    expect(notices[0]?.text).toContain(`${BASE_URL}/admin/applications/${s.id}`);
    expect(notices[0]?.text).not.toMatch(/Genehmigung Riesenrad|Mustermann/);

    await staffEvent(s.id, s.staff, { type: 'DOCUMENTS_PROVIDED', documents: ['ausfuehrungsgenehmigung'] });
    expect(kindOf(await overview(s.id, s.applicant), 'ausfuehrungsgenehmigung').requested).toEqual({
      dueAt: '2026-03-01T12:00:00.000Z',
      status: 'accepted',
    });
  });

  it('shows the review; removes what is not accepted; keeps what is', async () => {
    const s = await seededAppWithSubmission();
    ctx = s.ctx;
    const first = await (await upload(s.id, s.applicant, 'business_description', samplePdf('1'))).json();
    ctx.clock.now = new Date(ctx.clock.now.getTime() + 60_000);
    const second = await (await upload(s.id, s.applicant, 'business_description', samplePdf('2'))).json();
    const review = (docId: string, body: unknown) =>
      ctx.json(`/api/v1/admin/applications/${s.id}/documents/${docId}/review`, {
        method: 'POST',
        cookie: s.staff,
        body,
      });
    expect((await (await review(first.id, { status: 'rejected' })).json()).detail).toContain('begründen');
    expect((await review(first.id, { status: 'rejected', note: 'Seite 2 fehlt.' })).status).toBe(200);
    expect((await review(second.id, { status: 'accepted' })).status).toBe(200);
    expect((await review(second.id, { status: 'maybe' })).status).toBe(400);

    const docs = kindOf(await overview(s.id, s.applicant), 'business_description').documents;
    expect(docs.map((d) => [d.reviewStatus, d.reviewNote])).toEqual([
      ['rejected', 'Seite 2 fehlt.'],
      ['accepted', null],
    ]);
    const del = (docId: string) =>
      ctx.json(`/api/v1/me/applications/${s.id}/documents/${docId}`, {
        method: 'DELETE',
        cookie: s.applicant,
        // A browser sends its Origin with every DELETE; without one the CSRF guard refuses (as it should).
        headers: { Origin: BASE_URL },
      });
    const locked = await del(second.id);
    expect(locked.status, await locked.clone().text()).toBe(409);
    expect((await del(first.id)).status).toBe(204);
    expect((await del(first.id)).status).toBe(404);
    expect(
      kindOf(await overview(s.id, s.applicant), 'business_description').documents.map((d) => d.id),
    ).toEqual([second.id]);
  });

  it('takes documents for a draft, and none once the case is withdrawn', async () => {
    const s = await seededAppWithSubmission();
    ctx = s.ctx;
    const draft = await (
      await ctx.json('/api/v1/me/drafts', {
        method: 'POST',
        cookie: s.applicant,
        body: { editionId: 'allerheiligenkirmes-2026', data: {} },
      })
    ).json();
    expect((await upload(draft.id, s.applicant, 'business_description', samplePdf())).status).toBe(201);

    await staffEvent(s.id, s.staff, { type: 'WITHDRAW', reason: 'Antragstellerin hat zurückgezogen' });
    const closed = await upload(s.id, s.applicant, 'business_description', samplePdf());
    expect(closed.status).toBe(409);
    expect((await closed.json()).detail).toBe(
      'Zu dieser Bewerbung können keine Unterlagen mehr eingereicht werden.',
    );
    expect((await overview(s.id, s.applicant)).acceptsDocuments).toBe(false);
  });
});
