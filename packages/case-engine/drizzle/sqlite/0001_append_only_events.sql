-- Custom SQL migration (drizzle-kit generate --custom): the case event log is append only.
-- Corrections are new events, never edits, so the audit trail stays complete (ARCHITECTURE: every change is an event).
CREATE TRIGGER `application_events_no_update` BEFORE UPDATE ON `application_events`
BEGIN
  SELECT RAISE(ABORT, 'application_events is append-only: UPDATE is not allowed');
END;
--> statement-breakpoint
CREATE TRIGGER `application_events_no_delete` BEFORE DELETE ON `application_events`
BEGIN
  SELECT RAISE(ABORT, 'application_events is append-only: DELETE is not allowed');
END;
