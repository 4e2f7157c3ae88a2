import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { browserTestsEnabled } from './support/chromium.ts';
import { demoInChromium } from './support/demo-in-chromium.ts';

const email = 'paula.probe@example.org';

describe.runIf(browserTestsEnabled())('session warning in Chromium', () => {
  const env = demoInChromium();

  it('warns before the end, extends by keyboard, and offers sign-in once the session has ended', async () => {
    const context = await env.browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    await page.clock.install();
    await page.route('**/api/v1/me/session**', async (route) => {
      const response = await route.fetch();
      const { date: _date, ...headers } = response.headers();
      await route.fulfill({ response, headers });
    });
    await page.goto(`${env.server.baseUrl}/signin`);
    await page.getByLabel('E-Mail-Adresse').fill(email);
    await page.getByRole('button', { name: /Anmeldelink/ }).click();
    await page.getByRole('heading', { level: 1, name: /Anmeldelink geschickt/ }).waitFor();
    await page.goto(env.server.signInLinkFor(email));

    const [cookie] = await context.cookies();
    expect(cookie).toMatchObject({
      name: '__Host-festplatz_session',
      secure: true,
      httpOnly: true,
      path: '/',
    });
    const status = page.getByRole('status');
    await expect(status.textContent()).resolves.toBe('');
    const extend = page.getByRole('button', { name: 'Sitzung verlängern' });
    expect(await extend.isVisible()).toBe(false);

    await page.clock.fastForward('55:30');
    await expect.poll(() => status.textContent()).toMatch(/^Ihre Sitzung endet um \d\d:\d\d\.$/);
    expect(await axeViolations(page)).toEqual([]);
    // Back to real time, so the extension (an hour from the server's now) is no longer within the warning.
    await page.clock.setSystemTime(Date.now());
    await extend.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => status.textContent()).toMatch(/^Ihre Sitzung wurde bis \d\d:\d\d verlängert\.$/);
    expect(await extend.isVisible()).toBe(false);

    // Signed out in another tab: the next check finds the session gone.
    const signOut = await page.request.post(`${env.server.baseUrl}/auth/sign-out`, {
      headers: { Origin: env.server.baseUrl },
      maxRedirects: 0,
    });
    expect(signOut.status()).toBe(303);
    expect((await page.request.get(`${env.server.baseUrl}/api/v1/me/session`)).status()).toBe(401);
    await page.clock.fastForward('01:01:00');
    await expect.poll(() => status.textContent()).toBe('Ihre Sitzung ist abgelaufen.');
    expect(await page.getByRole('link', { name: 'Erneut anmelden' }).getAttribute('href')).toBe(
      '/signin?next=%2F',
    );
    await context.close();
  });
});
