import type { EventType } from '@festplatz/core';
import type { FestplatzDb } from './db.ts';

// Published bundles are immutable and identified by their content hash, so every command can share one object
// per hash. The sharing matters: core caches the validator compiled from a form schema per schema object, and
// compiling the Soest form takes ~40 ms, so a freshly parsed bundle per request would cap submissions at ~25/s.
const caches = new WeakMap<FestplatzDb, Map<string, EventType>>();

/**
 * The one shared object for the published bundle with `hash`; `load` reads it from the database only the first
 * time (parsing the stored JSON is itself a measurable cost per request).
 */
export function sharedBundle(db: FestplatzDb, hash: string, load: () => EventType): EventType {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let bundle = cache.get(hash);
  if (!bundle) {
    bundle = load();
    cache.set(hash, bundle);
  }
  return bundle;
}
