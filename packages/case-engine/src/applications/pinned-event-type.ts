import { type EventType, lifecycleStatechart } from '@festplatz/core';
import { allowedEvents } from '../lifecycle.ts';
import type { Repository } from '../repository/types.ts';

// Published bundles are immutable and named by their content hash, so each is read once per repository and
// shared by every command after it. The sharing matters beyond the read: core caches the validator it
// compiles from a form schema per schema object (the Soest form takes ~40 ms), and lifecycleStatechart hands
// out one chart per template, which keeps the machine cache hitting. The cache holds the promise, so
// concurrent first commands read the bundle once; a failed read is dropped so the next command tries again.
const bundles = new WeakMap<Repository, Map<string, Promise<EventType>>>();

/**
 * The bundle a case runs under: the one it was submitted with (found by its content hash), not whatever the
 * edition pins today, so old cases keep working after a new event-type version (ARCHITECTURE: version
 * everything). Rejects when the tenant has no bundle with this hash (a broken invariant: cases pin
 * published bundles).
 */
export function pinnedEventType(
  repo: Repository,
  pinned: { tenantId: string; eventTypeHash: string },
): Promise<EventType> {
  let cache = bundles.get(repo);
  if (!cache) {
    cache = new Map();
    bundles.set(repo, cache);
  }
  const key = `${pinned.tenantId}\n${pinned.eventTypeHash}`;
  let bundle = cache.get(key);
  if (!bundle) {
    const loading = repo.findEventTypeByHash(pinned.tenantId, pinned.eventTypeHash).then((found) => {
      if (found) return found;
      throw new Error(`event type ${pinned.eventTypeHash} of tenant ${pinned.tenantId} is missing`);
    });
    loading.catch(() => cache.delete(key));
    cache.set(key, loading);
    bundle = loading;
  }
  return bundle;
}

/** The events a case's own lifecycle allows in its current state (for offering next steps to staff). */
export async function caseAllowedEvents(
  repo: Repository,
  app: { tenantId: string; eventTypeHash: string; state: string },
): Promise<string[]> {
  return allowedEvents(lifecycleStatechart(await pinnedEventType(repo, app)), app.state);
}
