// The shape of a message catalog. Both languages implement the same type, so the compiler refuses an
// English catalog that lacks a key the German one has (and the reverse).

/** Codes of bundle/edition/tenant issues found by the cross-section checks (beyond ajv keywords). */
export const CHECK_CODES = [
  'formSchemaInvalid',
  'rolePointerUnresolved',
  'categoryValuesMismatch',
  'categoryIdDuplicate',
  'lifecycleInitialUnknown',
  'lifecycleTargetUnknown',
  'timeZoneUnknown',
  'localDateTimeInvalid',
  'applicationPeriodOrder',
  'eventDaysOrder',
] as const;

/** A cross-section check code. */
export type CheckCode = (typeof CHECK_CODES)[number];

/** ajv keywords a clerk may meet when a bundle breaks the meta-schema. */
export const BUNDLE_KEYWORDS = [
  'type',
  'required',
  'additionalProperties',
  'const',
  'enum',
  'pattern',
  'format',
  'minimum',
  'minLength',
  'maxLength',
  'minItems',
  'minProperties',
  'anyOf',
  'propertyNames',
] as const;

/** Message keys for application data issues: ajv keywords, refined by `keyword.detail` where it helps. */
export const DATA_MESSAGE_KEYS = [
  'required',
  'type',
  'type.string',
  'type.number',
  'type.integer',
  'type.boolean',
  'type.object',
  'type.array',
  'type.null',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'multipleOf.decimals',
  'multipleOf.decimals.1',
  'minLength',
  'minLength.1',
  'maxLength',
  'pattern',
  'format',
  'format.email',
  'format.date',
  'format.date-time',
  'format.time',
  'format.uri',
  'enum',
  'const',
  'const.true',
  'oneOf',
  'anyOf',
  'not',
  'minItems',
  'minItems.1',
  'maxItems',
  'uniqueItems',
  'additionalProperties',
  'unevaluatedProperties',
  'minProperties',
  'maxProperties',
  'dependentRequired',
  'contains',
  'propertyNames',
  'items',
  'additionalItems',
  'unevaluatedItems',
  'false schema',
  'fallback',
] as const;

/** A key of the application-data messages. */
export type DataMessageKey = (typeof DATA_MESSAGE_KEYS)[number];

/** A message with an optional hint on how to fix it; `{name}` placeholders are filled from issue params. */
export interface DescribedMessage {
  message: string;
  hint?: string;
}

/** Everything user-facing that core says, in one language. */
export interface Catalog {
  /** Locale used to format numbers in messages. */
  locale: string;
  /** Shown for an empty list parameter. */
  none: string;
  /** Names of JSON types, used when a bundle value has the wrong type. */
  typeNames: Record<'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null', string>;
  /** Bundle issues, for the staff who configure an event type (message + hint). */
  bundle: Record<CheckCode | (typeof BUNDLE_KEYWORDS)[number] | 'fallback', DescribedMessage>;
  /** Application data issues, for applicants (one sentence each). */
  data: Record<DataMessageKey, string>;
}
