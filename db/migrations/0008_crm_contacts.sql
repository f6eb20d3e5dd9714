CREATE TABLE `contact_field_values` (
	`organization_id` varchar(40) NOT NULL,
	`contact_id` varchar(40) NOT NULL,
	`field_id` varchar(40) NOT NULL,
	`value_text` varchar(500),
	`value_number` double,
	CONSTRAINT `contact_field_values_organization_id_contact_id_field_id_pk` PRIMARY KEY(`organization_id`,`contact_id`,`field_id`)
);
--> statement-breakpoint
CREATE TABLE `contact_fields` (
	`id` varchar(40) NOT NULL,
	`organization_id` varchar(40) NOT NULL,
	`key` varchar(40) NOT NULL,
	`label` varchar(80) NOT NULL,
	`type` enum('text','number','date','choice') NOT NULL,
	`options` json,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `contact_fields_id` PRIMARY KEY(`id`),
	CONSTRAINT `contact_fields_org_key_uq` UNIQUE(`organization_id`,`key`)
);
--> statement-breakpoint
CREATE TABLE `contact_interactions` (
	`id` varchar(40) NOT NULL,
	`organization_id` varchar(40) NOT NULL,
	`contact_id` varchar(40) NOT NULL,
	`kind` varchar(32) NOT NULL,
	`summary` varchar(300) NOT NULL,
	`body` varchar(5000),
	`ref_id` varchar(40),
	`author_user_id` varchar(40),
	`occurred_at` datetime(3) NOT NULL,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `contact_interactions_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `contact_tags` (
	`organization_id` varchar(40) NOT NULL,
	`contact_id` varchar(40) NOT NULL,
	`tag` varchar(64) NOT NULL,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `contact_tags_organization_id_contact_id_tag_pk` PRIMARY KEY(`organization_id`,`contact_id`,`tag`)
);
--> statement-breakpoint
CREATE TABLE `segments` (
	`id` varchar(40) NOT NULL,
	`organization_id` varchar(40) NOT NULL,
	`name` varchar(120) NOT NULL,
	`filter` json NOT NULL,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `segments_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
ALTER TABLE `contacts` ADD `phone` varchar(40);--> statement-breakpoint
ALTER TABLE `contacts` ADD `company` varchar(120);--> statement-breakpoint
ALTER TABLE `contacts` ADD `score` int DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `contacts` ADD `consent_status` enum('subscribed','unsubscribed','bounced','complained') DEFAULT 'subscribed' NOT NULL;--> statement-breakpoint
ALTER TABLE `contacts` ADD `consent_changed_at` datetime(3);--> statement-breakpoint
ALTER TABLE `contacts` ADD `consent_method` varchar(32);--> statement-breakpoint
ALTER TABLE `contacts` ADD `last_activity_at` datetime(3);--> statement-breakpoint
CREATE INDEX `contact_field_values_org_field_text_idx` ON `contact_field_values` (`organization_id`,`field_id`,`value_text`);--> statement-breakpoint
CREATE INDEX `contact_field_values_org_field_number_idx` ON `contact_field_values` (`organization_id`,`field_id`,`value_number`);--> statement-breakpoint
CREATE INDEX `contact_interactions_org_contact_idx` ON `contact_interactions` (`organization_id`,`contact_id`,`occurred_at`);--> statement-breakpoint
CREATE INDEX `contact_interactions_org_kind_idx` ON `contact_interactions` (`organization_id`,`kind`,`occurred_at`);--> statement-breakpoint
CREATE INDEX `contact_tags_org_tag_idx` ON `contact_tags` (`organization_id`,`tag`,`contact_id`);--> statement-breakpoint
CREATE INDEX `segments_org_idx` ON `segments` (`organization_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `contacts_org_id_idx` ON `contacts` (`organization_id`,`id`);--> statement-breakpoint
CREATE INDEX `contacts_org_activity_idx` ON `contacts` (`organization_id`,`last_activity_at`);--> statement-breakpoint
CREATE INDEX `contacts_org_consent_idx` ON `contacts` (`organization_id`,`consent_status`);