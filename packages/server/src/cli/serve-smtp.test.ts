import { afterEach, describe, expect, it } from 'vitest';
import { mailBody, startSmtpServer, type TestSmtpServer } from '../../test/smtp-server.ts';
import { captureIo, tempDb, waitFor } from '../../test/support.ts';
import { runCli } from './main.ts';

const MAIL_FROM = 'Festplatz <festplatz@soest.example>';

let env: ReturnType<typeof tempDb>;
let smtp: TestSmtpServer;
afterEach(async () => {
  await smtp.close();
  env.cleanup();
});

/** Starts `festplatz <command>` mailing through the test SMTP server; resolves once it listens. */
async function startWithSmtp(command: 'serve' | 'demo', extraEnv: Record<string, string> = {}) {
  env = tempDb();
  smtp = await startSmtpServer();
  const captured = captureIo({
    PORT: '0',
    HOST: '127.0.0.1',
    FESTPLATZ_DATA_DIR: env.dir,
    SMTP_URL: `smtp://festplatz:geheim@127.0.0.1:${smtp.port}`,
    MAIL_FROM,
    ...extraEnv,
  });
  const running = runCli([command], captured.io);
  const url = await waitFor(() =>
    captured.out
      .find((l) => /läuft auf|running at/.test(l))
      ?.split(' ')
      .at(-1),
  );
  return { ...captured, running, url: url as string };
}

describe('festplatz serve with SMTP_URL', () => {
  it('mails the sign-in link through the SMTP server, and the link opens a session', async () => {
    const { out, err, stop, running, url } = await startWithSmtp('serve');
    expect(out[1]).toBe(`E-Mail: SMTP smtp://festplatz:***@127.0.0.1:${smtp.port}`);

    const res = await fetch(`${url}/auth/magic-link`, {
      method: 'POST',
      headers: { Origin: url, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: 'erika@example.org', next: '/' }),
    });
    expect(res.status).toBe(200);

    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail?.auth).toEqual({ username: 'festplatz', password: 'geheim' });
    expect(mail?.from).toBe('festplatz@soest.example');
    expect(mail?.to).toEqual(['erika@example.org']);
    const link = mailBody(mail?.raw ?? '').match(/http:\/\/\S+\/auth\/callback\?token=[\w-]+/)?.[0] as string;
    expect(link.startsWith(`${url}/auth/callback?token=`)).toBe(true);

    const callback = await fetch(link, { redirect: 'manual' });
    expect(callback.status).toBe(303);
    const cookie = callback.headers.get('set-cookie')?.match(/__Host-festplatz_session=[^;]+/)?.[0] as string;
    const me = await fetch(`${url}/api/v1/me`, { headers: { Cookie: cookie } });
    expect(await me.json()).toMatchObject({ email: 'erika@example.org' });

    stop();
    expect(await running).toBe(0);
    expect(err).toEqual([]);
    // Neither the SMTP password nor the sign-in link reaches the console.
    expect(out.join('\n')).not.toContain('geheim');
    expect(out.join('\n')).not.toContain('token=');
  }, 30_000);

  it('festplatz demo names the SMTP route in the CLI language', async () => {
    const { out, stop, running } = await startWithSmtp('demo', { FESTPLATZ_LANG: 'en' });
    const signInHint = await waitFor(() => out.find((l) => l.startsWith('Sign in:')));
    stop();
    expect(await running).toBe(0);
    expect(out).toContain(`E-mail: SMTP smtp://festplatz:***@127.0.0.1:${smtp.port}`);
    expect(signInHint).toBe(
      'Sign in: enter the address on /signin; the sign-in link is sent by e-mail (SMTP).',
    );
  }, 30_000);

  it('refuses SMTP_URL without MAIL_FROM', async () => {
    env = tempDb();
    smtp = await startSmtpServer();
    const { io } = captureIo({ FESTPLATZ_DATA_DIR: env.dir, SMTP_URL: `smtp://127.0.0.1:${smtp.port}` });
    await expect(runCli(['serve'], io)).rejects.toThrow('MAIL_FROM must be set when SMTP_URL is set');
  });
});
