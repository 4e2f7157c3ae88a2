/** Where JSON.parse gave up: 1-based line and column, and whether the text simply ended too early. */
export interface JsonSyntaxError {
  line: number;
  column: number;
  unexpectedEnd: boolean;
  /** The offending character (empty at the end of the input). */
  token: string;
}

/** Parses JSON; on a syntax error returns its line and column (V8 reports only a character position). */
export function parseJsonLocated(
  text: string,
): { ok: true; value: unknown } | { ok: false; error: JsonSyntaxError } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const match = /position (\d+)/.exec(message);
    const unexpectedEnd = /end of JSON input/i.test(message) || !match;
    const position = match ? Number(match[1]) : text.length;
    const before = text.slice(0, position).split('\n');
    return {
      ok: false,
      error: {
        line: before.length,
        column: (before.at(-1)?.length ?? 0) + 1,
        unexpectedEnd,
        token: unexpectedEnd ? '' : text.charAt(position),
      },
    };
  }
}
