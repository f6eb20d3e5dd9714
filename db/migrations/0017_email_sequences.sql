CREATE TABLE `email_sequence_enrollments` (
	`id` varchar(40) NOT NULL,
	`organization_id` varchar(40) NOT NULL,
	`sequence_id` varchar(40) NOT NULL,
	`contact_id` varchar(40) NOT NULL,
	`status` enum('active','completed','stopped') NOT NULL DEFAULT 'active',
	`next_position` int NOT NULL DEFAULT 0,
	`last_step_at` datetime(3) NOT NULL,
	`next_due_at` datetime(3),
	`claim_token` varchar(40),
	`claimed_at` datetime(3),
	`attempts` int NOT NULL DEFAULT 0,
	`stop_reason` varchar(120),
	`enrolled_at` datetime(3) NOT NULL,
	`finished_at` datetime(3),
	CONSTRAINT `email_sequence_enrollments_id` PRIMARY KEY(`id`),
	CONSTRAINT `email_sequence_enrollments_uq` UNIQUE(`organization_id`,`sequence_id`,`contact_id`)
);
--> statement-breakpoint
CREATE TABLE `email_sequence_steps` (
	`id` varchar(40) NOT NULL,
	`organization_id` varchar(40) NOT NULL,
	`sequence_id` varchar(40) NOT NULL,
	`position` int NOT NULL,
	`template_id` varchar(40) NOT NULL,
	`delay_value` int NOT NULL,
	`delay_unit` enum('minutes','hours','days') NOT NULL,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `email_sequence_steps_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `email_sequences` (
	`id` varchar(40) NOT NULL,
	`organization_id` varchar(40) NOT NULL,
	`key` varchar(40) NOT NULL,
	`name` varchar(120) NOT NULL,
	`trigger` enum('signup') NOT NULL DEFAULT 'signup',
	`trigger_source` varchar(32),
	`trigger_tag` varchar(64),
	`active` boolean NOT NULL DEFAULT false,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `email_sequences_id` PRIMARY KEY(`id`),
	CONSTRAINT `email_sequences_org_key_uq` UNIQUE(`organization_id`,`key`)
);
--> statement-breakpoint
CREATE INDEX `email_sequence_enrollments_org_status_idx` ON `email_sequence_enrollments` (`organization_id`,`sequence_id`,`status`);--> statement-breakpoint
CREATE INDEX `email_sequence_enrollments_due_idx` ON `email_sequence_enrollments` (`status`,`next_due_at`);--> statement-breakpoint
CREATE INDEX `email_sequence_steps_org_seq_idx` ON `email_sequence_steps` (`organization_id`,`sequence_id`,`position`);