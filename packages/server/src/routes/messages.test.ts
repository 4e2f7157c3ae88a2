import type { TrustLevel } from '@festplatz/core';
import { afterEach, describe, expect, it } from 'vitest';
import { BASE_URL, grantStaff, type SeededApp, seededAppWithSubmission } from '../../test/support.ts';
import { randomToken, sha256Hex } from '../auth/tokens.ts';
import { samplePdf, windowsExecutable } from '../uploads/testing/sample-files.ts';

let env: Awaited<ReturnType<typeof seededAppWithSubmission>>;
afterEach(() => env?.ctx.cleanup());

const mine = (id: string) => `/api/v1/me/applications/${id}/messages`;
const office = (id: string) => `/api/v1/admin/applications/${id}/messages`;

interface Thread {
  items: {
    id: string;
    author: string;
    own: boolean;
    body: string | null;
    withheld: boolean;
    readAt: string | null;
    attachments: { id: string; fileName: string; mediaType: string; size: number; href: string }[];
  }[];
}

async function thread(ctx: SeededApp, path: string, cookie: string): Promise<Thread> {
  const res = await ctx.json(path, { cookie });
  expect(res.status).toBe(200);
  return (await res.json()) as Thread;
}

/** A session of `email` at trust level `level` (as an OpenID sign-in records it), as a Cookie header value. */
async function sessionAt(ctx: SeededApp, email: string, level: TrustLevel): Promise<string> {
  const token = randomToken();
  const user = await ctx.repo.ensureUser(email);
  await ctx.repo.createSession({
    idHash: sha256Hex(token),
    userId: user.id,
    createdAt: ctx.clock.now,
    expiresAt: new Date(ctx.clock.now.getTime() + 3_600_000),
    authMethod: 'oidc',
    trustLevel: level,
  });
  return `__Host-festplatz_session=${token}`;
}

/** A multipart message post as the element sends it (same-origin, so it passes the CSRF check). */
function postForm(ctx: SeededApp, path: string, cookie: string, body: string, files: File[], lang = 'de') {
  const form = new FormData();
  form.set('body', body);
  for (const file of files) form.append('attachments', file);
  return ctx.app.request(path, {
    method: 'POST',
    headers: { Cookie: cookie, Origin: BASE_URL, 'Accept-Language': lang },
    body: form,
  });
}

