import { serveConfig } from './config.ts';
import type { CliIo } from './io.ts';
import { runServer } from './run-server.ts';

/** `festplatz serve`: serve the database of DATABASE_URL, else of the data directory (PORT, HOST, FESTPLATZ_DATA_DIR). */
export async function serveCommand(_args: string[], io: CliIo): Promise<number> {
  return runServer(serveConfig(io.env), io);
}
