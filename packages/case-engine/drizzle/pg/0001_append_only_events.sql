-- Custom SQL migration (drizzle-kit generate --custom): the case event log is append only.
-- Corrections are new events, never edits, so the audit trail stays complete (ARCHITECTURE: every change is an
-- event). Row triggers reject UPDATE and DELETE; TRUNCATE skips row triggers, so a statement trigger rejects it.
CREATE FUNCTION "application_events_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'application_events is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'restrict_violation';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "application_events_no_update" BEFORE UPDATE ON "application_events"
  FOR EACH ROW EXECUTE FUNCTION "application_events_append_only"();
--> statement-breakpoint
CREATE TRIGGER "application_events_no_delete" BEFORE DELETE ON "application_events"
  FOR EACH ROW EXECUTE FUNCTION "application_events_append_only"();
--> statement-breakpoint
CREATE TRIGGER "application_events_no_truncate" BEFORE TRUNCATE ON "application_events"
  FOR EACH STATEMENT EXECUTE FUNCTION "application_events_append_only"();
