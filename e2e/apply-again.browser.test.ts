import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { browserTestsEnabled } from './support/chromium.ts';
import { demoInChromium } from './support/demo-in-chromium.ts';

// Apply again (issue 5): the demo's Aylin Demir applied for the Allerheiligenkirmes 2025 (seeded from
// examples/soest-kirmes/history). On the 2026 form she takes over those answers with one button; the privacy
// acknowledgement is NOT taken over and must be given anew (DS-1, DS-2), and the application can be submitted.

const repoFile = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const earlier = JSON.parse(
  readFileSync(repoFile('examples/soest-kirmes/samples/allerheiligenkirmes-imbiss-application.json'), 'utf8'),
);
const EDITION = 'allerheiligenkirmes-2026';
const APPLICANT = 'aylin.demir@example.org';

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

describe.runIf(browserTestsEnabled())('apply again in Chromium', () => {
  const env = demoInChromium();

  it('takes over last year’s answers, but not the privacy acknowledgement, and submits', async () => {
    const page = await env.browser.newPage({ locale: 'de-DE' });
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
});
