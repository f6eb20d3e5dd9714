ALTER TABLE `contact_imports` ADD `stall_requeues` int DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `contact_imports_status_updated_idx` ON `contact_imports` (`status`,`updated_at`);