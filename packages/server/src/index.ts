// Public API of @festplatz/server: the app factory, the node server, the mail transports and the demo seed.

export { type CreateAppOptions, createApp } from './app.ts';
export type { CliIo } from './cli/io.ts';
export { runCli } from './cli/main.ts';
export { type DemoSeedResult, seedDemo, soestExampleDir } from './demo/seed.ts';
export type { AppDeps, AppEnv, SessionInfo } from './env.ts';
export { FestplatzError } from './errors/festplatz-error.ts';
export type { Problem, ProblemFieldError } from './errors/problem.ts';
export { HTTP_STATUS } from './errors/status.ts';
export { OutboxMailTransport } from './mail/outbox.ts';
export type { MailMessage, MailTransport } from './mail/transport.ts';
export { type RunningServer, type StartServerOptions, startServer } from './server.ts';
