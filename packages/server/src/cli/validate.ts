import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { describeIssue, type Issue, type Lang, parseEdition, parseEventType } from '@festplatz/core';
import { messages } from '../i18n/index.ts';
import { parseJsonLocated } from '../util/json-location.ts';
import type { CliIo } from './io.ts';

/** Exit codes: 0 valid, 1 invalid, 2 usage or I/O error. */
export type ValidateExit = 0 | 1 | 2;

function describe(issue: Issue, lang: Lang) {
  const { message, hint } = describeIssue(issue, lang);
  return { pointer: issue.path, code: issue.code, message, ...(hint ? { hint } : {}), params: issue.params };
}

/**
 * `festplatz validate FILE [--lang de|en] [--json]`: checks an event-type bundle, or an edition when the file
 * has `eventTypeId`, and prints each issue as `<pointer>: <message> (<code>)` with its hint.
 */
export async function validateCommand(args: string[], io: CliIo): Promise<ValidateExit> {
  const parse = () =>
    parseArgs({
      args,
      allowPositionals: true,
      options: { lang: { type: 'string', default: 'de' }, json: { type: 'boolean', default: false } },
    });
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse();
  } catch (error) {
    io.err(error instanceof Error ? error.message : String(error));
    io.err(messages('de').cli.usage);
    return 2;
  }
  const { values, positionals } = parsed;
  const lang: Lang = values.lang === 'en' ? 'en' : 'de';
  const t = messages(lang).cli;
  const file = positionals[0];
  if (!file || positionals.length > 1 || (values.lang !== 'de' && values.lang !== 'en')) {
    io.err(t.usage);
    return 2;
  }

  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    io.err(t.readError(file, error instanceof Error ? error.message : String(error)));
    return 2;
  }

  const json = parseJsonLocated(text);
  if (!json.ok) {
    const { line, column } = json.error;
    const message = json.error.unexpectedEnd ? t.jsonUnexpectedEnd : t.jsonUnexpectedToken(json.error.token);
    if (values.json) {
      const issue = { pointer: '', code: 'JSON_SYNTAX', message, line, column };
      io.out(JSON.stringify({ file, kind: null, valid: false, issues: [issue] }, null, 2));
    } else {
      io.out(t.jsonSyntax({ file, line, column, message }));
    }
    return 1;
  }

  const isEdition = typeof json.value === 'object' && json.value !== null && 'eventTypeId' in json.value;
  const result = isEdition ? parseEdition(json.value) : parseEventType(json.value);
  const issues = result.ok ? [] : result.issues.map((i) => describe(i, lang));
  if (values.json) {
    const kind = isEdition ? 'edition' : 'event-type';
    io.out(JSON.stringify({ file, kind, valid: result.ok, issues }, null, 2));
  } else if (result.ok) {
    io.out(t.valid(file));
  } else {
    io.out(t.invalid(file, issues.length));
    for (const issue of issues) {
      io.out(`${issue.pointer || t.root}: ${issue.message} (${issue.code})`);
      if (issue.hint) io.out(`    ${t.hint}: ${issue.hint}`);
    }
  }
  return result.ok ? 0 : 1;
}
