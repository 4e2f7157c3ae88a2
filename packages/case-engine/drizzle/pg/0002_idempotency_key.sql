ALTER TABLE "applications" ADD COLUMN "data_hash" text;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "idempotency_key" text;--> statement-breakpoint
CREATE UNIQUE INDEX "applications_applicant_idempotency_key_idx" ON "applications" USING btree ("applicant_id","idempotency_key");