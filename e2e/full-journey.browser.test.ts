import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_JPEG, samplePdf } from '../packages/server/src/uploads/testing/sample-files.ts';
import {
  mailBody,
  mailHeader,
  startSmtpServer,
  type TestSmtpServer,
} from '../packages/server/test/smtp-server.ts';
import { axeViolations } from './support/axe.ts';
import { browserTestsEnabled, launchChromium } from './support/chromium.ts';
import { type DemoServer, startDemoServer } from './support/demo-server.ts';
import { fillForm, waitForStep } from './support/fill-form.ts';

// The whole applicant journey (issue 5, must-show 1) against a real `festplatz demo` that sends its mail to a real
// SMTP server on 127.0.0.1: sign in by the magic link read from that server (AUTH-1), fill every page of the Soest
// form, upload a PDF and a JPEG with the application (DOC-8 `due: with_application`) into the draft, submit, see
// the receipt (and get it by mail), and find both documents "in Prüfung" on the case page. axe-core at each step.

const repoFile = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const EDITION = 'allerheiligenkirmes-2026';
const APPLICANT = 'jana.journey@example.org';
const MAIL_FROM = 'kirmes@soest.example';
const IN_REVIEW = 'Hochgeladen – in Prüfung';
const rideSample = JSON.parse(
  readFileSync(repoFile('examples/soest-kirmes/samples/ride-application.json'), 'utf8'),
) as Record<string, unknown> & { applicant: Record<string, unknown> };
const sample = { ...rideSample, applicant: { ...rideSample.applicant, email: APPLICANT } };

async function expectAccessible(page: Page, what: string) {
  expect(await axeViolations(page), `axe-core violations on ${what}`).toEqual([]);
}

/** The mails the SMTP server received for `email`, decoded. */
function mailsTo(smtp: TestSmtpServer, email: string) {
  return smtp.received
    .filter((mail) => mail.to.includes(email))
    .map((mail) => ({ subject: mailHeader(mail.raw, 'subject') ?? '', body: mailBody(mail.raw) }));
}

/** Uploads `file` in the kind's section of the documents element inside the wizard. */
async function uploadIn(page: Page, kind: string, file: { name: string; mimeType: string; buffer: Buffer }) {
  const section = page.locator(`festplatz-application-form section[data-kind="${kind}"]`);
  await section.locator('input[type="file"]').setInputFiles(file);
  await section.getByRole('button', { name: 'Hochladen' }).click();
  await section.locator('.festplatz-documents__status').getByText(IN_REVIEW).waitFor();
}

describe.runIf(browserTestsEnabled())('the full applicant journey in Chromium', () => {
  let smtp: TestSmtpServer;
  let server: DemoServer;
  let browser: Browser;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    server = await startDemoServer({
      env: { SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, MAIL_FROM },
    });
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await smtp?.close();
  });

  it('signs in by mail, fills every page, uploads a PDF and a JPEG, submits and gets the receipt', async () => {
    const page = await browser.newPage({ locale: 'de-DE' });

    // Sign in: the link comes by SMTP, not from the dev outbox.
    await page.goto(`${server.baseUrl}/apply/${EDITION}`);
    await expectAccessible(page, 'the sign-in form');
    await page.getByLabel('E-Mail-Adresse').fill(APPLICANT);
    await page.getByRole('button', { name: /Anmeldelink/ }).click();
    await page.getByRole('heading', { level: 1, name: /Anmeldelink geschickt/ }).waitFor();
    await expect.poll(() => mailsTo(smtp, APPLICANT).length, { timeout: 15_000 }).toBe(1);
    // The demo's seed also mails receipts for its sample cases: take the one sent to this applicant.
    const signInMail = smtp.received.find((mail) => mail.to.includes(APPLICANT));
    expect(signInMail?.from).toBe(MAIL_FROM);
    const link = mailBody(signInMail?.raw ?? '').match(
      /https?:\/\/[^\s"<>]+\/auth\/callback\?token=[A-Za-z0-9_-]+/,
    )?.[0];
    expect(link, `a sign-in link in the mail:\n${signInMail?.raw}`).toBeDefined();
    // Page 1 shows before the form's validators arrive (only "Weiter" needs them): hold them back to prove it.
    let releaseValidators = () => {};
    const validatorsHeld = new Promise<void>((resolve) => {
      releaseValidators = resolve;
    });
    let validatorsAsked = false;
    await page.route('**/form-validator.js*', async (route) => {
      validatorsAsked = true;
      await validatorsHeld;
      await route.continue();
    });
    await page.goto(link ?? '');
    await page.locator('.festplatz-wizard-progress').waitFor();
    await expectAccessible(page, 'page 1 of the wizard');
    // "Weiter" on the empty page waits for the validators, then shows what is missing.
    await page.getByRole('button', { name: 'Weiter', exact: true }).click();
    expect(validatorsAsked).toBe(true);
    expect(await page.locator('.festplatz-error-summary').count()).toBe(0);
    releaseValidators();
    await page.locator('.festplatz-error-summary').waitFor();
    await page.unroute('**/form-validator.js*');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');
    await expectAccessible(page, 'page 1 showing what is missing');

    // All five pages; the privacy block and the documents are on the last page only.
    expect(await page.locator('festplatz-privacy-consents').count()).toBe(0);
    const form = (await (await fetch(`${server.baseUrl}/api/v1/editions/${EDITION}/form`)).json()) as {
      schema: Record<string, unknown>;
    };
    await fillForm(page, form.schema, sample);
    await waitForStep(page, 5);
    await page.locator('festplatz-privacy-consents section.festplatz-privacy').waitFor();
    await page.getByRole('heading', { level: 3, name: 'Unterlagen' }).waitFor();
    await page.locator('festplatz-documents section[data-kind="business_description"]').waitFor();
    await expectAccessible(page, 'the last page with privacy information and documents');

    // The documents go into the draft, which becomes the case.
    await uploadIn(page, 'business_description', {
      name: 'Beschreibung.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(samplePdf('Beschreibung')),
    });
    await uploadIn(page, 'photo', {
      name: 'Karussell.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from(SAMPLE_JPEG),
    });
    await expectAccessible(page, 'the last page with two uploaded documents');
    const draftId = await page.locator('festplatz-documents').getAttribute('application');

    const submission = page.waitForResponse((r) => r.url().endsWith('/api/v1/me/applications'));
    await page.getByRole('button', { name: 'Bewerbung absenden' }).click();
    const response = await submission;
    expect(response.status()).toBe(201);
    const { id } = (await response.json()) as { id: string };
    expect(id).toBe(draftId);
    await page.getByText('Ihre Bewerbung ist eingegangen').waitFor();
    expect(await page.locator('.festplatz-receipt').textContent()).toContain(id);
    await expectAccessible(page, 'the receipt');

    // The receipt also arrives by mail.
    await expect
      .poll(
        () => mailsTo(smtp, APPLICANT).filter((m) => m.subject.startsWith('Eingangsbestätigung')).length,
        {
          timeout: 15_000,
        },
      )
      .toBe(1);

    // The case page lists both documents, in review.
    await page.goto(`${server.baseUrl}/applications/${id}`);
    for (const [kind, name] of [
      ['business_description', 'Beschreibung.pdf'],
      ['photo', 'Karussell.jpg'],
    ] as const) {
      const section = page.locator(`section[data-kind="${kind}"]`);
      await section.getByRole('link', { name }).waitFor();
      expect(await section.locator('.festplatz-documents__status').textContent()).toBe(IN_REVIEW);
    }
    await expectAccessible(page, 'the case page with the two documents');
  }, 300_000);
});
