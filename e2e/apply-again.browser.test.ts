import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { browserTestsEnabled } from './support/chromium.ts';
import { demoInChromium } from './support/demo-in-chromium.ts';
import { signedIn } from './support/sign-in.ts';

// Apply again (issue 5): the demo's Aylin Demir applied for the Allerheiligenkirmes 2025 (seeded from
// examples/soest-kirmes/history). On the 2026 form she takes over those answers with one button; the privacy
// acknowledgement is NOT taken over and must be given anew (DS-1, DS-2), and the application can be submitted.
// On the new case's page she takes over her still valid liability insurance from 2025 (DOC-2; seeded by
// packages/server/src/demo/seed-history-documents.ts) with the keyboard alone.

const repoFile = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const earlier = JSON.parse(
  readFileSync(repoFile('examples/soest-kirmes/samples/allerheiligenkirmes-imbiss-application.json'), 'utf8'),
);
const EDITION = 'allerheiligenkirmes-2026';
const APPLICANT = 'aylin.demir@example.org';
const STAFF = JSON.parse(readFileSync(repoFile('examples/soest-kirmes/tenant.json'), 'utf8')).staff[0].email;

async function expectAccessible(page: Page, what: string) {
  expect(await axeViolations(page), `axe-core violations on ${what}`).toEqual([]);
}

async function value(page: Page, id: string): Promise<string> {
  return page.locator(`[id="${id}"]`).inputValue();
}

/** Goes on with "Weiter" until the field `id` is on the page shown. */
async function nextPageWith(page: Page, id: string): Promise<void> {
  for (let step = 0; step < 5 && (await page.locator(`[id="${id}"]`).count()) === 0; step++) {
    await page.getByRole('button', { name: 'Weiter', exact: true }).click();
    await page.waitForTimeout(50);
  }
  await page.locator(`[id="${id}"]`).waitFor();
}

