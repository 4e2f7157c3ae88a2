import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { AuditBreak, AuditVerification } from '@festplatz/case-engine';
import type { Lang } from '@festplatz/core';
import { type Messages, messages } from '../i18n/index.ts';
import { serveConfig } from './config.ts';
import { databaseLine, databaseLocation, openConfiguredRepository } from './database.ts';
import type { CliIo } from './io.ts';

/** Exit codes: 0 every chain intact, 1 at least one broken, 2 usage error or no database. */
export type AuditExit = 0 | 1 | 2;

function reasonText(t: Messages['cli'], link: AuditBreak): string {
  if (link.reason === 'seq_gap') return t.auditReasons.seq_gap(link.expectedSeq ?? link.seq);
  return t.auditReasons[link.reason];
}

/**
 * `festplatz audit verify [--lang de|en] [--json]`: checks the hash chain of every application's event log
 * (SEC-6) in the database (DATABASE_URL, else the file in FESTPLATZ_DATA_DIR) and names, per broken
 * application, the first broken event.
 */
export async function auditCommand(args: string[], io: CliIo): Promise<AuditExit> {
  const config = serveConfig(io.env);
  const parse = () =>
    parseArgs({
      args,
      allowPositionals: true,
      options: { lang: { type: 'string' }, json: { type: 'boolean', default: false } },
    });
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse();
  } catch (error) {
    io.err(error instanceof Error ? error.message : String(error));
    io.err(messages(config.lang).cli.auditUsage);
    return 2;
  }
  const { values, positionals } = parsed;
  const lang: Lang = values.lang === 'en' || values.lang === 'de' ? values.lang : config.lang;
  const t = messages(lang).cli;
  if (positionals.length !== 1 || positionals[0] !== 'verify' || (values.lang && values.lang !== lang)) {
    io.err(t.auditUsage);
    return 2;
  }
  // Verifying must not create an empty SQLite file where the real one was expected.
  if (!config.databaseUrl && !existsSync(config.dbFile)) {
    io.err(t.auditNoDatabase(config.dbFile));
    return 2;
  }

  const database = await openConfiguredRepository(config);
  let result: AuditVerification;
  try {
    result = await database.repository.verifyAuditChains();
  } finally {
    await database.close();
  }
  if (values.json) {
    const broken = result.broken.map((link) => ({ ...link, message: reasonText(t, link) }));
    io.out(JSON.stringify({ database: databaseLocation(config).where, ...result, broken }, null, 2));
  } else {
    io.out(databaseLine(config, t));
    if (result.ok) io.out(t.auditIntact(result));
    else io.out(t.auditBroken({ broken: result.broken.length, cases: result.cases }));
    for (const link of result.broken) {
      io.out(t.auditBreak({ applicationId: link.applicationId, seq: link.seq, reason: reasonText(t, link) }));
    }
  }
  return result.ok ? 0 : 1;
}
