import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { browserTestsEnabled } from './support/chromium.ts';
import { demoInChromium } from './support/demo-in-chromium.ts';
import type { DemoServer } from './support/demo-server.ts';
import { signedIn } from './support/sign-in.ts';

// A message exchange (issue 5, must-show 1; SEC-5): the applicant writes to the office on the case page with a
// PDF attached, the office reads it on its case view and answers, the applicant reads the answer. Both get a
// notification mail that says only that there is something new, with a link, never the text or file names.

const repoFile = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const sample = JSON.parse(
  readFileSync(repoFile('examples/soest-kirmes/samples/ride-application.json'), 'utf8'),
);
const STAFF = JSON.parse(readFileSync(repoFile('examples/soest-kirmes/tenant.json'), 'utf8')).staff[0].email;
const APPLICANT = 'mara.messner@example.org';
const QUESTION = 'Darf der Wohnwagen hinter dem Karussell stehen?';
const ANSWER = 'Ja, auf Stellplatz W 12 hinter dem Geschäft.';
const FILE_NAME = 'Lageplan-Wohnwagen.pdf';
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n' +
    '3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 200 100]>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n',
);

async function expectAccessible(page: Page, what: string) {
  expect(await axeViolations(page), `axe-core violations on ${what}`).toEqual([]);
}

/** A single-part text mail as a mail client shows it: base64 or quoted-printable body decoded as UTF-8. */
function readableMail(raw: string): string {
  const split = raw.search(/\r?\n\r?\n/);
  const head = raw.slice(0, split);
  const body = raw.slice(split).trim();
  const bytes = /content-transfer-encoding:\s*base64/i.test(head)
    ? Buffer.from(body.replace(/\s/g, ''), 'base64')
    : Buffer.from(
        body
          .replace(/=\r?\n/g, '')
          .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
        'latin1',
      );
  return `${head}\n\n${bytes.toString('utf8')}`;
}

/** The "new message" notifications in the demo's outbox folder. */
function notificationMails(server: DemoServer): string[] {
  const dir = join(server.dataDir, 'outbox');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.eml'))
    .map((name) => readableMail(readFileSync(join(dir, name), 'utf8')))
    .filter((mail) => /neue Nachricht/i.test(mail));
}

describe.runIf(browserTestsEnabled())('message exchange in Chromium', () => {
  const env = demoInChromium();

  it('applicant writes with a PDF, the office answers, the applicant reads it; mails carry no content', {
    timeout: 150_000,
  }, async () => {
    const applicantContext = await env.browser.newContext({ locale: 'de-DE', acceptDownloads: true });
    const applicant = await signedIn(applicantContext, env.server, APPLICANT);
    const submitted = await applicant.request.post(`${env.server.baseUrl}/api/v1/me/applications`, {
      headers: { Origin: env.server.baseUrl },
      data: {
        editionId: 'allerheiligenkirmes-2026',
        data: { ...sample, applicant: { ...sample.applicant, email: APPLICANT } },
      },
    });
    expect(submitted.status()).toBe(201);
    const { id } = (await submitted.json()) as { id: string };

    // The applicant's case page hosts the thread.
    await applicant.goto(`${env.server.baseUrl}/applications/${id}`);
    await applicant.getByText('Es gibt noch keine Nachrichten.').waitFor();
    await expectAccessible(applicant, 'the case page with an empty thread');

    // Sending nothing is refused at the field, and the field says why (A11Y: linked and focused).
    await applicant.getByRole('button', { name: 'Nachricht senden' }).click();
    const text = applicant.getByLabel('Ihre Nachricht');
    await expect.poll(() => text.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => text.evaluate((el) => el === document.activeElement)).toBe(true);
    const describedBy = (await text.getAttribute('aria-describedby')) ?? '';
    const errorId = describedBy.split(' ').find((part) => part.endsWith('-error')) ?? '';
    expect(await applicant.locator(`[id="${errorId}"]`).textContent()).toBe(
      'Bitte schreiben Sie eine Nachricht.',
    );
    await expectAccessible(applicant, 'the thread form showing an error');

    await text.fill(QUESTION);
    await applicant.getByLabel('Dateien anhängen (optional)').setInputFiles({
      name: FILE_NAME,
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await applicant.getByRole('button', { name: 'Nachricht senden' }).click();
    await applicant.getByRole('status').filter({ hasText: 'Ihre Nachricht wurde gesendet.' }).waitFor();
    const thread = applicant.getByRole('list', { name: 'Nachrichtenverlauf' });
    await thread.getByText(QUESTION).waitFor();
    expect(await thread.getByRole('listitem').first().textContent()).toMatch(/^\s*Sie,\s+gesendet am \d/);
    expect(await text.inputValue()).toBe('');
    await expectAccessible(applicant, 'the thread with the sent message');

    // The office reads it on its case view, downloads the file, and answers.
    const staffContext = await env.browser.newContext({ locale: 'de-DE', acceptDownloads: true });
    const staff = await signedIn(staffContext, env.server, STAFF);
    await staff.goto(`${env.server.baseUrl}/admin/applications/${id}`);
    const officeThread = staff.getByRole('list', { name: 'Nachrichtenverlauf' });
    await officeThread.getByText(QUESTION).waitFor();
    expect(await officeThread.textContent()).toContain('Bewerberin oder Bewerber');
    const download = staff.waitForEvent('download');
    await officeThread
      .getByRole('link', { name: new RegExp(`${FILE_NAME} \\(PDF, 1 KB\\) herunterladen`) })
      .click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(FILE_NAME);
    expect(readFileSync((await file.path()) as string)).toEqual(PDF);
    await expectAccessible(staff, 'the office case view with the thread');
    await staff.getByLabel('Ihre Nachricht').fill(ANSWER);
    await staff.getByRole('button', { name: 'Nachricht senden' }).click();
    await staff.getByRole('status').filter({ hasText: 'Ihre Nachricht wurde gesendet.' }).waitFor();

    // The applicant's open page learns of the answer (it asks again) and announces it politely.
    await applicant.evaluate(() =>
      (document.querySelector('festplatz-messages') as unknown as { load(): Promise<void> }).load(),
    );
    await applicant
      .getByRole('status')
      .filter({ hasText: 'Neue Nachricht vom Veranstaltungsbüro.' })
      .waitFor();
    const answer = thread.getByRole('listitem').filter({ hasText: ANSWER });
    expect(await answer.textContent()).toMatch(/Veranstaltungsbüro,\s+gesendet am/);
    await expectAccessible(applicant, 'the thread with the answer');

    // SEC-5: one mail to the office, one to the applicant, each with its link and without any content.
    await expect.poll(() => notificationMails(env.server).length, { timeout: 15_000 }).toBe(2);
    const mails = notificationMails(env.server);
    const toApplicant = mails.find((m) => m.includes(`To: ${APPLICANT}`)) ?? '';
    expect(toApplicant).toContain('das Büro hat Ihnen eine neue Nachricht');
    expect(toApplicant).toContain(`/applications/${id}`);
    const toOffice = mails.find((m) => m.includes(`To: ${STAFF}`)) ?? '';
    expect(toOffice).toContain(`ist eine neue Nachricht eingegangen`);
    expect(toOffice).toContain(`/admin/applications/${id}`);
    for (const mail of mails) {
      for (const secret of ['Wohnwagen', 'Stellplatz', 'Karussell', FILE_NAME])
        expect(mail).not.toContain(secret);
    }
    await applicantContext.close();
    await staffContext.close();
  });
});
