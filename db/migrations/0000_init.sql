CREATE TABLE `analytics_daily` (
	`organization_id` varchar(40) NOT NULL,
	`site_id` varchar(40) NOT NULL,
	`link_id` varchar(40) NOT NULL,
	`day` date NOT NULL,
	`dimension` varchar(16) NOT NULL,
	`value` varchar(253) NOT NULL,
	`views` int NOT NULL DEFAULT 0,
	`visitors` int NOT NULL DEFAULT 0,
	`clicks` int NOT NULL DEFAULT 0,
	`bots` int NOT NULL DEFAULT 0,
	CONSTRAINT `analytics_daily_pk` PRIMARY KEY(`organization_id`,`site_id`,`link_id`,`day`,`dimension`,`value`)
);
--> statement-breakpoint
CREATE TABLE `analytics_events` (
	`id` varchar(40) NOT NULL,
	`organization_id` varchar(40) NOT NULL,
	`kind` varchar(8) NOT NULL,
	`site_id` varchar(40) NOT NULL DEFAULT '',
	`link_id` varchar(40) NOT NULL DEFAULT '',
	`occurred_at` datetime(3) NOT NULL,
	`day` date NOT NULL,
	`country` char(2) NOT NULL DEFAULT '',
	`city` varchar(80) NOT NULL DEFAULT '',
	`referrer_host` varchar(253) NOT NULL DEFAULT '',
	`device` varchar(16) NOT NULL DEFAULT '',
	`browser` varchar(40) NOT NULL DEFAULT '',
	`os` varchar(40) NOT NULL DEFAULT '',
	`utm_source` varchar(100) NOT NULL DEFAULT '',
	`utm_medium` varchar(100) NOT NULL DEFAULT '',
	`utm_campaign` varchar(100) NOT NULL DEFAULT '',
	`utm_term` varchar(100) NOT NULL DEFAULT '',
	`utm_content` varchar(100) NOT NULL DEFAULT '',
	`visitor_hash` char(32) NOT NULL,
	`is_bot` boolean NOT NULL DEFAULT false,
	`ingest_batch` varchar(40) NOT NULL,
	CONSTRAINT `analytics_events_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `analytics_visitors` (
	`organization_id` varchar(40) NOT NULL,
	`site_id` varchar(40) NOT NULL,
	`day` date NOT NULL,
	`visitor_hash` char(32) NOT NULL,
	`country` char(2) NOT NULL DEFAULT '',
	`referrer_host` varchar(253) NOT NULL DEFAULT '',
	`device` varchar(16) NOT NULL DEFAULT '',
	`browser` varchar(40) NOT NULL DEFAULT '',
	`os` varchar(40) NOT NULL DEFAULT '',
	`ingest_batch` varchar(40) NOT NULL,
	CONSTRAINT `analytics_visitors_pk` PRIMARY KEY(`organization_id`,`site_id`,`day`,`visitor_hash`)
);
--> statement-breakpoint
CREATE TABLE `contacts` (
	`id` varchar(40) NOT NULL,
	`organization_id` varchar(40) NOT NULL,
	`email` varchar(254) NOT NULL,
	`name` varchar(120),
	`source` varchar(32) NOT NULL,
	`site_id` varchar(40),
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`deleted_at` datetime(3),
	CONSTRAINT `contacts_id` PRIMARY KEY(`id`),
	CONSTRAINT `contacts_org_email_uq` UNIQUE(`organization_id`,`email`)
);
--> statement-breakpoint
CREATE TABLE `short_links` (
	`id` varchar(40) NOT NULL,
	`organization_id` varchar(40) NOT NULL,
	`domain` varchar(253) NOT NULL,
	`code` varchar(64) NOT NULL,
	`url` text NOT NULL,
	`title` varchar(200),
	`fallback_url` text,
	`starts_at` datetime(3),
	`expires_at` datetime(3),
	`pass_query` boolean NOT NULL DEFAULT true,
	`active` boolean NOT NULL DEFAULT true,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`deleted_at` datetime(3),
	CONSTRAINT `short_links_id` PRIMARY KEY(`id`),
	CONSTRAINT `short_links_domain_code_uq` UNIQUE(`domain`,`code`)
);
--> statement-breakpoint
CREATE TABLE `blocks` (
	`id` varchar(40) NOT NULL,
	`organization_id` varchar(40) NOT NULL,
	`site_id` varchar(40) NOT NULL,
	`type` varchar(24) NOT NULL,
	`position` int NOT NULL,
	`data` json NOT NULL,
	`active` boolean NOT NULL DEFAULT true,
	`featured` boolean NOT NULL DEFAULT false,
	`sensitive` boolean NOT NULL DEFAULT false,
	`starts_at` datetime(3),
	`ends_at` datetime(3),
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`deleted_at` datetime(3),
	CONSTRAINT `blocks_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `domains` (
	`id` varchar(40) NOT NULL,
	`organization_id` varchar(40) NOT NULL,
	`site_id` varchar(40) NOT NULL,
	`hostname` varchar(253) NOT NULL,
	`verification_token` varchar(64) NOT NULL,
	`status` varchar(16) NOT NULL DEFAULT 'pending',
	`verified_at` datetime(3),
	`last_checked_at` datetime(3),
	`last_error` varchar(255),
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `domains_id` PRIMARY KEY(`id`),
	CONSTRAINT `domains_hostname_uq` UNIQUE(`hostname`)
);
--> statement-breakpoint
CREATE TABLE `sites` (
	`id` varchar(40) NOT NULL,
	`organization_id` varchar(40) NOT NULL,
	`slug` varchar(63) NOT NULL,
	`name` varchar(120) NOT NULL,
	`bio` text,
	`avatar_url` varchar(2048),
	`theme` json NOT NULL,
	`seo` json NOT NULL,
	`settings` json NOT NULL,
	`published_snapshot` json,
	`published_version` int NOT NULL DEFAULT 0,
	`published_at` datetime(3),
	`draft_updated_at` datetime(3),
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`deleted_at` datetime(3),
	CONSTRAINT `sites_id` PRIMARY KEY(`id`),
	CONSTRAINT `sites_slug_uq` UNIQUE(`slug`)
);
--> statement-breakpoint
CREATE TABLE `api_tokens` (
	`id` varchar(40) NOT NULL,
	`organization_id` varchar(40) NOT NULL,
	`created_by` varchar(40) NOT NULL,
	`name` varchar(120) NOT NULL,
	`prefix` varchar(24) NOT NULL,
	`secret_hash` varchar(64) NOT NULL,
	`scopes` json NOT NULL,
	`expires_at` datetime(3),
	`last_used_at` datetime(3),
	`revoked_at` datetime(3),
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `api_tokens_id` PRIMARY KEY(`id`),
	CONSTRAINT `api_tokens_secret_uq` UNIQUE(`secret_hash`)
);
--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` varchar(40) NOT NULL,
	`organization_id` varchar(40),
	`actor_user_id` varchar(40),
	`actor_token_id` varchar(40),
	`action` varchar(64) NOT NULL,
	`target_type` varchar(32),
	`target_id` varchar(40),
	`metadata` json,
	`request_id` varchar(40),
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `audit_log_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `email_outbox` (
	`id` varchar(40) NOT NULL,
	`organization_id` varchar(40),
	`to_address` varchar(254) NOT NULL,
	`subject` varchar(255) NOT NULL,
	`text_body` text NOT NULL,
	`html_body` text,
	`provider` varchar(24) NOT NULL,
	`provider_message_id` varchar(120),
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `email_outbox_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `invitations` (
	`id` varchar(40) NOT NULL,
	`organization_id` varchar(40) NOT NULL,
	`email` varchar(254) NOT NULL,
	`role` varchar(16) NOT NULL,
	`token_hash` varchar(64) NOT NULL,
	`invited_by` varchar(40) NOT NULL,
	`expires_at` datetime(3) NOT NULL,
	`accepted_at` datetime(3),
	`revoked_at` datetime(3),
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `invitations_id` PRIMARY KEY(`id`),
	CONSTRAINT `invitations_token_uq` UNIQUE(`token_hash`)
);
--> statement-breakpoint
CREATE TABLE `memberships` (
	`organization_id` varchar(40) NOT NULL,
	`user_id` varchar(40) NOT NULL,
	`role` varchar(16) NOT NULL,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `memberships_pk` PRIMARY KEY(`organization_id`,`user_id`)
);
--> statement-breakpoint
CREATE TABLE `organizations` (
	`id` varchar(40) NOT NULL,
	`name` varchar(120) NOT NULL,
	`slug` varchar(63) NOT NULL,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`deleted_at` datetime(3),
	CONSTRAINT `organizations_id` PRIMARY KEY(`id`),
	CONSTRAINT `organizations_slug_uq` UNIQUE(`slug`)
);
--> statement-breakpoint
CREATE TABLE `recovery_codes` (
	`id` varchar(40) NOT NULL,
	`user_id` varchar(40) NOT NULL,
	`code_hash` varchar(64) NOT NULL,
	`used_at` datetime(3),
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `recovery_codes_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `user_tokens` (
	`id` varchar(40) NOT NULL,
	`user_id` varchar(40) NOT NULL,
	`purpose` varchar(24) NOT NULL,
	`token_hash` varchar(64) NOT NULL,
	`expires_at` datetime(3) NOT NULL,
	`used_at` datetime(3),
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `user_tokens_id` PRIMARY KEY(`id`),
	CONSTRAINT `user_tokens_hash_uq` UNIQUE(`token_hash`)
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` varchar(40) NOT NULL,
	`email` varchar(254) NOT NULL,
	`name` varchar(120) NOT NULL,
	`password_hash` varchar(255) NOT NULL,
	`email_verified_at` datetime(3),
	`totp_secret` text,
	`totp_enabled_at` datetime(3),
	`totp_last_step` bigint,
	`is_platform_admin` boolean NOT NULL DEFAULT false,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`deleted_at` datetime(3),
	CONSTRAINT `users_id` PRIMARY KEY(`id`),
	CONSTRAINT `users_email_uq` UNIQUE(`email`)
);
--> statement-breakpoint
CREATE INDEX `analytics_events_org_site_time_idx` ON `analytics_events` (`organization_id`,`site_id`,`occurred_at`);--> statement-breakpoint
CREATE INDEX `analytics_events_batch_idx` ON `analytics_events` (`ingest_batch`);--> statement-breakpoint
CREATE INDEX `analytics_visitors_batch_idx` ON `analytics_visitors` (`ingest_batch`);--> statement-breakpoint
CREATE INDEX `contacts_org_created_idx` ON `contacts` (`organization_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `short_links_org_idx` ON `short_links` (`organization_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `blocks_site_idx` ON `blocks` (`organization_id`,`site_id`,`position`);--> statement-breakpoint
CREATE INDEX `domains_org_idx` ON `domains` (`organization_id`,`site_id`);--> statement-breakpoint
CREATE INDEX `sites_org_idx` ON `sites` (`organization_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `api_tokens_org_idx` ON `api_tokens` (`organization_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `audit_log_org_idx` ON `audit_log` (`organization_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `audit_log_actor_idx` ON `audit_log` (`actor_user_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `email_outbox_to_idx` ON `email_outbox` (`to_address`,`created_at`);--> statement-breakpoint
CREATE INDEX `email_outbox_created_idx` ON `email_outbox` (`created_at`);--> statement-breakpoint
CREATE INDEX `invitations_org_idx` ON `invitations` (`organization_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `memberships_user_idx` ON `memberships` (`user_id`);--> statement-breakpoint
CREATE INDEX `recovery_codes_user_idx` ON `recovery_codes` (`user_id`);--> statement-breakpoint
CREATE INDEX `user_tokens_user_idx` ON `user_tokens` (`user_id`);