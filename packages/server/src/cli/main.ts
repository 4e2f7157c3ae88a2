import { messages } from '../i18n/index.ts';
import { auditCommand } from './audit.ts';
import { demoCommand } from './demo.ts';
import type { CliIo } from './io.ts';
import { serveCommand } from './serve.ts';
import { validateCommand } from './validate.ts';

/** The CLI's commands by name (one file each). */
const COMMANDS: Record<string, (args: string[], io: CliIo) => Promise<number>> = {
  serve: serveCommand,
  demo: demoCommand,
  validate: validateCommand,
  audit: auditCommand,
};

/** Runs `festplatz <command> ...args` and resolves with the exit code (2 for usage errors). */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    io.err(messages('de').cli.usage);
    return name === '--help' || name === 'help' ? 0 : 2;
  }
  return command(args, io);
}
