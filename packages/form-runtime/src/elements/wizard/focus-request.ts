/**
 * Where focus goes after the form rendered: a field (server errors), the page heading (moved to another page) or
 * the page's first error (sent back to a page with mistakes). `seq` changes per request, so the same target can be
 * asked for again.
 */
export type FocusRequest =
  | { target: 'field'; id: string; seq: number }
  | { target: 'heading'; seq: number }
  | { target: 'page-errors'; seq: number };

let lastSeq = 0;

/** A new focus request; the sequence number makes it differ from every earlier one. */
export function focusRequest(
  request: { target: 'field'; id: string } | { target: 'heading' } | { target: 'page-errors' },
): FocusRequest {
  lastSeq += 1;
  return { ...request, seq: lastSeq };
}
