/* Generated from schemas/event-type.schema.json (and the files it references) by scripts/generate.mjs: do not edit, run `npm run generate`. */

import type { Localized } from '../localize.ts';

/**
 * A condition on the answers of an application. Used to say when a document is required and when a fee applies. Field names are those declared under `form.fields`; category ids those of `categories.tree`.
 */
export type Condition =
  | AlwaysCondition
  | FieldEqualsCondition
  | FieldInCondition
  | CategoriesCondition
  | AllCondition
  | AnyCondition
  | NotCondition;
/**
 * Name of a field declared under `form.fields`, e.g. `water`.
 */
export type FieldName = string;
/**
 * The documents (Nachweise) applicants upload, e.g. liability insurance or the inspection book (DOC-1 to DOC-8). May be empty.
 */
export type Documents = DocumentKind[];
/**
 * The fee items (Standgeld, supply, waste, …) charged to admitted businesses (FEE-1, FEE-2). At a festgesetzt event only the kinds § 71 GewO allows may be charged. May be empty.
 */
export type Fees = FeeItem[];

/**
 * An event-type bundle: everything a municipality configures for one kind of event — form, categories, documents, selection, fees, lifecycle, notices and privacy. A published bundle is immutable; a change is a new version.
 */
export interface EventType {
  /**
   * Optional reference to this meta-schema so editors can offer completion and checks.
   */
  $schema?: string;
  /**
   * Version of the bundle format itself (currently 2). Bundles in an older format are upgraded automatically when read.
   */
  schemaVersion: 2;
  /**
   * Stable identifier of the event type within its municipality, e.g. `allerheiligenkirmes`: lower-case letters, digits and hyphens, starting with a letter.
   */
  id: string;
  /**
   * Version of this event type. Every published change needs a higher version; editions pin one version.
   */
  version: number;
  /**
   * Name of the event type as shown to applicants and staff.
   */
  title: Localized;
  /**
   * Short introduction shown to applicants above the form.
   */
  description?: Localized;
  event: EventClassification;
  form: Form;
  categories: Categories;
  documents: Documents;
  selection: Selection;
  fees: Fees;
  lifecycle: LifecycleConfig;
  notices: Notices;
  privacy: Privacy;
}
/**
 * Legal classification of the event under the Gewerbeordnung (GEW-1). It decides which fees are allowed (§ 71 GewO) and which documents are needed.
 */
export interface EventClassification {
  /**
   * Legal type of the event. `volksfest_60b`: Volksfest (§ 60b GewO), e.g. a Kirmes. `jahrmarkt_68`: Jahrmarkt (§ 68 Abs. 2 GewO). `spezialmarkt_68`: Spezialmarkt (§ 68 Abs. 1 GewO), e.g. a Trödelmarkt or Weihnachtsmarkt with a special range of goods. `wochenmarkt_67`: Wochenmarkt (§ 67 GewO). `public_facility`: an event that is not festgesetzt and takes place in a municipal public facility (access under municipal law, e.g. § 8 GO NRW).
   */
  legalType: 'volksfest_60b' | 'jahrmarkt_68' | 'spezialmarkt_68' | 'wochenmarkt_67' | 'public_facility';
  /**
   * Whether the event is festgesetzt under § 69 GewO. Then §§ 69–71a GewO apply: access for everyone who belongs to the group of participants, fees only of the kinds § 71 GewO allows. Must be `false` for `public_facility`.
   */
  festgesetzt: boolean;
}
/**
 * The application form: the JSON Schema of the answers, how they are presented, optional wizard pages, and the named fields other sections refer to (fees, documents, selection).
 */
