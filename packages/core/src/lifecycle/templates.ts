import eventApplication from '../../lifecycles/event-application.json' with { type: 'json' };
import eventApplicationV2 from '../../lifecycles/event-application.v2.json' with { type: 'json' };
import type { EventType } from '../generated/event-type.ts';
import type { Statechart } from '../generated/statechart.ts';
import { applyLifecycleOptions, type LifecycleTemplateOption } from './apply-options.ts';

/** A lifecycle template shipped with core: an XState v5 statechart as JSON, with a name and version. */
export interface LifecycleTemplate {
  id: string;
  version: number;
  description?: string;
  /** Parts a bundle switches on with `lifecycle.options` (absent in a template without options). */
  options?: Record<string, LifecycleTemplateOption>;
  /** The chart with every option on. */
  statechart: Statechart;
}

/**
 * Every template core ships, in every version still in use: published bundles pin a version and old cases
 * keep theirs, so a version is never changed once shipped, only added.
 */
export const LIFECYCLE_TEMPLATES: readonly LifecycleTemplate[] = [
  eventApplication as LifecycleTemplate,
  eventApplicationV2 as LifecycleTemplate,
];

/** The template with this name and version, or null when core ships none. */
export function findLifecycleTemplate(id: string, version: number): LifecycleTemplate | null {
  return LIFECYCLE_TEMPLATES.find((template) => template.id === id && template.version === version) ?? null;
}

// Same template + options => the same (frozen) chart object, so the case engine's per-chart machine cache
// hits for every command instead of rebuilding a machine from a fresh clone each time.
const charts = new Map<string, Statechart>();

/**
 * The statechart a checked bundle's applications run under: its template with `lifecycle.options`
 * applied (absent options are off). Throws for a bundle that did not come from parseEventType (its
 * template is then not guaranteed to exist): parse the bundle first.
 */
export function lifecycleStatechart(bundle: EventType): Statechart {
  const { template, version, options } = bundle.lifecycle;
  const found = findLifecycleTemplate(template, version);
  if (found === null) {
    throw new Error(
      `lifecycleStatechart: no template ${template}@${version}; pass a bundle checked by parseEventType`,
    );
  }
  if (!found.options) return found.statechart;
  const on = Object.keys(found.options).filter((name) => options?.[name as keyof typeof options] === true);
  const key = `${template}@${version}:${on.sort().join(',')}`;
  let chart = charts.get(key);
  if (!chart) {
    chart = deepFreeze(applyLifecycleOptions(found.statechart, found.options, options));
    charts.set(key, chart);
  }
  return chart;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