// Each test signs in through the real magic-link flow: more than the default 5 s on a busy machine.
describe('message thread (SEC-5)', { timeout: 30_000 }, () => {
  it('carries a text exchange between applicant and office, oldest first, with read marks per side', async () => {
    env = await seededAppWithSubmission();
    const { ctx, applicant, staff, id } = env;
    const sent = await ctx.json(mine(id), {
      method: 'POST',
      cookie: applicant,
      body: { body: 'Wo ist mein Platz?' },
    });
    expect(sent.status).toBe(201);
    expect(await sent.json()).toMatchObject({ author: 'applicant', own: true, body: 'Wo ist mein Platz?' });

    const seenByOffice = await thread(ctx, office(id), staff);
    expect(seenByOffice.items).toMatchObject([{ author: 'applicant', own: false, readAt: null }]);
    const read = await ctx.json(`${office(id)}/read`, { method: 'POST', cookie: staff, body: {} });
    expect(await read.json()).toEqual({ marked: 1 });
    ctx.clock.now = new Date(ctx.clock.now.getTime() + 60_000);
    const answer = await ctx.json(office(id), { method: 'POST', cookie: staff, body: { body: 'Reihe 3.' } });
    expect(answer.status).toBe(201);

    const seenByApplicant = await thread(ctx, mine(id), applicant);
    expect(seenByApplicant.items.map((m) => [m.author, m.own, m.body])).toEqual([
      ['applicant', true, 'Wo ist mein Platz?'],
      ['staff', false, 'Reihe 3.'],
    ]);
    expect(seenByApplicant.items[0]?.readAt).not.toBeNull();
    expect(seenByApplicant.items[1]?.readAt).toBeNull();
    const unread = async (path: string, cookie: string) => (await ctx.json(path, { cookie })).json();
    expect(await unread('/api/v1/me/messages/unread', applicant)).toEqual({ unread: { [id]: 1 } });
    expect(await unread('/api/v1/admin/messages/unread', staff)).toEqual({ unread: {} });
    // Marking reads only the other side's messages: the applicant's own one keeps the office's read time.
    await ctx.json(`${mine(id)}/read`, { method: 'POST', cookie: applicant, body: {} });
    expect((await thread(ctx, mine(id), applicant)).items.map((m) => m.readAt !== null)).toEqual([
      true,
      true,
    ]);
    expect(await unread('/api/v1/me/messages/unread', applicant)).toEqual({ unread: {} });
  });

  it('refuses an empty or too long text with a German or English message at the field, storing nothing', async () => {
    env = await seededAppWithSubmission();
    const { ctx, applicant, id } = env;
    const empty = await ctx.json(mine(id), { method: 'POST', cookie: applicant, body: { body: '   ' } });
    expect(empty.status).toBe(422);
    expect(await empty.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ pointer: '/body', message: 'Bitte füllen Sie dieses Feld aus.' }],
    });
    const long = await ctx.json(mine(id), {
      method: 'POST',
      cookie: applicant,
      lang: 'en',
      body: { body: 'x'.repeat(5001) },
    });
    expect(await long.json()).toMatchObject({
      errors: [{ pointer: '/body', message: 'Please enter at most 5000 characters.' }],
    });
    // A refused text does not store its file either.
    const withFile = await postForm(ctx, mine(id), applicant, '', [
      new File([new Uint8Array(samplePdf())], 'a.pdf'),
    ]);
    expect(withFile.status).toBe(422);
    expect((await thread(ctx, mine(id), applicant)).items).toEqual([]);
    expect(ctx.db.sqlite.prepare('SELECT count(*) AS n FROM blobs').get()).toEqual({ n: 0 });
  });

  it('sends a PDF along and offers it as a download (attachment, nosniff) to both sides', async () => {
    env = await seededAppWithSubmission();
    const { ctx, applicant, staff, id } = env;
    const pdf = samplePdf('Haftpflicht 2026');
    const res = await postForm(ctx, mine(id), applicant, 'Anbei die Versicherung.', [
      new File([new Uint8Array(pdf)], 'C:\\Users\\erika\\Versicherung "2026".pdf', { type: 'text/html' }),
    ]);
    expect(res.status).toBe(201);
    const [attachment] = (await thread(ctx, office(id), staff)).items[0]?.attachments ?? [];
    // The name loses its path; the type comes from the content, not from what the browser claimed.
    expect(attachment).toMatchObject({
      fileName: 'Versicherung "2026".pdf',
      mediaType: 'application/pdf',
      size: pdf.byteLength,
      href: `${office(id)}/attachments/${attachment?.id}`,
    });
    for (const [path, cookie] of [
      [`${office(id)}/attachments/${attachment?.id}`, staff],
      [`${mine(id)}/attachments/${attachment?.id}`, applicant],
    ] as const) {
      const download = await ctx.json(path, { cookie });
      expect(download.status).toBe(200);
      expect(download.headers.get('content-type')).toBe('application/pdf');
      expect(download.headers.get('x-content-type-options')).toBe('nosniff');
      expect(download.headers.get('content-disposition')).toBe(
        `attachment; filename="Versicherung _2026_.pdf"; filename*=UTF-8''Versicherung%20%222026%22.pdf`,
      );
      expect(new Uint8Array(await download.arrayBuffer())).toEqual(pdf);
    }
  });

  it('refuses an executable renamed to .pdf, a file over 10 MB and more than three files, storing no message', async () => {
    env = await seededAppWithSubmission();
    const { ctx, applicant, id } = env;
    const exe = await postForm(ctx, mine(id), applicant, 'Hier', [
      new File([new Uint8Array(windowsExecutable())], 'x.pdf'),
    ]);
    expect(exe.status).toBe(415);
    expect(((await exe.json()) as { detail: string }).detail).toMatch(/keinen erlaubten Dateityp/);
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(samplePdf());
    const tooBig = await postForm(ctx, mine(id), applicant, 'Hier', [new File([big], 'gross.pdf')]);
    expect(tooBig.status).toBe(413);
    expect(((await tooBig.json()) as { detail: string }).detail).toMatch(/höchstens 10 MB/);
    const four = [1, 2, 3, 4].map((n) => new File([new Uint8Array(samplePdf(`${n}`))], `${n}.pdf`));
    const many = await postForm(ctx, mine(id), applicant, 'Hier', four);
    expect(many.status).toBe(422);
    expect(await many.json()).toMatchObject({ errors: [{ pointer: '/attachments' }] });
    expect((await thread(ctx, mine(id), applicant)).items).toEqual([]);
  });

  it('has no thread on a draft, and lets only admins and clerks answer for the office', async () => {
    env = await seededAppWithSubmission();
    const { ctx, applicant, id } = env;
    const draft = await ctx.json('/api/v1/me/drafts', {
      method: 'POST',
      cookie: applicant,
      body: { editionId: 'allerheiligenkirmes-2026', data: {} },
    });
    const draftId = ((await draft.json()) as { id: string }).id;
    expect((await ctx.json(mine(draftId), { cookie: applicant })).status).toBe(404);
    await grantStaff(ctx.repo, 'pruefer@soest.example', 'soest', 'reviewer');
    const reviewer = await ctx.signIn('pruefer@soest.example');
    expect((await ctx.json(office(id), { cookie: reviewer })).status).toBe(200);
    const post = await ctx.json(office(id), { method: 'POST', cookie: reviewer, body: { body: 'Hallo' } });
    expect(post.status).toBe(403);
  });

  it('AUTH-2: what was written at a higher sign-in level shows to a lower login without text or files', async () => {
    env = await seededAppWithSubmission();
    const { ctx, applicant, staff, id } = env;
    const eid = await sessionAt(ctx, 'erika@example.org', 'hoch');
    const sent = await postForm(ctx, mine(id), eid, 'Meine Steuernummer ist 123', [
      new File([new Uint8Array(samplePdf())], 'Steuerbescheid.pdf'),
    ]);
    expect(sent.status).toBe(201);
    expect(await sent.json()).toMatchObject({ trustLevel: 'hoch', withheld: false });
    ctx.clock.now = new Date(ctx.clock.now.getTime() + 60_000);
    // The office reads what its applicants send, whatever level the clerk signed in with, and its reply is
    // as protected as the question.
    const [question] = (await thread(ctx, office(id), staff)).items;
    expect(question).toMatchObject({ withheld: false, body: 'Meine Steuernummer ist 123' });
    await ctx.json(office(id), {
      method: 'POST',
      cookie: staff,
      body: { body: 'Danke, Nummer 123 notiert.' },
    });

    // The same applicant signed in by e-mail link ('basis') sees that there are messages, not what they say.
    const seenLow = await thread(ctx, mine(id), applicant);
    expect(seenLow.items).toMatchObject([
      { withheld: true, body: null, attachments: [] },
      { withheld: true, body: null, attachments: [] },
    ]);
    expect(JSON.stringify(seenLow)).not.toMatch(/123|Steuer/);
    const download = await ctx.json(`${mine(id)}/attachments/${question?.attachments[0]?.id}`, {
      cookie: applicant,
    });
    expect(download.status).toBe(403);
    expect(((await download.json()) as { detail: string }).detail).toMatch(/sichereren Anmeldung/);
    // Signed in at that level again, everything shows.
    const seenHigh = await thread(ctx, mine(id), eid);
    expect(seenHigh.items.map((m) => m.body)).toEqual([
      'Meine Steuernummer ist 123',
      'Danke, Nummer 123 notiert.',
    ]);
    const allowed = await ctx.json(`${mine(id)}/attachments/${question?.attachments[0]?.id}`, {
      cookie: eid,
    });
    expect(allowed.status).toBe(200);
  });
});
