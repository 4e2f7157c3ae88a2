-- Custom SQL migration (drizzle-kit generate --custom): the hash chain of the case event log (SEC-6).
-- SQLite has no sha-256, so rows that existed before 0002 are sealed once by openDatabase() in TypeScript
-- (src/audit/seal.ts). The only UPDATE still allowed is exactly that: filling hash and prev_hash of a row that
-- has none, with every other column unchanged. Every newly inserted row must already carry both hashes.
DROP TRIGGER `application_events_no_update`;
--> statement-breakpoint
CREATE TRIGGER `application_events_no_update` BEFORE UPDATE ON `application_events`
WHEN NOT (
  OLD.`hash` IS NULL AND OLD.`prev_hash` IS NULL
  AND NEW.`hash` IS NOT NULL AND NEW.`prev_hash` IS NOT NULL
  AND NEW.`id` IS OLD.`id` AND NEW.`application_id` IS OLD.`application_id` AND NEW.`seq` IS OLD.`seq`
  AND NEW.`type` IS OLD.`type` AND NEW.`payload` IS OLD.`payload` AND NEW.`actor_id` IS OLD.`actor_id`
  AND NEW.`at` IS OLD.`at` AND NEW.`lifecycle` IS OLD.`lifecycle`
)
BEGIN
  SELECT RAISE(ABORT, 'application_events is append-only: UPDATE is not allowed');
END;
--> statement-breakpoint
CREATE TRIGGER `application_events_sealed_insert` BEFORE INSERT ON `application_events`
WHEN NEW.`hash` IS NULL OR NEW.`prev_hash` IS NULL
BEGIN
  SELECT RAISE(ABORT, 'application_events: a new event must carry hash and prev_hash (use appendEvent)');
END;
