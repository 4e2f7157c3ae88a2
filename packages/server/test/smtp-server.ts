// A real SMTP server on 127.0.0.1 for tests (smtp-server, the counterpart of nodemailer): it accepts every
// message, or answers a chosen 5xx, and keeps what it received as raw RFC 5322 text.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** One message as the server received it: envelope, the credentials used (if any) and the raw DATA. */
export interface ReceivedMail {
  from: string;
  to: string[];
  auth: { username: string; password: string } | null;
  raw: string;
}

/** A listening test SMTP server. */
export interface TestSmtpServer {
  port: number;
  /** Everything accepted so far, oldest first. */
  received: ReceivedMail[];
  close(): Promise<void>;
}

/**
 * Starts the server on a free port. Plain text only (no STARTTLS) with AUTH allowed but optional, so that
 * `smtp://user:pass@127.0.0.1:<port>` works; `rejectRecipients` answers every RCPT TO with that 5xx code.
 */
export async function startSmtpServer(options: { rejectRecipients?: number } = {}): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  const credentials = new Map<string, ReceivedMail['auth']>();
  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    disableReverseLookup: true,
    closeTimeout: 100,
    onAuth(auth, session, callback) {
      credentials.set(session.id, { username: auth.username ?? '', password: auth.password ?? '' });
      callback(null, { user: auth.username });
    },
    onRcptTo(_address, _session, callback) {
      const code = options.rejectRecipients;
      if (code === undefined) return callback();
      callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: code }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const { mailFrom, rcptTo } = session.envelope;
        received.push({
          from: mailFrom ? mailFrom.address : '',
          to: rcptTo.map((r) => r.address),
          auth: credentials.get(session.id) ?? null,
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { port, received, close: () => new Promise<void>((resolve) => server.close(resolve)) };
}

/** Header `name` of a raw message: unfolded, with RFC 2047 encoded words (`=?UTF-8?Q?...?=`) decoded. */
export function mailHeader(raw: string, name: string): string | undefined {
  const head = (raw.split(/\r?\n\r?\n/, 1)[0] ?? '').replace(/\r?\n[ \t]+/g, ' ');
  const prefix = `${name.toLowerCase()}:`;
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(prefix));
  if (line === undefined) return undefined;
  return line
    .slice(prefix.length)
    .trim()
    .replace(/\?=\s+=\?/g, '?==?') // whitespace between encoded words is not part of the text
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, encoding: string, text: string) =>
      encoding.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeQuotedPrintable(text.replaceAll('_', ' ')),
    );
}

/** The body of a raw message (every part, for multipart) with quoted-printable decoded. */
export function mailBody(raw: string): string {
  return decodeQuotedPrintable(raw.slice(raw.search(/\r?\n\r?\n/)).trim());
}

function decodeQuotedPrintable(text: string): string {
  // Quoted-printable text is ASCII: map each =XX to its byte as a latin1 character, then read it as UTF-8.
  const bytes = text
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}