export interface Form {
  /**
   * JSON Schema of the application data (always an object). Conditional sections are written as `allOf: [{ if, then }]`, repeatable lists as `type: array`. Use keywords that mean the same in draft-07 and 2020-12, because the browser form and the server both validate with it.
   */
  schema: {
    /**
     * The application data is always an object.
     */
    type: 'object';
    [k: string]: unknown | undefined;
  };
  /**
   * Presentation hints for the form renderer (react-jsonschema-form ui schema): order of fields, widgets, help texts.
   */
  uiSchema: {
    [k: string]: unknown | undefined;
  };
  /**
   * The trust level (Vertrauensniveau, AUTH-2) a sign-in must reach before this form can be submitted: `basis` (e-mail link or a basic account), `substanziell` (e.g. ELSTER certificate) or `hoch` (Online-Ausweis). Missing means `substanziell`, the default AUTH-2 names; a procedure open to e-mail sign-in sets `basis` explicitly.
   */
  minimumTrustLevel?: 'basis' | 'substanziell' | 'hoch';
  /**
   * Optional wizard pages. Every top-level field of `schema` appears on exactly one page, in the order given.
   *
   * @minItems 1
   */
  pages?: [FormPage, ...FormPage[]];
  fields: FormFields;
}
/**
 * One page of the form wizard.
 */
export interface FormPage {
  /**
   * Identifier of the page, e.g. `person`.
   */
  id: string;
  /**
   * Heading of the page.
   */
  title: Localized;
  /**
   * Names of the top-level properties of `schema` shown on this page, in order.
   *
   * @minItems 1
   */
  fields: [string, ...string[]];
}
/**
 * Named fields of the form that other sections refer to by name (e.g. the frontage for the space fee). `givenName`, `familyName`, `email` and `category` are required: the platform needs them for lists and notices.
 */
export interface FormFields {
  givenName: FieldAnnotation;
  familyName: FieldAnnotation;
  email: FieldAnnotation;
  category: FieldAnnotation;
  [k: string]: FieldAnnotation | undefined;
}
/**
 * Where a named field sits in the application data and what kind of value it holds.
 */
export interface FieldAnnotation {
  /**
   * JSON pointer (RFC 6901) to the field in the application data, e.g. `/stand/frontage`. It must lead to a property of `schema` (through `properties` and conditional `allOf[*].then` sections).
   */
  pointer: string;
  /**
   * Kind of value: `string` (text or a choice), `number` (decimal number), `integer` (whole number) or `boolean` (yes/no). Must match the type of the field in `schema`.
   */
  type: 'string' | 'number' | 'integer' | 'boolean';
  /**
   * Unit of a numeric field: `m` (metres), `m2` (square metres), `kW` (kilowatts) or `piece` (number of items). Fees use it to check that an area is computed from metres.
   */
  unit?: 'm' | 'm2' | 'kW' | 'piece';
}
/**
 * The categories (Betriebsarten) applicants choose from, as a tree with capacities on any node (SEL-1, SEL-14), and uniqueness groups such as "at most one ride of each type" (SEL-8).
 */
export interface Categories {
  /**
   * Top-level categories. Applicants choose a leaf (a category without sub-categories); ids are unique across the whole tree.
   *
   * @minItems 1
   */
  tree: [CategoryNode, ...CategoryNode[]];
  /**
   * Limits on how many businesses with the same answer in a field may be admitted, e.g. at most one Autoscooter. May be empty.
   */
  uniquenessGroups: UniquenessGroup[];
}
/**
 * A category (Betriebsart) with an optional capacity and optional sub-categories.
 */
export interface CategoryNode {
  /**
   * Stable identifier of the category, e.g. `fahr_kind`: lower-case letters, digits, `_` and `-`, starting with a letter; unique within the bundle.
   */
  id: string;
  /**
   * Name of the category as shown to applicants and staff.
   */
  title: Localized;
  capacity?: Capacity;
  /**
   * Sub-categories (e.g. sub-branches). A category with sub-categories only groups them; applicants choose a sub-category.
   */
  children?: CategoryNode[];
}
/**
 * How much of the event this category may fill (quota). Every limit is optional; several limits apply together.
 */
export interface Capacity {
  /**
   * Maximum number of admitted businesses.
   */
  count?: number;
  /**
   * Total frontage available for this category, in metres.
   */
  frontageMetres?: number;
  /**
   * Total area available for this category, in square metres.
   */
  areaM2?: number;
  /**
   * Share of the places of the parent (or of the whole event for a top-level category) as a fraction between 0 and 1, e.g. `0.3` for 30 %. The shares of sibling categories add up to at most 1.
   */
  share?: number;
}
/**
 * At most `max` admissions per answer of `field` within the listed categories (SEL-8).
 */
