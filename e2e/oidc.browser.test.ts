// Must-show 1: sign-in via the OpenID provider. `festplatz demo` runs its BundID stand-in (oidc-provider on
// 127.0.0.1); the applicant chooses "Mit BundID anmelden (Demo)", signs in there with the keyboard alone and
// comes back to the form, signed in. axe-core checks the sign-in page and the provider's login page (A11Y-1).
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { browserTestsEnabled } from './support/chromium.ts';
import { demoInChromium } from './support/demo-in-chromium.ts';

describe.runIf(browserTestsEnabled())('sign-in with BundID (demo OpenID provider) in Chromium', () => {
  const env = demoInChromium();

  it('goes from the form to the provider and back, signed in at trust level hoch, by keyboard', async () => {
    const context = await env.browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    // Signed out, the form sends the applicant to the sign-in page, which offers BundID next to the e-mail link.
    await page.goto(`${env.server.baseUrl}/apply/allerheiligenkirmes-2026`);
    await page.getByRole('heading', { level: 1, name: 'Anmelden' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Mit BundID anmelden (Demo)' }).click();

    // The provider's own login page: accessible, and usable with the keyboard alone.
    await page.getByRole('heading', { level: 1, name: 'Anmelden beim Demo-Anmeldedienst' }).waitFor();
    expect(new URL(page.url()).hostname).toBe('127.0.0.1');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Tab');
    const first = page.getByRole('radio', { name: /Max Schausteller/ });
    expect(await first.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: /Erika Mustermann/ }).isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    expect(
      await page.getByRole('button', { name: 'Anmelden' }).evaluate((el) => el === document.activeElement),
    ).toBe(true);
    await page.keyboard.press('Enter');

    // Back at Festplatz, on the form the applicant wanted, signed in with the provider's verified address.
    await page.waitForURL(`${env.server.baseUrl}/apply/allerheiligenkirmes-2026`);
    await page.getByText('Angemeldet als erika.mustermann@bundid.example').waitFor();
    const [cookie] = (await context.cookies(env.server.baseUrl)).filter((c) => c.name.startsWith('__Host-'));
    expect(cookie).toMatchObject({ name: '__Host-festplatz_session', httpOnly: true, secure: true });
    const me = await page.request.get(`${env.server.baseUrl}/api/v1/me`);
    expect(await me.json()).toMatchObject({ authMethod: 'oidc', trustLevel: 'hoch', representing: null });
    await context.close();
  });

  it('explains a cancelled sign-in in German and offers the way back', async () => {
    const context = await env.browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    await page.goto(`${env.server.baseUrl}/signin`);
    await page.getByRole('link', { name: 'Mit BundID anmelden (Demo)' }).click();
    await page.getByRole('button', { name: 'Abbrechen und zurück' }).click();
    await page.getByRole('heading', { level: 1, name: 'Anmeldung nicht abgeschlossen' }).waitFor();
    expect(await page.getByRole('alert').textContent()).toContain(
      'Sie haben die Anmeldung beim Anmeldedienst abgebrochen',
    );
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
