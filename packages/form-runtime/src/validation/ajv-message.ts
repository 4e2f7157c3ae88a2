import type { Lang } from '../i18n/lang.ts';
import { format, messagesFor } from '../i18n/messages.ts';

/** The part of an ajv `ErrorObject` the message lookup needs. */
export interface AjvErrorLike {
  keyword: string;
  params: Record<string, unknown>;
}

type ValidationKey = keyof ReturnType<typeof messagesFor>['validation'];

const FORMAT_KEYS: Record<string, ValidationKey> = {
  email: 'formatEmail',
  'idn-email': 'formatEmail',
  date: 'formatDate',
  time: 'formatTime',
  'date-time': 'formatDateTime',
  uri: 'formatUri',
  url: 'formatUri',
  'uri-reference': 'formatUri',
};

const LIMIT_KEYWORDS = new Set<string>([
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minItems',
  'maxItems',
]);

const PLAIN_KEYWORDS = new Set<string>([
  'pattern',
  'enum',
  'uniqueItems',
  'additionalProperties',
  'oneOf',
  'anyOf',
  'not',
  'minProperties',
  'maxProperties',
  'contains',
  'propertyNames',
  'if',
]);

/** Keywords that say the same to the applicant as one with its own text. */
const SAME_AS: Record<string, ValidationKey> = {
  // A list longer than its fixed entries allow (tuple `items: false`/`additionalItems`), unevaluated ones too.
  items: 'maxItems',
  additionalItems: 'maxItems',
  unevaluatedItems: 'maxItems',
  // An entry no property schema accepts (`unevaluatedProperties`, a `false` subschema).
  unevaluatedProperties: 'additionalProperties',
  'false schema': 'additionalProperties',
  discriminator: 'oneOf',
  minContains: 'contains',
  maxContains: 'contains',
};

const TYPE_KEYS: Record<string, ValidationKey> = {
  integer: 'typeInteger',
  number: 'typeNumber',
  boolean: 'typeBoolean',
  string: 'typeString',
};

/** Chooses the catalog key for an ajv error (pure, so the wording per keyword is testable). */
function keyFor(error: AjvErrorLike): ValidationKey {
  const { keyword, params } = error;
  if (keyword === 'required') return 'required';
  // A `const: true` box is a confirmation (consent, acknowledgement, DS-1): ask for it, do not call it "not allowed".
  if (keyword === 'const') return params.allowedValue === true ? 'confirm' : 'const';
  if (keyword === 'type') return TYPE_KEYS[String(params.type)] ?? 'type';
  if (keyword === 'format') return FORMAT_KEYS[String(params.format)] ?? 'format';
  // minLength 1 is how schemas say "not empty": the user should read the same text as for a missing field.
  if (keyword === 'minLength' && params.limit === 1) return 'required';
  if (keyword === 'dependencies' || keyword === 'dependentRequired') return 'dependentRequired';
  if (keyword === 'multipleOf') return 'multipleOf';
  if (LIMIT_KEYWORDS.has(keyword) || PLAIN_KEYWORDS.has(keyword)) return keyword as ValidationKey;
  return SAME_AS[keyword] ?? 'fallback';
}

/** Formats a numeric limit the way the reader expects (German decimal comma). */
function formatLimit(value: unknown, lang: Lang): string {
  if (typeof value !== 'number') return String(value ?? '');
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'de-DE', { maximumFractionDigits: 10 }).format(
    value,
  );
}

/** The localized message for one ajv error; the browser-side counterpart of the server's per-keyword messages. */
export function ajvMessage(error: AjvErrorLike, lang: Lang): string {
  const template = messagesFor(lang).validation[keyFor(error)];
  const limit = error.keyword === 'multipleOf' ? error.params.multipleOf : error.params.limit;
  return format(template, { limit: formatLimit(limit, lang) });
}
