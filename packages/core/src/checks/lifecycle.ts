import type { Issue } from '../issue.ts';
import { LIFECYCLE_TEMPLATES } from '../lifecycle/templates.ts';
import type { LifecycleVocabulary } from '../lifecycle/vocabulary.ts';
import type { CheckContext } from './context.ts';

/** The template exists in that version, and the guard and action names are known to the case engine. */
export function lifecycleIssues(context: CheckContext, vocabulary: LifecycleVocabulary): Issue[] {
  if (!context.intact('/lifecycle')) return [];
  const { template, version, guards = [], actions = [] } = context.bundle.lifecycle;
  const issues: Issue[] = [];
  const versions = LIFECYCLE_TEMPLATES.filter((t) => t.id === template).map((t) => t.version);
  if (versions.length === 0) {
    const templates = [...new Set(LIFECYCLE_TEMPLATES.map((t) => t.id))];
    issues.push({
      path: '/lifecycle/template',
      code: 'lifecycleTemplateUnknown',
      params: { template, templates },
    });
  } else if (!versions.includes(version)) {
    issues.push({
      path: '/lifecycle/version',
      code: 'lifecycleVersionUnknown',
      params: { template, version, versions },
    });
  }
  guards.forEach((guard, index) => {
    if (!vocabulary.guards.includes(guard)) {
      issues.push({
        path: `/lifecycle/guards/${index}`,
        code: 'lifecycleGuardUnknown',
        params: { guard, known: vocabulary.guards },
      });
    }
  });
  actions.forEach((action, index) => {
    if (!vocabulary.actions.includes(action)) {
      issues.push({
        path: `/lifecycle/actions/${index}`,
        code: 'lifecycleActionUnknown',
        params: { action, known: vocabulary.actions },
      });
    }
  });
  return issues;
}
