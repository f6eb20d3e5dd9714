CREATE TABLE `contact_import_errors` (
	`organization_id` varchar(40) NOT NULL,
	`import_id` varchar(40) NOT NULL,
	`row_num` int NOT NULL,
	`email` varchar(254),
	`reason` varchar(300) NOT NULL,
	CONSTRAINT `contact_import_errors_organization_id_import_id_row_num_pk` PRIMARY KEY(`organization_id`,`import_id`,`row_num`)
);
--> statement-breakpoint
CREATE TABLE `contact_imports` (
	`id` varchar(40) NOT NULL,
	`organization_id` varchar(40) NOT NULL,
	`status` enum('draft','queued','running','done','failed','cancelled') NOT NULL DEFAULT 'draft',
	`file_key` varchar(300) NOT NULL,
	`file_name` varchar(200) NOT NULL,
	`file_bytes` int NOT NULL,
	`headers` json NOT NULL,
	`mapping` json,
	`consent` boolean NOT NULL DEFAULT false,
	`total_rows` int NOT NULL,
	`chunk_size` int NOT NULL,
	`processed` int NOT NULL DEFAULT 0,
	`created` int NOT NULL DEFAULT 0,
	`updated` int NOT NULL DEFAULT 0,
	`duplicates` int NOT NULL DEFAULT 0,
	`failed` int NOT NULL DEFAULT 0,
	`error` varchar(300),
	`created_by` varchar(40),
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`started_at` datetime(3),
	`finished_at` datetime(3),
	CONSTRAINT `contact_imports_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE INDEX `contact_imports_org_created_idx` ON `contact_imports` (`organization_id`,`created_at`);