import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** A `festplatz demo` process on 127.0.0.1 with its own data directory, as `npm start` runs it. */
export interface DemoServer {
  baseUrl: string;
  dataDir: string;
  /** Reads the newest sign-in link mailed to `email` from the dev outbox. */
  signInLinkFor(email: string): string;
  stop(): Promise<void>;
}

/** Asks the OS for a free TCP port on loopback. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHealth(baseUrl: string, process: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (process.exitCode !== null) throw new Error(`festplatz demo exited early:\n${output()}`);
    try {
      const response = await fetch(`${baseUrl}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet: try again below
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`festplatz demo did not become healthy within 30 s:\n${output()}`);
}

/**
 * Undoes the transfer encodings a mailer may choose for non-ASCII text (quoted-printable, base64), so the
 * link can be read as a mail client would show it.
 */
function readableMailText(message: string): string {
  const quotedPrintable = message
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  const base64Parts = [...message.matchAll(/base64\r?\n\r?\n([A-Za-z0-9+/=\r\n]+)/g)].map((match) =>
    Buffer.from((match[1] ?? '').replace(/\s/g, ''), 'base64').toString('utf8'),
  );
  return [quotedPrintable, ...base64Parts].join('\n');
}

/** Starts the built CLI (`packages/server/bin/festplatz.js demo`); run `npm run build` first. */
export async function startDemoServer(options: { env?: Record<string, string> } = {}): Promise<DemoServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'festplatz-e2e-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  let output = '';
  const child = spawn(process.execPath, [join(repoRoot, 'packages/server/bin/festplatz.js'), 'demo'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      ...options.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      FESTPLATZ_DATA_DIR: dataDir,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  await waitForHealth(baseUrl, child, () => output);

  return {
    baseUrl,
    dataDir,
    signInLinkFor(email) {
      const outbox = join(dataDir, 'outbox');
      const messages = readdirSync(outbox)
        .filter((name) => name.endsWith('.eml'))
        .map((name) => join(outbox, name))
        .sort((a, b) => statSync(a).mtimeMs - statSync(b).mtimeMs)
        .map((path) => readFileSync(path, 'utf8'))
        .filter((message) => message.toLowerCase().includes(`to: ${email.toLowerCase()}`))
        .map(readableMailText);
      // The newest mail WITH a link: a receipt to the same address may have been written after it.
      const link = messages
        .map((message) => message.match(/https?:\/\/[^\s"<>]+\/auth\/callback\?token=[A-Za-z0-9_-]+/)?.[0])
        .filter((found) => found !== undefined)
        .at(-1);
      if (!link) throw new Error(`no sign-in link for ${email} in ${outbox}`);
      return link;
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