/** Presses Tab until `target` has the focus, as a keyboard user reaches it. */
async function tabTo(page: Page, target: ReturnType<Page['locator']>): Promise<void> {
  for (let step = 0; step < 100; step++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('the element cannot be reached with Tab');
}

describe.runIf(browserTestsEnabled())('apply again in Chromium', () => {
  const env = demoInChromium();
  /** The case the first test submits; the second one goes on with it. */
  let submittedId = '';
  let page: Page;

  it('takes over last year’s answers, but not the privacy acknowledgement, and submits', async () => {
    page = await env.browser.newPage({ locale: 'de-DE' });
    await page.goto(`${env.server.baseUrl}/apply/${EDITION}`);
    await page.getByLabel('E-Mail-Adresse').fill(APPLICANT);
    await page.getByRole('button', { name: /Anmeldelink/ }).click();
    await page.getByRole('heading', { level: 1, name: /Anmeldelink geschickt/ }).waitFor();
    await page.goto(env.server.signInLinkFor(APPLICANT));
    await page.locator('#root_applicant_givenName').waitFor();
    expect(await value(page, 'root_applicant_givenName')).toBe('');

    const button = page.getByRole('button', {
      name: 'Angaben aus Ihrer Bewerbung für Allerheiligenkirmes 2025 übernehmen',
    });
    await button.waitFor();
    await expectAccessible(page, 'the form offering to apply again');
    await button.click();

    // Announced and focused, so a screen reader says what happened; the button is gone.
    const done = page.getByRole('status').filter({ hasText: 'Allerheiligenkirmes 2025 sind übernommen' });
    await done.waitFor();
    await expect.poll(() => done.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await button.count()).toBe(0);
    await expectAccessible(page, 'the form after taking over the answers');

    expect(await value(page, 'root_applicant_givenName')).toBe('Aylin');
    expect(await value(page, 'root_applicant_familyName')).toBe('Demir');
    expect(await value(page, 'root_applicant_street')).toBe('Marktstraße 12');
    expect(await value(page, 'root_applicant_email')).toBe(APPLICANT);
    await nextPageWith(page, 'root_business_name');
    expect(await value(page, 'root_business_name')).toBe('Reibekuchen Demir');
    expect(await value(page, 'root_offer_prices')).toBe(earlier.offer.prices);
    await nextPageWith(page, 'root_supply_powerKw');
    expect(await value(page, 'root_supply_powerKw')).toBe('18');
    await nextPageWith(page, 'root_privacy_informationAcknowledged');
    // DS-1/DS-2: the acknowledgement of the Art. 13 information belongs to this submission, not last year's.
    expect(await page.locator('#root_privacy_informationAcknowledged').isChecked()).toBe(false);

    await page.locator('#root_privacy_informationAcknowledged').check();
    const submitted = page.waitForResponse(
      (r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/v1/me/applications',
    );
    await page.getByRole('button', { name: 'Bewerbung absenden' }).click();
    const response = await submitted;
    expect(response.status()).toBe(201);
    await page.getByText('Ihre Bewerbung ist eingegangen').waitFor();

    const { id } = (await response.json()) as { id: string };
    submittedId = id;
    const mine = await page.evaluate(
      (caseId) => fetch(`/api/v1/me/applications/${caseId}`).then((r) => r.json()),
      id,
    );
    expect(mine.editionId).toBe(EDITION);
    expect(mine.data.applicant).toEqual(earlier.applicant);
    expect(mine.data.business).toEqual(earlier.business);
    expect(mine.data.stand).toEqual(earlier.stand);
    expect(mine.data.privacy.informationAcknowledged).toBe(true);
  });

  it('takes over last year’s still valid insurance on the case page with the keyboard (DOC-2)', async () => {
    expect(submittedId, 'the first test submitted the 2026 application').not.toBe('');
    await page.goto(`${env.server.baseUrl}/applications/${submittedId}`);
    const kind = page.locator('festplatz-documents section[data-kind="liability_insurance"]');
    const offer = kind.getByText(
      'Aus Ihrer Bewerbung für Allerheiligenkirmes 2025: haftpflichtversicherung-demir.pdf, gültig bis 31. März 2027',
    );
    await offer.waitFor();
    await expect.poll(() => kind.locator('.festplatz-documents__status').textContent()).toBe('Fehlt noch');
    const takeOver = kind.getByRole('button', { name: 'Übernehmen', exact: true });
    // The button is described by its offer line, so a screen reader says which file it takes.
    const describedBy = (await takeOver.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toBe(await offer.textContent());
    await expectAccessible(page, 'the case page offering last year’s insurance');

    await tabTo(page, takeOver);
    await page.keyboard.press('Enter');

    const done = page
      .getByRole('status')
      .filter({ hasText: 'haftpflichtversicherung-demir.pdf wurde übernommen und wird geprüft.' });
    await done.waitFor();
    await expect
      .poll(() => kind.locator('.festplatz-documents__status').textContent())
      .toBe('Hochgeladen – in Prüfung');
    const file = kind.getByRole('link', { name: 'haftpflichtversicherung-demir.pdf' });
    await expect.poll(() => file.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await takeOver.count()).toBe(0);
    expect(await kind.getByText('Hochgeladen – in Prüfung').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'the case page after taking the insurance over');

    // The same stored file, now part of this case: it downloads from the new case.
    const head = await page.evaluate(
      async (href) => {
        const bytes = new Uint8Array(await (await fetch(href)).arrayBuffer());
        return new TextDecoder().decode(bytes.slice(0, 5));
      },
      (await file.getAttribute('href')) ?? '',
    );
    expect(head).toBe('%PDF-');
  });

  it('lets the office accept the taken-over insurance; the applicant then sees it accepted (DOC-8)', async () => {
    expect(submittedId, 'the first test submitted the 2026 application').not.toBe('');
    const staffContext = await env.browser.newContext({ locale: 'de-DE' });
    const staff = await signedIn(staffContext, env.server, STAFF);
    await staff.goto(`${env.server.baseUrl}/admin/applications/${submittedId}`);
    const documents = staff.locator('festplatz-case-documents');
    const fileName = { name: 'haftpflichtversicherung-demir.pdf' };
    const file = documents.getByRole('link', fileName);
    await file.waitFor();
    const row = documents.locator('li', { has: staff.getByRole('link', fileName) });
    expect(await row.textContent()).toContain('In Prüfung, gültig bis 31.03.2027');
    expect(await row.textContent()).not.toContain('Achtung');
    await expectAccessible(staff, 'the staff case page with the documents');

    // A rejection needs a reason the applicant can read: an empty one is refused at the field.
    await row.getByRole('button', { name: 'Ablehnen' }).click();
    const note = row.getByLabel('Begründung der Ablehnung');
    await expect.poll(() => note.evaluate((element) => element === document.activeElement)).toBe(true);
    await row.getByRole('button', { name: 'Ablehnung speichern' }).click();
    await row.getByRole('alert').filter({ hasText: 'Bitte geben Sie eine Begründung an.' }).waitFor();
    expect(await note.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(staff, 'the rejection form with its error');
    await row.getByRole('button', { name: 'Abbrechen' }).click();

    const accept = row.getByRole('button', { name: 'Annehmen' });
    await tabTo(staff, accept);
    await staff.keyboard.press('Enter');
    await documents
      .getByRole('status')
      .filter({ hasText: 'haftpflichtversicherung-demir.pdf wurde angenommen.' })
      .waitFor();
    await expect.poll(async () => (await row.textContent()) ?? '').toContain('Angenommen');
    await expect.poll(() => file.evaluate((element) => element === document.activeElement)).toBe(true);
    await staffContext.close();

    await page.goto(`${env.server.baseUrl}/applications/${submittedId}`);
    const kind = page.locator('festplatz-documents section[data-kind="liability_insurance"]');
    await expect
      .poll(async () => (await kind.locator('.festplatz-documents__status').textContent()) ?? '')
      .toBe('Angenommen');
  });
});
