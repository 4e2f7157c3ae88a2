import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { browserTestsEnabled } from './support/chromium.ts';
import { watchCspViolations } from './support/csp.ts';
import { demoInChromium } from './support/demo-in-chromium.ts';
import type { DemoServer } from './support/demo-server.ts';
import { fillForm } from './support/fill-form.ts';

const repoFile = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const sample = JSON.parse(
  readFileSync(repoFile('examples/soest-kirmes/samples/ride-application.json'), 'utf8'),
);
const staff = JSON.parse(readFileSync(repoFile('examples/soest-kirmes/tenant.json'), 'utf8')).staff[0].email;
const applicantEmail = 'erika.mustermann@example.org';

async function expectAccessible(page: Page, what: string) {
  const violations = await axeViolations(page);
  expect(violations, `axe-core violations on ${what}`).toEqual([]);
}

async function signIn(page: Page, server: DemoServer, email: string) {
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByRole('button', { name: /Anmeldelink/ }).click();
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).textContent())
    .toMatch(/Anmeldelink geschickt/);
  await expectAccessible(page, 'the "check your mail" page');
  await page.goto(server.signInLinkFor(email));
}

describe.runIf(browserTestsEnabled())('walking skeleton in Chromium', () => {
  const env = demoInChromium();

  it('an applicant signs in, fills and submits the Soest form; staff see it in /admin', async () => {
    const applicant = await env.browser.newPage({ locale: 'de-DE' });
    const cspViolations = await watchCspViolations(applicant);
    const requests: string[] = [];
    applicant.on('request', (request) =>
      requests.push(`${request.method()} ${new URL(request.url()).pathname}`),
    );
    await applicant.goto(env.server.baseUrl);
    await applicant
      .getByText(/Vorführung: Die Bewerbungsfrist wurde verschoben/)
      .first()
      .waitFor();
    await expectAccessible(applicant, 'the home page');

    await applicant.getByRole('link', { name: /Jetzt bewerben: Allerheiligenkirmes/ }).click();
    expect(new URL(applicant.url()).pathname).toBe('/signin');
    await expectAccessible(applicant, 'the sign-in page');
    await signIn(applicant, env.server, applicantEmail);

    expect(new URL(applicant.url()).pathname).toBe('/apply/allerheiligenkirmes-2026');
    await applicant.locator('#root_applicant_givenName').waitFor();
    await expectAccessible(applicant, 'the empty application form');

    const csp = await applicant.evaluate(() =>
      fetch(location.href).then((r) => r.headers.get('content-security-policy')),
    );
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(requests).toContain('GET /api/v1/editions/allerheiligenkirmes-2026/form-validator.js');

    const submissions = () => requests.filter((r) => r === 'POST /api/v1/me/applications').length;
    // Wizard page 1 of 5 (e2e/wizard.browser.test.ts walks all pages by keyboard and checks DS-1's unticked box).
    await applicant.getByRole('button', { name: 'Weiter' }).click();
    await applicant.getByRole('alert').first().waitFor();
    await expect(applicant.locator('[aria-invalid="true"]').count()).resolves.toBeGreaterThan(5);
    expect(submissions(), 'the empty form was rejected in the browser, not by the server').toBe(0);
    await expectAccessible(applicant, 'the application form showing its errors');

    const form = await (
      await fetch(`${env.server.baseUrl}/api/v1/editions/allerheiligenkirmes-2026/form`)
    ).json();
    await fillForm(applicant, form.schema, sample);
    await applicant.getByRole('button', { name: 'Bewerbung absenden' }).click();
    const receipt = applicant.getByText('Ihre Bewerbung ist eingegangen');
    await receipt.waitFor();
    expect(submissions()).toBe(1);
    await expectAccessible(applicant, 'the submission receipt');
    await expect(cspViolations()).resolves.toEqual([]);

    const clerk = await env.browser.newPage({ locale: 'de-DE' });
    await clerk.goto(`${env.server.baseUrl}/admin`);
    expect(new URL(clerk.url()).pathname).toBe('/signin');
    await signIn(clerk, env.server, staff);
    expect(new URL(clerk.url()).pathname).toBe('/admin');
    const row = clerk.getByRole('row', { name: /Mustermann/ });
    await row.waitFor();
    await expect(row.textContent()).resolves.toMatch(/Eingereicht/);
    await expectAccessible(clerk, 'the staff application list');

    // What the applicant typed (decimals with a comma, choices by label) arrives as the sample's values.
    const list = await clerk.evaluate(() => fetch('/api/v1/admin/applications').then((r) => r.json()));
    const detail = await clerk.evaluate(
      (id) => fetch(`/api/v1/admin/applications/${id}`).then((r) => r.json()),
      list.items[0].id,
    );
    expect(detail.data).toEqual(sample);

    await row.getByRole('link').click();
    await clerk.getByText('Wilde Maus').first().waitFor();
    await expectAccessible(clerk, 'the staff case view');
    await clerk.getByRole('button', { name: 'Prüfung beginnen' }).click();
    await clerk
      .getByRole('status')
      .getByText(/In Prüfung/)
      .waitFor();
    await expectAccessible(clerk, 'the case view after starting the review');
  }, 180_000);
});
