// The shape of a message catalog. Both languages implement the same type, so the compiler refuses an
// English catalog that lacks a key the German one has (and the reverse).

/** Codes of bundle/edition/tenant issues found by the cross-section checks (beyond ajv keywords). */
export const CHECK_CODES = [
  // form
  'formSchemaInvalid',
  'fieldPointerUnresolved',
  'fieldTypeMismatch',
  'fieldMustBeText',
  'categoryValuesMismatch',
  'pageIdDuplicate',
  'pageFieldUnknown',
  'pageFieldRepeated',
  'pageFieldMissing',
  // references from other sections
  'fieldUnknown',
  'fieldNotNumeric',
  'categoryUnknown',
  'conditionValueTypeMismatch',
  // event, categories, documents
  'festgesetztNotPossible',
  'categoryIdDuplicate',
  'categoryShareExceeded',
  'uniquenessGroupIdDuplicate',
  'documentIdDuplicate',
  // selection
  'selectionScaleMissing',
  'selectionCriteriaMissing',
  'selectionNewcomersMissing',
  'selectionCriteriaNotAllowed',
  'scaleRangeInvalid',
  'scaleStepInvalid',
  'criterionGroupIdDuplicate',
  'criterionIdDuplicate',
  'criterionGroupUnknown',
  'criterionUnknown',
  'exclusivePairSame',
  'formulaBandsInvalid',
  'formulaPointsOffScale',
  // fees
  'feeIdDuplicate',
  'feeKindNotAllowed',
  'advertisingShareNotAllowed',
  'feeQuantityMissing',
  'feeAreaFieldsInvalid',
  // lifecycle (bundle references and the shipped templates)
  'lifecycleTemplateUnknown',
  'lifecycleVersionUnknown',
  'lifecycleGuardUnknown',
  'lifecycleActionUnknown',
  'lifecycleInitialUnknown',
  'lifecycleTargetUnknown',
  // notices, privacy
  'noticePlaceholderUnknown',
  'waitlistNoticeMissing',
  'feeNoticeMissing',
  'consentIdDuplicate',
  // editions
  'timeZoneUnknown',
  'localDateTimeInvalid',
  'localDateInvalid',
  'applicationPeriodOrder',
  'phaseOrder',
  'eventDaysOrder',
] as const;

/** A cross-section check code. */
export type CheckCode = (typeof CHECK_CODES)[number];

/** ajv keywords the meta-schemas use, i.e. the codes a clerk may meet when a bundle breaks them. */
export const BUNDLE_KEYWORDS = [
  'type',
  'required',
  'additionalProperties',
  'const',
  'enum',
  'pattern',
  'format',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'minProperties',
  'maxProperties',
  'uniqueItems',
  'oneOf',
  'anyOf',
  'propertyNames',
] as const;

/**
 * Sharper messages for a keyword at a particular place, keyed `keyword.lastPathToken` (e.g. a missing
 * Rechtsbehelfsbelehrung, a pre-ticked consent); describeIssue prefers them over the plain keyword.
 */
export const BUNDLE_REFINEMENTS = [
  'required.rechtsbehelfsbelehrung',
  'required.notices',
  'required.privacy',
  'required.selection',
  'const.default',
  'const.schemaVersion',
] as const;

/** Every key of the bundle messages. */
export type BundleMessageKey =
  | CheckCode
  | (typeof BUNDLE_KEYWORDS)[number]
  | (typeof BUNDLE_REFINEMENTS)[number]
  | 'fallback';

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
  // Not an ajv keyword: command payloads (case engine) with a due date that has already passed.
  'dueNotInFuture',
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
  /** Bundle issues, for the staff who configure an event type (message + hint); `{place}` names the place. */
  bundle: Record<BundleMessageKey, DescribedMessage>;
  /** Words for the parts of a bundle or edition, keyed by property name, to name a place in messages. */
  places: Record<string, string>;
  /** How list positions are named in places, e.g. `Nr. {n}`. */
  placeItem: string;
  /** Application data issues, for applicants (one sentence each). */
  data: Record<DataMessageKey, string>;
}
