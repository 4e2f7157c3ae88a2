import type { Criterion, Scale, Selection } from '../generated/event-type.ts';
import type { Issue } from '../issue.ts';
import type { CheckContext } from './context.ts';
import { duplicateIdIssues, fieldRefIssues } from './field-refs.ts';

const POINT_MODES = new Set(['points', 'points_lottery_tiebreak']);

/** The selection policy is complete for its mode and internally consistent (SEL-2..SEL-13). */
export function selectionIssues(context: CheckContext): Issue[] {
  if (!context.intact('/selection')) return [];
  const selection = context.bundle.selection;
  const criteria = selection.criteria ?? [];
  return [
    ...modeIssues(selection),
    ...(selection.scale ? scaleIssues(selection.scale) : []),
    ...duplicateIdIssues(selection.groups ?? [], '/selection/groups', 'criterionGroupIdDuplicate'),
    ...duplicateIdIssues(criteria, '/selection/criteria', 'criterionIdDuplicate'),
    ...criteria.flatMap((criterion, index) => criterionIssues(context, selection, criterion, index)),
    ...pairIssues(selection),
  ];
}

function modeIssues(selection: Selection): Issue[] {
  const { mode } = selection;
  const issues: Issue[] = [];
  if (POINT_MODES.has(mode)) {
    if (!selection.scale)
      issues.push({ path: '/selection/scale', code: 'selectionScaleMissing', params: { mode } });
    if (!selection.criteria?.length) {
      issues.push({ path: '/selection/criteria', code: 'selectionCriteriaMissing', params: { mode } });
    }
    // SEL-4: newcomers need a real chance wherever points decide.
    if (!selection.newcomers) {
      issues.push({ path: '/selection/newcomers', code: 'selectionNewcomersMissing', params: { mode } });
    }
  } else if (selection.criteria?.length) {
    issues.push({ path: '/selection/criteria', code: 'selectionCriteriaNotAllowed', params: { mode } });
  }
  return issues;
}

function scaleIssues(scale: Scale): Issue[] {
  if (scale.min >= scale.max) {
    return [
      { path: '/selection/scale/max', code: 'scaleRangeInvalid', params: { min: scale.min, max: scale.max } },
    ];
  }
  const steps = (scale.max - scale.min) / scale.step;
  // Tolerate binary rounding (0.1 steps) but not a step that leaves a remainder.
  if (Math.abs(steps - Math.round(steps)) > 1e-9) {
    return [{ path: '/selection/scale/step', code: 'scaleStepInvalid', params: { ...scale } }];
  }
  return [];
}

function criterionIssues(
  context: CheckContext,
  selection: Selection,
  criterion: Criterion,
  index: number,
): Issue[] {
  const path = `/selection/criteria/${index}`;
  const issues: Issue[] = [];
  const groups = (selection.groups ?? []).map((group) => group.id);
  if (!groups.includes(criterion.group)) {
    issues.push({
      path: `${path}/group`,
      code: 'criterionGroupUnknown',
      params: { group: criterion.group, groups },
    });
  }
  if (criterion.kind === 'formula' && criterion.formula) {
    const { field, bands } = criterion.formula;
    issues.push(...fieldRefIssues(context, field, `${path}/formula/field`, 'numeric'));
    bands.forEach((band, i) => {
      const bandPath = `${path}/formula/bands/${i}`;
      const isLast = i === bands.length - 1;
      const previous = bands[i - 1]?.upTo;
      if (isLast ? band.upTo !== undefined : band.upTo === undefined) {
        issues.push({ path: bandPath, code: 'formulaBandsInvalid', params: { criterion: criterion.id } });
      } else if (band.upTo !== undefined && previous !== undefined && band.upTo <= previous) {
        issues.push({
          path: `${bandPath}/upTo`,
          code: 'formulaBandsInvalid',
          params: { criterion: criterion.id },
        });
      }
      const { scale } = selection;
      if (scale && (band.points < scale.min || band.points > scale.max)) {
        issues.push({
          path: `${bandPath}/points`,
          code: 'formulaPointsOffScale',
          params: { points: band.points, ...scale },
        });
      }
    });
  }
  return issues;
}

function pairIssues(selection: Selection): Issue[] {
  const ids = new Set((selection.criteria ?? []).map((criterion) => criterion.id));
  const issues: Issue[] = [];
  (selection.exclusivePairs ?? []).forEach((pair, index) => {
    const path = `/selection/exclusivePairs/${index}`;
    pair.forEach((id, i) => {
      if (!ids.has(id))
        issues.push({ path: `${path}/${i}`, code: 'criterionUnknown', params: { criterion: id } });
    });
    if (pair[0] === pair[1]) issues.push({ path, code: 'exclusivePairSame', params: { criterion: pair[0] } });
  });
  return issues;
}
