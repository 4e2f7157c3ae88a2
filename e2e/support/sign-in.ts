import type { BrowserContext, Page } from 'playwright-core';
import type { DemoServer } from './demo-server.ts';

/**
 * Signs `email` in through the real magic-link flow (the link is read from the demo's mail outbox) in a new page
 * of `context`, and returns that page, signed in.
 */
export async function signedIn(context: BrowserContext, server: DemoServer, email: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.baseUrl}/signin`);
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByRole('button', { name: /Anmeldelink/ }).click();
  await page.getByRole('heading', { level: 1, name: /Anmeldelink geschickt/ }).waitFor();
  await page.goto(server.signInLinkFor(email));
  return page;
}
