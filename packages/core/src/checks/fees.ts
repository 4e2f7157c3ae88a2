import type { EventClassification, FeeItem } from '../generated/event-type.ts';
import type { Issue } from '../issue.ts';
import { escapeToken } from '../json-pointer.ts';
import { conditionRefIssues } from './condition-refs.ts';
import type { CheckContext } from './context.ts';
import { categoryRefIssues, duplicateIdIssues, fieldRefIssues } from './field-refs.ts';

// § 71 GewO applies to festgesetzte Volksfeste, Jahr-, Spezial- and Wochenmärkte (FEE-1).
const SECTION_71_TYPES = new Set(['volksfest_60b', 'jahrmarkt_68', 'spezialmarkt_68', 'wochenmarkt_67']);
// ... and only Volksfeste and Jahrmärkte may charge a share of advertising costs.
const ADVERTISING_TYPES = new Set(['volksfest_60b', 'jahrmarkt_68']);

/** Fee items: unique ids, kinds allowed by § 71 GewO, quantities from existing numeric fields, rates per category. */
export function feeIssues(context: CheckContext): Issue[] {
  const { fees } = context.bundle;
  if (!Array.isArray(fees)) return [];
  const issues: Issue[] = [];
  if (fees.every((_, index) => context.intact(`/fees/${index}`))) {
    issues.push(...duplicateIdIssues(fees, '/fees', 'feeIdDuplicate'));
  }
  const event = context.intact('/event') ? context.bundle.event : null;
  fees.forEach((fee, index) => {
    const path = `/fees/${index}`;
    if (!context.intact(path)) return;
    if (event !== null) issues.push(...kindIssues(fee, event, path));
    issues.push(...quantityIssues(context, fee, path));
    for (const id of Object.keys(fee.ratesByCategory ?? {})) {
      issues.push(...categoryRefIssues(context, id, `${path}/ratesByCategory/${escapeToken(id)}`));
    }
    if (fee.when !== undefined) issues.push(...conditionRefIssues(context, fee.when, `${path}/when`));
  });
  return issues;
}

function kindIssues(fee: FeeItem, event: EventClassification, path: string): Issue[] {
  if (!event.festgesetzt) return [];
  const params = { fee: fee.id, kind: fee.kind, legalType: event.legalType };
  if (fee.kind === 'other' && SECTION_71_TYPES.has(event.legalType)) {
    return [{ path: `${path}/kind`, code: 'feeKindNotAllowed', params }];
  }
  if (fee.kind === 'advertising_share' && !ADVERTISING_TYPES.has(event.legalType)) {
    return [{ path: `${path}/kind`, code: 'advertisingShareNotAllowed', params }];
  }
  return [];
}

function quantityIssues(context: CheckContext, fee: FeeItem, path: string): Issue[] {
  if (fee.quantity === undefined) {
    return fee.unit === 'flat'
      ? []
      : [{ path, code: 'feeQuantityMissing', params: { fee: fee.id, unit: fee.unit } }];
  }
  const { fields } = fee.quantity;
  const issues = fields.flatMap((field, i) =>
    fieldRefIssues(context, field, `${path}/quantity/fields/${i}`, 'numeric'),
  );
  if (issues.length > 0 || fee.unit !== 'm2' || context.fields === null) return issues;
  // An area is two lengths multiplied, or one field that already holds square metres.
  const units = fields.map((field) => context.fields?.get(field)?.unit);
  const isArea =
    (fields.length === 2 && units.every((unit) => unit === undefined || unit === 'm')) ||
    (fields.length === 1 && units[0] === 'm2');
  return isArea
    ? []
    : [{ path: `${path}/quantity/fields`, code: 'feeAreaFieldsInvalid', params: { fee: fee.id, fields } }];
}
