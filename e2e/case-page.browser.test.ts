import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { browserTestsEnabled } from './support/chromium.ts';
import { demoInChromium } from './support/demo-in-chromium.ts';
import { tabTo } from './support/fill-by-keyboard.ts';
import { fillForm } from './support/fill-form.ts';

const repoFile = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const sample = JSON.parse(
  readFileSync(repoFile('examples/soest-kirmes/samples/ride-application.json'), 'utf8'),
);
const email = 'karl.kettenkarussell@example.org';
const EDITION = 'allerheiligenkirmes-2026';

async function expectAccessible(page: Page, what: string) {
  expect(await axeViolations(page), `axe-core violations on ${what}`).toEqual([]);
}

describe.runIf(browserTestsEnabled())(
  'the applicant’s case page in Chromium (DS-1, DS-2, DATE-1, A11Y-4)',
  () => {
    const env = demoInChromium();

    it('shows Art. 13 and unticked consents; case page, receipt, PDF; withdraws a consent by keyboard', async () => {
      const page = await env.browser.newPage({ locale: 'de-DE', acceptDownloads: true });
      await page.goto(`${env.server.baseUrl}/apply/${EDITION}`);
      await page.getByLabel('E-Mail-Adresse').fill(email);
      await page.getByRole('button', { name: /Anmeldelink/ }).click();
      await page.getByRole('heading', { level: 1, name: /Anmeldelink geschickt/ }).waitFor();
      await page.goto(env.server.signInLinkFor(email));

      // The privacy block sits on the wizard's last page, right before the submit button: walk there first.
      const { schema } = await (await fetch(`${env.server.baseUrl}/api/v1/editions/${EDITION}/form`)).json();
      await fillForm(page, schema, sample);
      // DS-2 / DS-1 on the form: the information as a disclosure with its version, the consent separate and unticked.
      const consent = page.getByRole('checkbox', { name: 'Veröffentlichung im Kirmesprogramm' });
      await consent.waitFor();
      expect(await consent.isChecked()).toBe(false);
      await page.getByText('Datenschutzhinweise lesen (Fassung 2026-1)').click();
      await page.getByText(/1\. Verantwortlich: Stadt Soest/).waitFor();

      // Submitted by the form itself with the consent given: the draft it saved on the way becomes the case.
      await consent.check();
      const submission = page.waitForResponse((r) => r.url().endsWith('/api/v1/me/applications'));
      await page.getByRole('button', { name: 'Bewerbung absenden' }).click();
      const response = await submission;
      expect(response.status()).toBe(201);
      const id: string = (await response.json()).id;

      // From the start page to the case page: status and next step.
      await page.goto(env.server.baseUrl);
      await page.getByRole('link', { name: 'Allerheiligenkirmes 2026', exact: true }).click();
      expect(new URL(page.url()).pathname).toBe(`/applications/${id}`);
      await page.getByText('Sie müssen nichts tun. Wir prüfen Ihre Bewerbung').waitFor();
      await expect(page.locator('.festplatz-case-status__state').textContent()).resolves.toBe('Eingereicht');
      await expectAccessible(page, 'the case page');

      // The receipt page: the SHA-256 of the submitted content and the Art. 13 version.
      const status = await page.evaluate(
        (caseId) => fetch(`/api/v1/me/applications/${caseId}`).then((r) => r.json()),
        id,
      );
      await page.getByRole('link', { name: 'Eingangsbestätigung anzeigen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Eingangsbestätigung' }).waitFor();
      await page.getByText(status.receipt.dataHash).waitFor();
      await page.getByText('2026-1', { exact: true }).waitFor();
      await expectAccessible(page, 'the receipt page');

      // The PDF download: a tagged PDF in German.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Als PDF herunterladen' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`Eingangsbestaetigung-${id}.pdf`);
      const pdf = (await readFile((await download.path()) as string)).toString('latin1');
      expect(pdf.startsWith('%PDF-')).toBe(true);
      expect(pdf).toMatch(/\/StructTreeRoot/);
      expect(pdf).toMatch(/\/Lang \(de-DE\)/);

      // Withdrawing the consent with the keyboard alone, confirmed in the live region that then has the focus.
      await page.getByRole('link', { name: 'Zurück zu Ihrer Bewerbung' }).click();
      await page.getByText('Veröffentlichung im Kirmesprogramm').waitFor();
      await tabTo(
        page,
        (el) => el.tag === 'button' && el.text === 'Einwilligung widerrufen',
        'the withdraw button',
      );
      await page.keyboard.press('Enter');
      const live = page.getByRole('status').filter({ hasText: 'ist widerrufen' });
      await live.waitFor();
      await expect(live.textContent()).resolves.toContain(
        '„Veröffentlichung im Kirmesprogramm“ ist widerrufen',
      );
      await expect(page.evaluate(() => document.activeElement?.getAttribute('role'))).resolves.toBe('status');
      await page.getByText(/Widerrufen am/).waitFor();
      expect(await page.getByRole('button', { name: 'Einwilligung widerrufen' }).count()).toBe(0);
      await expectAccessible(page, 'the case page after the withdrawal');
      const after = await page.evaluate(
        (caseId) => fetch(`/api/v1/me/applications/${caseId}`).then((r) => r.json()),
        id,
      );
      expect(after.consents[0].withdrawnAt).toEqual(expect.any(String));
    }, 180_000);
  },
);