export interface UniquenessGroup {
  /**
   * Identifier of the group, e.g. `ride_variety`.
   */
  id: string;
  /**
   * Name of the rule as shown to staff.
   */
  title: Localized;
  /**
   * Name of a field under `form.fields` whose answers must not repeat too often, e.g. `rideType`.
   */
  field: string;
  /**
   * How many admissions may share one answer.
   */
  max: number;
  /**
   * Category ids the rule applies to (a parent includes its sub-categories).
   *
   * @minItems 1
   */
  categories: [string, ...string[]];
}
/**
 * One kind of document: what it is, which files are accepted, whether it must be valid for the event, when it is due and for whom.
 */
export interface DocumentKind {
  /**
   * Stable identifier, e.g. `liability_insurance`; unique among the documents.
   */
  id: string;
  /**
   * Name of the document as shown to applicants.
   */
  title: Localized;
  /**
   * Explanation for applicants: what exactly to upload.
   */
  help?: Localized;
  /**
   * Accepted file types as MIME types, e.g. `application/pdf`, `image/jpeg`, `image/png`. At least one.
   *
   * @minItems 1
   */
  accept: [string, ...string[]];
  /**
   * Largest accepted file, in megabytes (at most 100).
   */
  maxSizeMb: number;
  validity?: DocumentValidity;
  /**
   * When the document must be submitted: `with_application` (together with the application), `by_date` (by the document deadline of the edition, `phases.documentDeadline`), `before_setup` (before the first setup day of the edition, `eventDays.setupFrom`).
   */
  due: 'with_application' | 'by_date' | 'before_setup';
  appliesTo: Condition;
}
/**
 * Whether the document carries a validity date and what period it must cover.
 */
export interface DocumentValidity {
  /**
   * Whether applicants must state until when the document is valid.
   */
  required: boolean;
  /**
   * The period the document must be valid for: `event_days` (opening to closing day), `setup_and_event_days` (from the first setup day to the closing day) or `none` (no requirement).
   */
  mustCover: 'event_days' | 'setup_and_event_days' | 'none';
}
/**
 * Always applies: `{ "always": true }`.
 */
export interface AlwaysCondition {
  /**
   * Must be `true`.
   */
  always: true;
}
/**
 * Applies when the answer in a field equals a value, e.g. `{ "field": "water", "equals": true }`.
 */
export interface FieldEqualsCondition {
  field: FieldName;
  /**
   * The value the answer must have: a text, a number or true/false.
   */
  equals: string | number | boolean;
}
/**
 * Applies when the answer in a field is one of several values, e.g. `{ "field": "rideType", "in": ["achterbahn", "hochfahr"] }`.
 */
export interface FieldInCondition {
  field: FieldName;
  /**
   * The values of which the answer must be one.
   *
   * @minItems 1
   */
  in: [string | number | boolean, ...(string | number | boolean)[]];
}
/**
 * Applies when the application's category is one of the listed categories or lies below one of them in the tree, e.g. `{ "categories": ["fahr_erw"] }`.
 */
export interface CategoriesCondition {
  /**
   * Category ids from `categories.tree` (a parent stands for all its sub-categories).
   *
   * @minItems 1
   */
  categories: [string, ...string[]];
}
/**
 * Applies when every listed condition applies (and).
 */
export interface AllCondition {
  /**
   * The conditions that must all apply.
   *
   * @minItems 1
   */
  all: [Condition, ...Condition[]];
}
/**
 * Applies when at least one of the listed conditions applies (or).
 */
export interface AnyCondition {
  /**
   * The conditions of which one must apply.
   *
   * @minItems 1
   */
  any: [Condition, ...Condition[]];
}
/**
 * Applies when the inner condition does not apply.
 */
export interface NotCondition {
  not: Condition;
}
/**
 * How applicants are selected when there are more applications than places (SEL-2 to SEL-13). Frozen once the bundle is published: applicants must know the rules before they apply.
 */
