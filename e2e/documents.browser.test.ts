import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  GPS_LATITUDE_BYTES,
  SAMPLE_JPEG,
  samplePdf,
  windowsExecutable,
  withGpsExif,
} from '../packages/server/src/uploads/testing/sample-files.ts';
import { axeViolations } from './support/axe.ts';
import { browserTestsEnabled } from './support/chromium.ts';
import { demoInChromium } from './support/demo-in-chromium.ts';
import type { DemoServer } from './support/demo-server.ts';
import { signedIn } from './support/sign-in.ts';

// Documents (issue 5, must-show 1; DOC-1..8, SEC-2, DS-4): on the case page the applicant uploads a PDF and a
// JPEG (a progress bar shows, then "in Prüfung"), an .exe renamed to .pdf is refused with a clear German message
// at the file input, and a document the office requests later is shown with its due date and handed in.

const repoFile = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const sample = JSON.parse(
  readFileSync(repoFile('examples/soest-kirmes/samples/ride-application.json'), 'utf8'),
);
const STAFF = JSON.parse(readFileSync(repoFile('examples/soest-kirmes/tenant.json'), 'utf8')).staff[0].email;
const APPLICANT = 'dora.dokument@example.org';
const IN_REVIEW = 'Hochgeladen – in Prüfung';

async function expectAccessible(page: Page, what: string) {
  expect(await axeViolations(page), `axe-core violations on ${what}`).toEqual([]);
}

/** Records every <progress> the documents element shows, however briefly (a local upload is fast). */
async function watchProgressBars(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          const bars = node instanceof Element ? [...node.querySelectorAll('progress')] : [];
          if (node instanceof HTMLProgressElement) bars.push(node);
          for (const bar of bars) seen.push(bar.getAttribute('aria-label') ?? '');
        }
      }
    }).observe(document.body, { childList: true, subtree: true });
  });
  return () => page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
}

/** Uploads `file` in the kind's section of the case page, optionally with a validity date. */
async function uploadIn(
  page: Page,
  kind: string,
  file: { name: string; buffer: Buffer },
  validUntil?: string,
) {
  const section = page.locator(`section[data-kind="${kind}"]`);
  await section.locator('input[type="file"]').setInputFiles({ ...file, mimeType: 'application/pdf' });
  if (validUntil) await section.getByLabel('Gültig bis', { exact: true }).fill(validUntil);
  await section.getByRole('button', { name: 'Hochladen' }).click();
  return section;
}

function outboxMails(server: DemoServer, pattern: RegExp): string[] {
  const dir = join(server.dataDir, 'outbox');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.eml'))
    .map((name) => readFileSync(join(dir, name), 'utf8'))
    .filter((mail) => pattern.test(mail));
}

