// Entry point of the `festplatz` command (bundled to dist/cli.js, started by bin/festplatz.js).
import { processIo } from './cli/io.ts';
import { runCli } from './cli/main.ts';

runCli(process.argv.slice(2), processIo()).then(
  (code) => {
    // exitCode instead of process.exit(): pending output is flushed and the process ends on its own.
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
