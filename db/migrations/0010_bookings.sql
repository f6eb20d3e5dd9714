CREATE TABLE `availability_overrides` (
	`id` varchar(40) NOT NULL,
	`organization_id` varchar(40) NOT NULL,
	`date` char(10) NOT NULL,
	`start_minute` smallint,
	`end_minute` smallint,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `availability_overrides_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `availability_rules` (
	`id` varchar(40) NOT NULL,
	`organization_id` varchar(40) NOT NULL,
	`weekday` smallint NOT NULL,
	`start_minute` smallint NOT NULL,
	`end_minute` smallint NOT NULL,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `availability_rules_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `booking_claims` (
	`organization_id` varchar(40) NOT NULL,
	`block_start` datetime(3) NOT NULL,
	`booking_id` varchar(40) NOT NULL,
	CONSTRAINT `booking_claims_pk` PRIMARY KEY(`organization_id`,`block_start`)
);
--> statement-breakpoint
CREATE TABLE `booking_reminders` (
	`id` varchar(40) NOT NULL,
	`organization_id` varchar(40) NOT NULL,
	`booking_id` varchar(40) NOT NULL,
	`kind` varchar(8) NOT NULL,
	`due_at` datetime(3) NOT NULL,
	`sent_at` datetime(3),
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `booking_reminders_id` PRIMARY KEY(`id`),
	CONSTRAINT `booking_reminders_uq` UNIQUE(`organization_id`,`booking_id`,`kind`)
);
--> statement-breakpoint
CREATE TABLE `booking_services` (
	`id` varchar(40) NOT NULL,
	`organization_id` varchar(40) NOT NULL,
	`slug` varchar(63) NOT NULL,
	`name` varchar(120) NOT NULL,
	`description` text NOT NULL,
	`duration_minutes` smallint NOT NULL,
	`price` int NOT NULL DEFAULT 0,
	`currency` char(3) NOT NULL,
	`buffer_minutes` smallint NOT NULL DEFAULT 0,
	`min_notice_minutes` int NOT NULL DEFAULT 0,
	`max_per_day` smallint,
	`max_days_ahead` smallint NOT NULL DEFAULT 60,
	`cancel_notice_hours` smallint NOT NULL DEFAULT 24,
	`location_kind` enum('video','phone','in_person') NOT NULL,
	`location_detail` varchar(500) NOT NULL DEFAULT '',
	`active` boolean NOT NULL DEFAULT true,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`deleted_at` datetime(3),
	CONSTRAINT `booking_services_id` PRIMARY KEY(`id`),
	CONSTRAINT `booking_services_slug_uq` UNIQUE(`organization_id`,`slug`)
);
--> statement-breakpoint
CREATE TABLE `booking_settings` (
	`organization_id` varchar(40) NOT NULL,
	`time_zone` varchar(64) NOT NULL,
	`feed_secret_hash` char(64),
	`feed_secret_box` varchar(255),
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `booking_settings_organization_id` PRIMARY KEY(`organization_id`),
	CONSTRAINT `booking_settings_feed_uq` UNIQUE(`feed_secret_hash`)
);
--> statement-breakpoint
CREATE TABLE `bookings` (
	`id` varchar(40) NOT NULL,
	`organization_id` varchar(40) NOT NULL,
	`service_id` varchar(40) NOT NULL,
	`site_id` varchar(40) NOT NULL,
	`site_origin` varchar(300) NOT NULL,
	`status` enum('held','confirmed','cancelled') NOT NULL,
	`starts_at` datetime(3) NOT NULL,
	`ends_at` datetime(3) NOT NULL,
	`local_date` char(10) NOT NULL,
	`name` varchar(120) NOT NULL,
	`email` varchar(254) NOT NULL,
	`notes` varchar(2000) NOT NULL DEFAULT '',
	`visitor_time_zone` varchar(64) NOT NULL,
	`order_id` varchar(40),
	`manage_token_hash` char(64) NOT NULL,
	`manage_token_box` varchar(255) NOT NULL,
	`sequence` smallint NOT NULL DEFAULT 0,
	`cancelled_at` datetime(3),
	`cancelled_by` varchar(12),
	`confirmation_sent_at` datetime(3),
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `bookings_id` PRIMARY KEY(`id`),
	CONSTRAINT `bookings_manage_token_uq` UNIQUE(`manage_token_hash`)
);
--> statement-breakpoint
ALTER TABLE `email_outbox` ADD `attachments` json;--> statement-breakpoint
CREATE INDEX `availability_overrides_org_idx` ON `availability_overrides` (`organization_id`,`date`);--> statement-breakpoint
CREATE INDEX `availability_rules_org_idx` ON `availability_rules` (`organization_id`,`weekday`,`start_minute`);--> statement-breakpoint
CREATE INDEX `booking_claims_booking_idx` ON `booking_claims` (`organization_id`,`booking_id`);--> statement-breakpoint
CREATE INDEX `booking_reminders_due_idx` ON `booking_reminders` (`sent_at`,`due_at`);--> statement-breakpoint
CREATE INDEX `bookings_org_start_idx` ON `bookings` (`organization_id`,`starts_at`);--> statement-breakpoint
CREATE INDEX `bookings_org_service_day_idx` ON `bookings` (`organization_id`,`service_id`,`local_date`);--> statement-breakpoint
CREATE INDEX `bookings_org_order_idx` ON `bookings` (`organization_id`,`order_id`);