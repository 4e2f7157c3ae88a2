// A sign-in while the mail server is down or refuses: a clear answer in the user's language, not a bare 500.
import { afterEach, describe, expect, it } from 'vitest';
import { startSmtpServer } from '../../test/smtp-server.ts';
import { BASE_URL, FIXED_NOW, tempDb } from '../../test/support.ts';
import { createApp } from '../app.ts';
import { seedDemo } from '../demo/seed.ts';
import { SmtpMailTransport } from '../mail/smtp-transport.ts';

// A real SMTP server on 127.0.0.1 that refuses every recipient with 550, reached through the real transport.
async function appWithRefusingMail() {
  const env = tempDb();
  const smtp = await startSmtpServer({ rejectRecipients: 550 });
  await seedDemo(env.repo, { now: FIXED_NOW });
  const logged: unknown[] = [];
  const app = createApp({
    repo: env.repo,
    mail: new SmtpMailTransport({ url: `smtp://127.0.0.1:${smtp.port}`, from: 'festplatz@soest.example' }),
    baseUrl: BASE_URL,
    now: () => FIXED_NOW,
    logError: (_message, error) => logged.push(error),
    assetDirs: { kernDist: null, formRuntimeDist: null, builderUiDist: null, serverPublic: null },
  });
  const requestLink = (headers: Record<string, string>) =>
    app.request('/auth/magic-link', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: BASE_URL, ...headers },
      body: new URLSearchParams({ email: 'erika@example.org', next: '/' }),
    });
  const cleanup = async () => {
    await smtp.close();
    env.cleanup();
  };
  return { ...env, smtp, logged, requestLink, cleanup };
}

describe('sign-in when the mail cannot be sent', () => {
  let env: Awaited<ReturnType<typeof appWithRefusingMail>>;
  afterEach(() => env.cleanup());

  it('shows the form again with the address and a German notice (503), and logs the cause', async () => {
    env = await appWithRefusingMail();
    const res = await env.requestLink({ Accept: 'text/html' });
    expect(res.status).toBe(503);
    const page = await res.text();
    expect(page).toContain('role="alert"');
    expect(page).toContain('Wir konnten Ihnen gerade keine E-Mail schicken');
    expect(page).toContain('value="erika@example.org"');
    expect(env.logged).toHaveLength(1);
    expect(env.logged[0]).toMatchObject({ responseCode: 550 });
    expect(env.smtp.received).toHaveLength(0);
  });

  it('answers API clients with problem+json MAIL_UNAVAILABLE, in English on request', async () => {
    env = await appWithRefusingMail();
    const res = await env.requestLink({ 'Accept-Language': 'en' });
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await res.json()).toMatchObject({
      code: 'MAIL_UNAVAILABLE',
      status: 503,
      detail: expect.stringContaining('could not send you an e-mail'),
    });
  });
});