export interface Selection {
  /**
   * Selection procedure: `points` (weighted criteria; ties broken by `tieBreak`), `lottery` (drawing lots), `points_lottery_tiebreak` (points, and lots among applicants with equal points), `first_come` (in order of receipt). The point modes need `scale`, at least one criterion and a newcomer rule (SEL-4); `lottery` and `first_come` have no criteria.
   */
  mode: 'points' | 'lottery' | 'points_lottery_tiebreak' | 'first_come';
  scale?: Scale;
  /**
   * Groups of criteria, e.g. Attraktivität and persönliche Eignung; each criterion belongs to one group.
   */
  groups?: CriterionGroup[];
  /**
   * The criteria scored in the point modes. Must be empty or absent for `lottery` and `first_come`.
   */
  criteria?: Criterion[];
  /**
   * Pairs of criteria of which an applicant is scored on at most one, e.g. "bekannt und bewährt" and "Neubewerber" (SEL-6).
   */
  exclusivePairs?: [string, string][];
  /**
   * Whether reviewers must write a justification for every score (SEL-3); the notice quotes it.
   */
  justificationRequired: boolean;
  rounding?: Rounding;
  newcomers?: NewcomerRule;
  /**
   * Whether applicants who are not admitted are kept on a reserve list and move up when a place becomes free (SEL-12).
   */
  reserveList: boolean;
  /**
   * How applicants with equal points are ordered: `lottery` (drawing lots) or `submission_time` (earlier application first).
   */
  tieBreak?: 'lottery' | 'submission_time';
}
/**
 * The points a reviewer may give per criterion, from `min` to `max` in steps of `step`, e.g. 0 to 5 in steps of 1.
 */
export interface Scale {
  /**
   * Lowest score.
   */
  min: number;
  /**
   * Highest score; greater than `min`.
   */
  max: number;
  /**
   * Distance between allowed scores; must divide `max − min`.
   */
  step: number;
}
/**
 * A group of criteria.
 */
export interface CriterionGroup {
  /**
   * Identifier of the group, e.g. `attraktivitaet`.
   */
  id: string;
  /**
   * Name of the group as shown in notices.
   */
  title: Localized;
}
/**
 * One selection criterion with its weight. `manual` criteria are scored by reviewers, `history` criteria from past participation, `formula` criteria from an answer in the form.
 */
export interface Criterion {
  /**
   * Identifier of the criterion, e.g. `anziehungskraft`; unique.
   */
  id: string;
  /**
   * Id of the group the criterion belongs to.
   */
  group: string;
  /**
   * Name of the criterion as shown to reviewers and in notices.
   */
  title: Localized;
  /**
   * Guidance for reviewers: what earns many and what earns few points.
   */
  hint?: Localized;
  /**
   * Weight: the score is multiplied by this factor.
   */
  factor: number;
  /**
   * `manual` (reviewers give points), `history` (points from past participation, see `history`), `formula` (points from a form answer, see `formula`).
   */
  kind: 'manual' | 'history' | 'formula';
  history?: HistoryRule;
  formula?: FormulaRule;
}
/**
 * For `history` criteria: which past participation earns the full score. Give exactly one of the two limits.
 */
export interface HistoryRule {
  /**
   * Full score for businesses admitted at least once in this many previous years ("bekannt und bewährt").
   */
  participatedWithinYears?: number;
  /**
   * Full score for businesses not admitted in this many previous years ("Neubewerber").
   */
  notParticipatedWithinYears?: number;
}
/**
 * For `formula` criteria: points from a numeric form answer by bands, e.g. up to 10 m frontage 5 points.
 */
export interface FormulaRule {
  /**
   * Name of a numeric field under `form.fields`.
   */
  field: string;
  /**
   * Bands in ascending order of `upTo`; the first band whose `upTo` is not below the answer gives the points. The last band has no `upTo` and catches all larger answers.
   *
   * @minItems 1
   */
  bands: [FormulaBand, ...FormulaBand[]];
}
/**
 * One band of a formula criterion.
 */
