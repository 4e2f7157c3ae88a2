import eventApplication from '../../lifecycles/event-application.json' with { type: 'json' };
import type { EventType } from '../generated/event-type.ts';
import type { Statechart } from '../generated/statechart.ts';

/** A lifecycle template shipped with core: an XState v5 statechart as JSON, with a name and version. */
export interface LifecycleTemplate {
  id: string;
  version: number;
  description?: string;
  statechart: Statechart;
}

/** Every template core ships, in every version still in use (old cases keep their version). */
export const LIFECYCLE_TEMPLATES: readonly LifecycleTemplate[] = [eventApplication as LifecycleTemplate];

/** The template with this name and version, or null when core ships none. */
export function findLifecycleTemplate(id: string, version: number): LifecycleTemplate | null {
  return LIFECYCLE_TEMPLATES.find((template) => template.id === id && template.version === version) ?? null;
}

/**
 * The statechart a checked bundle's applications run under. Throws for a bundle that did not come from
 * parseEventType (its template is then not guaranteed to exist): parse the bundle first.
 */
export function lifecycleStatechart(bundle: EventType): Statechart {
  const { template, version } = bundle.lifecycle;
  const found = findLifecycleTemplate(template, version);
  if (found === null) {
    throw new Error(
      `lifecycleStatechart: no template ${template}@${version}; pass a bundle checked by parseEventType`,
    );
  }
  return found.statechart;
}
