import type { BundleMessageKey, DescribedMessage } from './catalog.ts';

/** English messages for bundle, edition and tenant issues, written for the clerk who configures them. */
export const bundleEn: Record<BundleMessageKey, DescribedMessage> = {
  // meta-schema keywords
  type: { message: '{place}: {expected} is expected here.', hint: 'Correct the value.' },
  required: {
    message: '{place}: The mandatory entry “{missingProperty}” is missing.',
    hint: 'Add the entry. The configuration guide describes what belongs here.',
  },
  'required.rechtsbehelfsbelehrung': {
    message:
      '{place}: The information on legal remedies (Rechtsbehelfsbelehrung) is missing. Without it no notice may be sent (BES-2).',
    hint: 'Give the competent administrative court, its address, the period for an action (normally 1 month) and the text.',
  },
  'required.notices': {
    message: '{place}: The notice texts are missing (section “notices”).',
    hint: 'Add the legal basis, the admission and rejection notices and the Rechtsbehelfsbelehrung. Older configurations (version 1) did not have this section.',
  },
  'required.privacy': {
    message: '{place}: The data protection section is missing (section “privacy”).',
    hint: 'Add the information under Art. 13 GDPR, the optional consents and the retention periods. Older configurations (version 1) did not have this section.',
  },
  'required.selection': {
    message: '{place}: The selection procedure is missing (section “selection”).',
    hint: 'Decide how applicants are selected when there are too many: by points, by lot or in order of receipt. Older configurations (version 1) did not have this section.',
  },
  additionalProperties: {
    message: '{place}: The entry “{additionalProperty}” is not expected here.',
    hint: 'Check the spelling or remove the entry.',
  },
  const: { message: '{place}: Only the value {allowedValue} is allowed here.' },
  'const.default': {
    message: '{place}: A consent must not be pre-ticked (DS-1).',
    hint: 'Leave out “default” or set it to false.',
  },
  'const.schemaVersion': {
    message: '{place}: This format version is unknown ({allowedValue} is expected).',
    hint: 'Use schemaVersion {allowedValue}. Older versions are upgraded automatically when read.',
  },
  enum: { message: '{place}: This value is not allowed.', hint: 'Allowed are: {allowedValues}.' },
  pattern: {
    message: '{place}: The value does not have the required form.',
    hint: 'Identifiers consist of lower-case letters, digits, “_” or “-” and start with a letter; field names of letters and digits (e.g. frontage); references to form fields start with “/”; times read YYYY-MM-DDThh:mm:ss, dates YYYY-MM-DD.',
  },
  format: { message: '{place}: The value is not a valid {format}.' },
  minimum: { message: '{place}: The value must be at least {limit}.' },
  maximum: { message: '{place}: The value must be at most {limit}.' },
  exclusiveMinimum: { message: '{place}: The value must be greater than {limit}.' },
  minLength: { message: '{place}: The text must not be empty.' },
  maxLength: { message: '{place}: The text must be at most {limit} characters long.' },
  minItems: { message: '{place}: There must be at least {limit} entry.' },
  maxItems: { message: '{place}: There may be at most {limit} entries.' },
  minProperties: { message: '{place}: There must be at least {limit} entry.' },
  maxProperties: {
    message: '{place}: There may be at most {limit} entry.',
    hint: 'For criteria from the participation history give either participatedWithinYears or notParticipatedWithinYears.',
  },
  uniqueItems: { message: '{place}: An entry occurs twice (no. {j} and no. {i}, counted from 0).' },
  oneOf: {
    message: '{place}: This condition has none of the allowed forms.',
    hint: 'Allowed are { "always": true }, { "field": …, "equals": … }, { "field": …, "in": […] }, { "categories": […] }, { "all": […] }, { "any": […] } and { "not": … } – each without further entries.',
  },
  anyOf: {
    message: '{place}: The entry has none of the allowed forms.',
    hint: 'A transition is either the name of the target state or an object with “target”.',
  },
  propertyNames: {
    message: '{place}: The name “{propertyName}” is not allowed.',
    hint: 'Field names consist of letters and digits and start with a lower-case letter; category ids of lower-case letters, digits, “_” and “-”; event names of capitals, e.g. SUBMIT.',
  },
  // form
  formSchemaInvalid: {
    message: '{place}: The form is not a valid JSON Schema: {reason}',
    hint: 'Correct the form schema. Use only keywords that mean the same in draft-07 and 2020-12.',
  },
  fieldPointerUnresolved: {
    message: '{place}: The named field “{field}” points to {pointer}, which does not exist in the form.',
    hint: 'Let the reference point to an existing form field (through “properties” or conditional sections “allOf … then”).',
  },
  fieldTypeMismatch: {
    message: '{place}: The field “{field}” is declared as {declared}, but in the form it is {actual}.',
    hint: 'Align the type with the form (a whole number also counts as “number”).',
  },
  fieldMustBeText: {
    message: '{place}: The field “{field}” must be a text (type “string”), not {declared}.',
    hint: 'Names, e-mail address, company and category are read as text.',
  },
  categoryValuesMismatch: {
    message: '{place}: The choices of the category field do not match the categories of the event.',
    hint: 'Categories that cannot be chosen: {missing}. Choices without a category: {unknown}. The choices must be exactly the lowest categories of the tree.',
  },
  pageIdDuplicate: {
    message: '{place}: The page id “{id}” is used more than once.',
    hint: 'Give each page its own id.',
  },
  pageFieldUnknown: {
    message: '{place}: “{field}” is not a section of the form.',
    hint: 'Pages hold the top-level sections of the form: {properties}.',
  },
  pageFieldRepeated: {
    message: '{place}: The section “{field}” is already on another page.',
    hint: 'Each section appears on exactly one page.',
  },
  pageFieldMissing: {
    message: '{place}: These sections of the form are on no page: {missing}.',
    hint: 'Put every section on exactly one page, otherwise applicants never see it.',
  },
  // references
  fieldUnknown: {
    message: '{place}: The field “{field}” is not named under “form.fields”.',
    hint: 'Named fields: {fields}. Name the field there or correct the name.',
  },
  fieldNotNumeric: {
    message: '{place}: The field “{field}” does not hold a number (type {type}).',
    hint: 'Quantities and formulas need a numeric field (type “number” or “integer”).',
  },
  categoryUnknown: {
    message: '{place}: The category “{category}” does not exist.',
    hint: 'Use an id from the category tree.',
  },
  conditionValueTypeMismatch: {
    message: '{place}: The value {value} does not suit the field “{field}” (type {type}).',
    hint: 'Compare yes/no fields with true or false, numeric fields with a number, text fields with a text.',
  },
  // event, categories, documents
  festgesetztNotPossible: {
    message: '{place}: An event in a public facility is not festgesetzt under § 69 GewO.',
    hint: 'Set “festgesetzt” to false or choose the type of festgesetzt event (Volksfest, Jahrmarkt, Spezialmarkt, Wochenmarkt).',
  },
  categoryIdDuplicate: {
    message: '{place}: The category id “{id}” is used more than once.',
    hint: 'Give each category its own id.',
  },
  categoryShareExceeded: {
    message: '{place}: The shares of these categories add up to {sum}, more than 100 %.',
    hint: 'The shares of sibling categories may add up to at most 1 (100 %).',
  },
  uniquenessGroupIdDuplicate: {
    message: '{place}: The id “{id}” is used for more than one variety rule.',
    hint: 'Give each rule its own id.',
  },
  documentIdDuplicate: {
    message: '{place}: The document id “{id}” is used more than once.',
    hint: 'Give each document its own id.',
  },
  // selection
  selectionScaleMissing: {
    message: '{place}: The points scale is missing for a selection by points.',
    hint: 'Give e.g. { "min": 0, "max": 5, "step": 1 }.',
  },
  selectionCriteriaMissing: {
    message: '{place}: The criteria are missing for a selection by points.',
    hint: 'Give at least one criterion, or choose selection by lot or in order of receipt.',
  },
  selectionNewcomersMissing: {
    message:
      '{place}: The newcomer rule is missing. Where points decide, newcomers must have a real chance (SEL-4).',
    hint: 'Give e.g. { "minSharePerCategory": 0.1, "basis": "previous_year" } (at least 10 % newcomers per category).',
  },
  selectionCriteriaNotAllowed: {
    message: '{place}: Selection by lot or in order of receipt scores no criteria.',
    hint: 'Remove the criteria or choose a selection by points.',
  },
  scaleRangeInvalid: {
    message: '{place}: The highest score ({max}) must be greater than the lowest ({min}).',
    hint: 'Correct “min” or “max”.',
  },
  scaleStepInvalid: {
    message: '{place}: Steps of {step} do not lead exactly from {min} to {max}.',
    hint: 'Choose a step that divides the distance between lowest and highest score without remainder.',
  },
  criterionGroupIdDuplicate: {
    message: '{place}: The group id “{id}” is used more than once.',
    hint: 'Give each criterion group its own id.',
  },
  criterionIdDuplicate: {
    message: '{place}: The criterion id “{id}” is used more than once.',
    hint: 'Give each criterion its own id.',
  },
  criterionGroupUnknown: {
    message: '{place}: The criterion group “{group}” does not exist.',
    hint: 'Existing groups: {groups}.',
  },
  criterionUnknown: {
    message: '{place}: The criterion “{criterion}” does not exist.',
    hint: 'A pair of mutually exclusive criteria names two existing criteria.',
  },
  exclusivePairSame: {
    message: '{place}: The criterion “{criterion}” cannot exclude itself.',
    hint: 'Name two different criteria, e.g. “known and proven” and “newcomer”.',
  },
  formulaBandsInvalid: {
    message: '{place}: The bands of the criterion “{criterion}” are not in order.',
    hint: 'The upper limits (“upTo”) rise from band to band; only the last band has no upper limit.',
  },
  formulaPointsOffScale: {
    message: '{place}: {points} points lie outside the scale from {min} to {max}.',
    hint: 'Give only scores of the scale in the bands.',
  },
  // fees
  feeIdDuplicate: {
    message: '{place}: The fee id “{id}” is used more than once.',
    hint: 'Give each fee its own id.',
  },
  feeKindNotAllowed: {
    message:
      '{place}: The fee “{fee}” is of kind “other”. At a festgesetzt event, § 71 GewO only allows charges for space, supply (electricity, water), waste disposal and – at Volksfeste and Jahrmärkte – a share of advertising costs.',
    hint: 'Assign the fee to one of these kinds (space, supply_electricity, supply_water, waste, advertising_share) or remove it.',
  },
  advertisingShareNotAllowed: {
    message:
      '{place}: § 71 GewO allows a share of advertising costs (“{fee}”) only at Volksfeste and Jahrmärkte, not at this type of event.',
    hint: 'Remove the fee or check the type of event.',
  },
  feeQuantityMissing: {
    message:
      '{place}: The fee “{fee}” is charged per unit (“{unit}”), but it does not say where the quantity comes from.',
    hint: 'Name the form fields under “quantity.fields”, e.g. ["frontage", "depth"], or choose “flat” for a flat amount.',
  },
  feeAreaFieldsInvalid: {
    message: '{place}: The area for the fee “{fee}” cannot be computed from {fields}.',
    hint: 'For square metres name two lengths in metres (e.g. frontage and depth) or one field with the unit m2.',
  },
  // lifecycle
  lifecycleTemplateUnknown: {
    message: '{place}: The lifecycle template “{template}” does not exist.',
    hint: 'Available templates: {templates}.',
  },
  lifecycleVersionUnknown: {
    message: '{place}: The lifecycle template “{template}” does not exist in version {version}.',
    hint: 'Available versions: {versions}.',
  },
  lifecycleGuardUnknown: {
    message: '{place}: Festplatz does not know the check “{guard}”.',
    hint: 'Known checks: {known}.',
  },
  lifecycleActionUnknown: {
    message: '{place}: Festplatz does not know the step “{action}”.',
    hint: 'Known steps: {known}.',
  },
  lifecycleInitialUnknown: {
    message: '{place}: The initial state “{initial}” is not defined in the lifecycle.',
    hint: 'Existing states: {states}.',
  },
  lifecycleTargetUnknown: {
    message: '{place}: The transition “{event}” in state “{state}” leads to the unknown state “{target}”.',
    hint: 'Existing states: {states}.',
  },
  // notices, privacy
  noticePlaceholderUnknown: {
    message: '{place}: The placeholder {{{placeholder}}} does not exist.',
    hint: 'Available placeholders: {known}.',
  },
  waitlistNoticeMissing: {
    message: '{place}: There is a reserve list, but no text for the message to the applicants on it.',
    hint: 'Add “waitlist” with subject and body.',
  },
  feeNoticeMissing: {
    message: '{place}: Fees are charged, but the text of the fee notice is missing.',
    hint: 'Add “fee” with subject and body, e.g. with the placeholders {{feeTotal}} and {{feeLines}}.',
  },
  consentIdDuplicate: {
    message: '{place}: The id “{id}” is used for more than one consent.',
    hint: 'Each consent is recorded separately and needs its own id.',
  },
  // editions
  timeZoneUnknown: {
    message: '{place}: The time zone “{timeZone}” is unknown.',
    hint: 'For Germany it is Europe/Berlin.',
  },
  localDateTimeInvalid: {
    message: '{place}: “{value}” is not a valid point in time.',
    hint: 'Format: YYYY-MM-DDThh:mm:ss, e.g. 2026-02-28T23:59:59.',
  },
  localDateInvalid: {
    message: '{place}: “{value}” is not a valid date.',
    hint: 'Format: YYYY-MM-DD, e.g. 2026-11-04.',
  },
  applicationPeriodOrder: {
    message: '{place}: The application period does not end after it begins.',
    hint: 'Check the start and end of the application period.',
  },
  phaseOrder: {
    message: '{place}: This point in time lies before “{earlier}”.',
    hint: 'Order: publication, application period, then document deadline and notices.',
  },
  eventDaysOrder: {
    message: '{place}: The event days are not in the right order.',
    hint: 'Set-up starts on the opening day at the latest, and the opening is not after the last day.',
  },
  fallback: { message: '{place}: The entry is not allowed ({code}).' },
};