export interface FormulaBand {
  /**
   * Largest answer (inclusive) this band covers; absent for the last band.
   */
  upTo?: number;
  /**
   * Points for answers in this band; must lie on the scale.
   */
  points: number;
}
/**
 * How group totals and the total are rounded (the criterion scores are never rounded, so ranks stay exact).
 */
export interface Rounding {
  /**
   * Decimal places kept, 0 to 4.
   */
  decimals: number;
  /**
   * `half_up` (commercial rounding: 2.675 → 2.68), `half_even` (to the even neighbour: 2.665 → 2.66) or `down` (cut off).
   */
  method: 'half_up' | 'half_even' | 'down';
}
/**
 * Newcomers' real chance (SEL-4): a minimum share of admissions per category goes to businesses that were not admitted before.
 */
export interface NewcomerRule {
  /**
   * Minimum share of newcomers among the admissions of each category, between 0 and 1 (e.g. `0.1` for 10 %).
   */
  minSharePerCategory: number;
  /**
   * Who counts as a newcomer: `previous_year` (not admitted in the previous year), `last_3_years` (not admitted in the last three years) or `ever` (never admitted).
   */
  basis: 'previous_year' | 'last_3_years' | 'ever';
}
/**
 * One fee item: amount = quantity × rate (× event days when charged per day), at least the minimum. Amounts are whole cents (25000 = 250.00 EUR).
 */
export interface FeeItem {
  /**
   * Stable identifier, e.g. `space`; unique among the fees.
   */
  id: string;
  /**
   * What the fee pays for, in the terms of § 71 GewO: `space` (space and stand), `supply_electricity` (electricity), `supply_water` (water), `waste` (waste disposal), `advertising_share` (share of advertising costs; only at a Volksfest or Jahrmarkt), `other` (anything else; not allowed at a festgesetzt event).
   */
  kind: 'space' | 'supply_electricity' | 'supply_water' | 'waste' | 'advertising_share' | 'other';
  /**
   * Name of the fee as printed on the fee notice.
   */
  title: Localized;
  /**
   * What the rate is per: `m2` (square metre), `front_m` (metre of frontage), `piece` (item, e.g. caravan), `flat` (flat amount) or `kW` (kilowatt of connected load).
   */
  unit: 'm2' | 'front_m' | 'piece' | 'flat' | 'kW';
  /**
   * `event` (once for the whole event) or `day` (for every event day).
   */
  per: 'day' | 'event';
  quantity?: FeeQuantity;
  /**
   * Price per unit in cents, e.g. `600` for 6.00 EUR per m².
   */
  rate: number;
  /**
   * Different rates for some categories, in cents, keyed by category id; a key may also be a parent category and then applies to all its sub-categories. Categories not listed pay `rate`.
   */
  ratesByCategory?: {
    [k: string]: number | undefined;
  };
  /**
   * Lowest amount charged for this item, in cents.
   */
  minimum?: number;
  when?: Condition;
}
/**
 * Where the quantity comes from: the product of the named numeric form fields (e.g. frontage × depth for m²). Required unless the unit is `flat`.
 */
export interface FeeQuantity {
  /**
   * Names of numeric fields under `form.fields`. For `m2` name two length fields (in m) or one area field (in m²).
   *
   * @minItems 1
   */
  fields: [string, ...string[]];
}
/**
 * The procedure every application runs through (draft, submitted, in review, …): a template shipped with Festplatz, switched on or off in parts by options.
 */
export interface LifecycleConfig {
  /**
   * Name of a lifecycle template shipped with Festplatz. Available: `event-application` (application for a place at an event).
   */
  template: string;
  /**
   * Version of the template; each case records the template and version it runs under, so old cases keep working after an update.
   */
  version: number;
  options?: LifecycleOptions;
  /**
   * Conditions the procedure checks, by name: `beforeDeadline` (the application period is still open), `requiredDocumentsAccepted` (all required documents are accepted), `paymentOverdue` (the payment due date has passed).
   */
  guards?: string[];
  /**
   * Steps the procedure carries out, by name: `issueNotice` (issue the notice), `sendReceipt` (confirm receipt of the application), `requestPayment` (send the fee notice), `notifyApplicant` (send a message to the applicant), `moveUpFromWaitlist` (admit the next business from the reserve list).
   */
  actions?: string[];
}
/**
 * Parts of the template to switch on. Absent options are off.
 */
