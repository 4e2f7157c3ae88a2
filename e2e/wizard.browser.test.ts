import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { browserTestsEnabled } from './support/chromium.ts';
import { watchCspViolations } from './support/csp.ts';
import { demoInChromium } from './support/demo-in-chromium.ts';
import type { DemoServer } from './support/demo-server.ts';
import { fillByKeyboard, pressButton } from './support/fill-by-keyboard.ts';
import { fillForm, propertySchema, waitForStep } from './support/fill-form.ts';

// Issue 5 must-show 1: the Soest form is a 5-page wizard that can be completed with the keyboard alone and has no
// axe-core violations on any page or in its error state; A11Y-5: drafts are autosaved, so coming back (after a
// forced re-login, AUTH-6) restores the answers.

const repoFile = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const sample = JSON.parse(
  readFileSync(repoFile('examples/soest-kirmes/samples/ride-application.json'), 'utf8'),
) as Record<string, unknown>;
const EDITION = 'allerheiligenkirmes-2026';

async function expectAccessible(page: Page, what: string) {
  expect(await axeViolations(page), `axe-core violations on ${what}`).toEqual([]);
}

/** Signs in by keyboard: types the address, presses Enter, then follows the link from the (dev outbox) mail. */
async function signInByKeyboard(page: Page, server: DemoServer, email: string) {
  await page.goto(`${server.baseUrl}/apply/${EDITION}`);
  await page.getByLabel('E-Mail-Adresse').focus();
  await page.keyboard.type(email);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: /Anmeldelink geschickt/ }).waitFor();
  await page.goto(server.signInLinkFor(email));
  await page.locator('.festplatz-wizard-progress').waitFor();
}

async function formSchema(server: DemoServer) {
  const res = await fetch(`${server.baseUrl}/api/v1/editions/${EDITION}/form`);
  return (await res.json()) as {
    schema: Record<string, unknown>;
    pages: { title: string; fields: string[] }[];
  };
}

const step = (page: Page) => page.locator('.festplatz-wizard-progress progress').getAttribute('value');
const focusedHeading = (page: Page) =>
  page.evaluate(() =>
    document.activeElement?.matches('h3.festplatz-page-heading') ? document.activeElement.textContent : null,
  );

