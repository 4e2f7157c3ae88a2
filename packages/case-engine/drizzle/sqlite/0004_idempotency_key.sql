ALTER TABLE `applications` ADD `data_hash` text;--> statement-breakpoint
ALTER TABLE `applications` ADD `idempotency_key` text;--> statement-breakpoint
CREATE UNIQUE INDEX `applications_applicant_idempotency_key_idx` ON `applications` (`applicant_id`,`idempotency_key`);