export interface LifecycleOptions {
  /**
   * Admitted businesses receive a fee notice and must pay before setup.
   */
  payment?: boolean;
  /**
   * Applicants who are not admitted are put on the reserve list and may move up.
   */
  waitlist?: boolean;
  /**
   * Staff review uploaded documents and accept or reject each one.
   */
  documentReview?: boolean;
}
/**
 * Text blocks of the notices (Bescheide) and messages sent to applicants (BES-1, BES-2). Texts may contain placeholders such as `{{applicantName}}`, `{{editionTitle}}`, `{{categoryTitle}}`, `{{eventDays}}`, `{{feeTotal}}`, `{{feeLines}}`, `{{rank}}`, `{{cutoff}}`, `{{scores}}`, `{{reasons}}`, `{{paymentDue}}`, `{{kassenzeichen}}`, `{{court}}`, `{{periodMonths}}`, `{{companyName}}`.
 */
export interface Notices {
  /**
   * The legal basis quoted in every notice, e.g. "§ 70 Abs. 3 GewO in Verbindung mit der Festsetzung vom …".
   */
  legalBasis: Localized;
  admission: NoticeTemplate;
  rejection: NoticeTemplate;
  waitlist?: NoticeTemplate;
  fee?: NoticeTemplate;
  rechtsbehelfsbelehrung: Rechtsbehelfsbelehrung;
}
/**
 * Subject and body of one notice or message.
 */
export interface NoticeTemplate {
  /**
   * Subject line.
   */
  subject: Localized;
  /**
   * Body text with placeholders like `{{applicantName}}`.
   */
  body: Localized;
}
/**
 * Information on legal remedies (§ 58 VwGO), required in every notice (BES-2). Without it the period for an action is one year instead of one month.
 */
export interface Rechtsbehelfsbelehrung {
  /**
   * The competent administrative court, e.g. Verwaltungsgericht Arnsberg.
   */
  court: string;
  /**
   * Postal address of the court.
   */
  address: string;
  /**
   * Period for filing an action in months (normally 1).
   */
  periodMonths: number;
  /**
   * The full text of the Rechtsbehelfsbelehrung; may use `{{court}}` and `{{periodMonths}}`.
   */
  text: Localized;
}
/**
 * Data protection: the information under Art. 13 GDPR, optional consents, and how long each kind of record is kept (DS-1, DS-2, DS-5).
 */
export interface Privacy {
  information: PrivacyInformation;
  /**
   * Optional consents, each asked separately (e.g. publication in the programme). Processing the application itself never rests on consent. May be empty.
   */
  consents: Consent[];
  retention: Retention;
}
/**
 * The privacy information (Art. 13 GDPR) applicants acknowledge. A new text needs a new version, so it is recorded which text an applicant saw.
 */
export interface PrivacyInformation {
  /**
   * Version label of the text, e.g. `2026-1`.
   */
  version: string;
  /**
   * The information text.
   */
  text: Localized;
}
/**
 * One optional consent.
 */
export interface Consent {
  /**
   * Identifier, e.g. `publish_in_programme`; unique.
   */
  id: string;
  /**
   * Short name of the consent.
   */
  title: Localized;
  /**
   * What the applicant consents to, and that the consent can be withdrawn at any time.
   */
  text: Localized;
  /**
   * Consents are never pre-ticked (DS-1): if given, the value must be `false`.
   */
  default?: false;
}
/**
 * How many months after the end of the event each kind of record is kept before it is deleted (DS-5). Whole months, at least 1.
 */
export interface Retention {
  /**
   * Application data.
   */
  application: number;
  /**
   * Scores and justifications of the selection.
   */
  scores: number;
  /**
   * Notices (Bescheide).
   */
  notice: number;
  /**
   * Payment records (tax and budget law usually require 10 years = 120 months).
   */
  payment: number;
  /**
   * Messages between applicant and office.
   */
  messages: number;
  /**
   * Uploaded documents.
   */
  uploads: number;
}