describe.runIf(browserTestsEnabled())('documents in Chromium', () => {
  const env = demoInChromium();

  it('uploads a PDF and a JPEG, refuses a renamed .exe, and answers a staff request later', {
    timeout: 150_000,
  }, async () => {
    const base = env.server.baseUrl;
    const context = await env.browser.newContext({ locale: 'de-DE' });
    const applicant = await signedIn(context, env.server, APPLICANT);
    const submitted = await applicant.request.post(`${base}/api/v1/me/applications`, {
      headers: { Origin: base },
      data: {
        editionId: 'allerheiligenkirmes-2026',
        data: { ...sample, applicant: { ...sample.applicant, email: APPLICANT } },
      },
    });
    expect(submitted.status()).toBe(201);
    const { id } = (await submitted.json()) as { id: string };

    await applicant.goto(`${base}/applications/${id}`);
    const description = applicant.locator('section[data-kind="business_description"]');
    await description.getByRole('heading', { name: 'Ausführliche Beschreibung des Geschäfts' }).waitFor();
    expect(await description.locator('.festplatz-documents__status').textContent()).toBe('Fehlt noch');
    await expectAccessible(applicant, 'the case page with missing documents');

    // A PDF: the progress bar appears while it travels, then the kind is "in Prüfung".
    const progressSeen = await watchProgressBars(applicant);
    const bigPdf = Buffer.concat([Buffer.from(samplePdf('Beschreibung')), Buffer.alloc(3 * 1024 * 1024)]);
    await uploadIn(applicant, 'business_description', { name: 'Beschreibung.pdf', buffer: bigPdf });
    await description.locator('.festplatz-documents__status').getByText(IN_REVIEW).waitFor();
    expect(await progressSeen()).toContain('Fortschritt beim Hochladen von Beschreibung.pdf');
    await applicant
      .getByRole('status')
      .filter({ hasText: 'Beschreibung.pdf wurde hochgeladen und wird geprüft.' })
      .waitFor();
    await expect.poll(() => description.getByRole('link', { name: 'Beschreibung.pdf' }).count()).toBe(1);

    // A JPEG photo from a phone, with its GPS position: stored without it.
    const photo = await uploadIn(applicant, 'photo', {
      name: 'Karussell.jpg',
      buffer: Buffer.from(withGpsExif(SAMPLE_JPEG)),
    });
    await photo.locator('.festplatz-documents__status').getByText(IN_REVIEW).waitFor();
    const href = (await photo.getByRole('link', { name: 'Karussell.jpg' }).getAttribute('href')) ?? '';
    const stored = Buffer.from(await (await applicant.request.get(`${base}${href}`)).body());
    expect(stored.includes(Buffer.from(GPS_LATITUDE_BYTES))).toBe(false);
    expect(stored.equals(Buffer.from(SAMPLE_JPEG))).toBe(true);
    await expectAccessible(applicant, 'the case page with two documents in review');

    // An .exe renamed to .pdf: refused with a clear German message at the file input.
    await uploadIn(applicant, 'business_description', {
      name: 'Rechnung.pdf',
      buffer: Buffer.from(windowsExecutable()),
    });
    const input = description.locator('input[type="file"]');
    await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
    const errorId = ((await input.getAttribute('aria-describedby')) ?? '')
      .split(' ')
      .find((p) => p.endsWith('-error'));
    const error = applicant.locator(`[id="${errorId}"]`);
    expect(await error.getAttribute('role')).toBe('alert');
    expect(await error.textContent()).toBe(
      'Diese Datei hat keinen erlaubten Dateityp. Erlaubt sind hier: PDF, JPEG, PNG. Wir erkennen den Typ am Inhalt der Datei, nicht an ihrem Namen.',
    );
    await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await description.getByRole('listitem').count()).toBe(1);
    await expectAccessible(applicant, 'the refused upload');

    // The office asks for a document with a due date (REQUEST_DOCUMENTS via the staff API).
    const staffContext = await env.browser.newContext({ locale: 'de-DE' });
    const staff = await signedIn(staffContext, env.server, STAFF);
    const dueAt = new Date(Date.now() + 14 * 86_400_000);
    for (const event of [
      { type: 'START_REVIEW' },
      { type: 'REQUEST_DOCUMENTS', documents: ['ausfuehrungsgenehmigung'], dueAt: dueAt.toISOString() },
    ]) {
      const res = await staff.request.post(`${base}/api/v1/admin/applications/${id}/events`, {
        headers: { Origin: base },
        data: event,
      });
      expect(res.status(), await res.text()).toBe(200);
    }

    // Later, the applicant sees what is missing and by when, and hands it in.
    await applicant.goto(`${base}/applications/${id}`);
    const requested = applicant.locator('section[data-kind="ausfuehrungsgenehmigung"]');
    await requested.locator('.festplatz-documents__request').waitFor();
    const dueText = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', dateStyle: 'long' }).format(
      dueAt,
    );
    expect(await requested.locator('.festplatz-documents__request').textContent()).toContain(
      `Vom Veranstaltungsbüro nachgefordert – bitte bis ${dueText}`,
    );
    expect(await requested.locator('.festplatz-documents__status').textContent()).toBe('Fehlt noch');
    await expectAccessible(applicant, 'the case page with a staff request');

    await uploadIn(
      applicant,
      'ausfuehrungsgenehmigung',
      { name: 'Ausführungsgenehmigung.pdf', buffer: Buffer.from(samplePdf('AG')) },
      '2028-06-30',
    );
    await requested.locator('.festplatz-documents__status').getByText(IN_REVIEW).waitFor();
    await expectAccessible(applicant, 'the case page after handing in the requested document');

    // The office is told (content-free) and records that the documents arrived.
    await expect
      .poll(() => outboxMails(env.server, /Nachgeforderte\s+Unterlage\s+hochgeladen/).length, {
        timeout: 15_000,
      })
      .toBe(1);
    expect(outboxMails(env.server, /Nachgeforderte\s+Unterlage\s+hochgeladen/)[0]).not.toContain(
      'Ausführungsgenehmigung.pdf',
    );
    const provided = await staff.request.post(`${base}/api/v1/admin/applications/${id}/events`, {
      headers: { Origin: base },
      data: { type: 'DOCUMENTS_PROVIDED', documents: ['ausfuehrungsgenehmigung'] },
    });
    expect(provided.status()).toBe(200);
    await applicant.reload();
    await requested.getByText('Die Nachforderung ist erledigt.').waitFor();
  });
});