// Many Tab presses and an axe-core run per page: slower than the project's 60 s default on a busy machine.
describe.runIf(browserTestsEnabled())('the application wizard in Chromium', () => {
  const env = demoInChromium();

  it('is completed with the keyboard alone, page by page, without axe-core violations', async () => {
    const page = await env.browser.newPage({ locale: 'de-DE' });
    const cspViolations = await watchCspViolations(page);
    await signInByKeyboard(page, env.server, 'karl.tastatur@example.org');
    const form = await formSchema(env.server);
    expect(form.pages.map((p) => p.title)).toHaveLength(5);

    await expect(
      page.getByRole('heading', { name: 'Schritt 1 von 5: Person und Unternehmen' }).count(),
    ).resolves.toBe(1);
    await expect(page.locator('li[aria-current="step"]').textContent()).resolves.toContain(
      'Person und Unternehmen',
    );
    await expectAccessible(page, 'page 1 of the wizard');

    // "Weiter" on the empty first page: its errors only, linked to the fields, focus on the first one.
    await pressButton(page, 'Weiter');
    await page.locator('.festplatz-error-summary').waitFor();
    expect(await step(page)).toBe('1');
    const invalid = await page.locator('[aria-invalid="true"]').evaluateAll((els) => els.map((el) => el.id));
    expect(invalid.length).toBeGreaterThan(3);
    expect(invalid.every((id) => id.startsWith('root_applicant') || id.startsWith('root_company'))).toBe(
      true,
    );
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');
    await expectAccessible(page, 'page 1 showing its errors');

    for (const [index, wizardPage] of form.pages.entries()) {
      expect(await step(page)).toBe(String(index + 1));
      if (index === form.pages.length - 1) {
        // DS-1: the acknowledgement starts unticked; the applicant ticks it.
        await expect(page.locator('#root_privacy_informationAcknowledged').isChecked()).resolves.toBe(false);
      }
      for (const field of wizardPage.fields) {
        if (sample[field] === undefined) continue;
        await fillByKeyboard(page, propertySchema(form.schema, field) ?? {}, sample[field], ['root', field]);
      }
      if (index === form.pages.length - 1) break;
      await pressButton(page, 'Weiter');
      await waitForStep(page, index + 2);
      // Focus moves to the new page's heading, so a screen reader announces where the applicant is.
      expect(await focusedHeading(page)).toBe(`Schritt ${index + 2} von 5: ${form.pages[index + 1]?.title}`);
      await expectAccessible(page, `page ${index + 2} of the wizard`);
    }

    // Shift+Tab back to "Zurück" and return: the answers of the page before are still there.
    await pressButton(page, 'Zurück');
    await waitForStep(page, 4);
    expect(await page.locator('#root_history_participations_0_year').inputValue()).toBe(
      String((sample.history as { participations: { year: number }[] }).participations[0]?.year),
    );
    await pressButton(page, 'Weiter');
    await waitForStep(page, 5);

    const submission = page.waitForResponse((r) => r.url().endsWith('/api/v1/me/applications'));
    await pressButton(page, 'Bewerbung absenden');
    const response = await submission;
    expect(response.status()).toBe(201);
    await page.getByText('Ihre Bewerbung ist eingegangen').waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('festplatz-receipt'))).toBe(
      true,
    );
    await expectAccessible(page, 'the receipt');

    // What was typed (dates in German order, decimals with a comma, choices by type-ahead) is the sample.
    const { id } = (await response.json()) as { id: string };
    const mine = await page.evaluate(
      (caseId) => fetch(`/api/v1/me/applications/${caseId}`).then((r) => r.json()),
      id,
    );
    expect(mine.data).toEqual(sample);
    await expect(cspViolations()).resolves.toEqual([]);
  }, 300_000);

  it('autosaves a draft and restores it after a reload; submitting turns that draft into the case', async () => {
    const page = await env.browser.newPage({ locale: 'de-DE' });
    const drafts: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/v1/me/drafts'))
        drafts.push(`${request.method()} ${new URL(request.url()).pathname}`);
    });
    await signInByKeyboard(page, env.server, 'rita.entwurf@example.org');
    const form = await formSchema(env.server);
    // Longer than the autosave's 2 s pause: the form filling in its defaults is no answer worth a draft.
    await page.waitForTimeout(3000);
    expect(
      drafts.filter((d) => d.startsWith('POST')),
      'no draft before the first answer',
    ).toEqual([]);

    const firstTwoPages = Object.fromEntries(
      form.pages
        .slice(0, 2)
        .flatMap((p) => p.fields)
        .filter((field) => sample[field] !== undefined)
        .map((field) => [field, sample[field]]),
    );
    await fillForm(page, form.schema, firstTwoPages);
    expect(await step(page)).toBe('2');
    // Saved 2 s after the last answer on page 2 (page 1 was saved when "Weiter" was pressed).
    const put = await page.waitForResponse(
      (r) => r.request().method() === 'PUT' && r.url().includes('/api/v1/me/drafts/'),
    );
    expect(put.status()).toBe(200);
    await expect
      .poll(() => page.locator('.festplatz-draft-status').textContent())
      .toMatch(/Entwurf gespeichert um \d\d:\d\d Uhr\./);
    expect(await page.locator('.festplatz-draft-status').getAttribute('role')).toBe('status');
    expect(drafts.filter((d) => d.startsWith('POST'))).toHaveLength(1);

    await page.reload();
    await page.getByText(/Ihr Entwurf vom .* wurde wiederhergestellt/).waitFor();
    // Pages 1 and 2 are complete: the applicant continues on page 3.
    expect(await step(page)).toBe('3');
    await expectAccessible(page, 'the restored draft');
    await page.getByRole('button', { name: 'Zurück' }).click();
    await page.locator('#root_business_name').waitFor();
    expect(await page.locator('#root_business_name').inputValue()).toBe('Wilde Maus');
    expect(await page.locator('#root_ride_approvalNumber').inputValue()).toBe(
      (sample.ride as { approvalNumber: string }).approvalNumber,
    );
    await page.getByRole('button', { name: 'Zurück' }).click();
    await page.locator('#root_applicant_givenName').waitFor();
    expect(await page.locator('#root_applicant_givenName').inputValue()).toBe(
      (sample.applicant as { givenName: string }).givenName,
    );

    await fillForm(page, form.schema, sample);
    const submission = page.waitForResponse((r) => r.url().endsWith('/api/v1/me/applications'));
    await page.getByRole('button', { name: 'Bewerbung absenden' }).click();
    const sent = await submission;
    expect(sent.status()).toBe(201);
    const body = JSON.parse(sent.request().postData() ?? '{}');
    const created = (await sent.json()) as { id: string };
    expect(body.draftId).toBe(created.id);
    await page.getByText('Ihre Bewerbung ist eingegangen').waitFor();
    const left = await page.evaluate(
      (edition) => fetch(`/api/v1/me/drafts?editionId=${edition}`).then((r) => r.json()),
      EDITION,
    );
    expect(left).toEqual([]);
    const mine = await page.evaluate(() => fetch('/api/v1/me/applications').then((r) => r.json()));
    expect(mine.map((a: { id: string }) => a.id)).toEqual([created.id]);
  }, 300_000);
});
