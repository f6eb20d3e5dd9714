CREATE TABLE `social_accounts` (
	`id` varchar(40) NOT NULL,
	`organization_id` varchar(40) NOT NULL,
	`network` enum('bluesky','mastodon','x','instagram') NOT NULL,
	`instance_url` varchar(255) NOT NULL DEFAULT '',
	`external_id` varchar(128) NOT NULL,
	`handle` varchar(128) NOT NULL,
	`display_name` varchar(200),
	`access_token` text NOT NULL,
	`refresh_token` text,
	`token_expires_at` datetime(3),
	`scopes` varchar(255),
	`status` enum('connected','needs_reauth','revoked') NOT NULL DEFAULT 'connected',
	`last_error` varchar(500),
	`connected_by` varchar(40),
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`deleted_at` datetime(3),
	CONSTRAINT `social_accounts_id` PRIMARY KEY(`id`),
	CONSTRAINT `social_accounts_external_uq` UNIQUE(`organization_id`,`network`,`instance_url`,`external_id`)
);
--> statement-breakpoint
CREATE TABLE `social_post_targets` (
	`id` varchar(40) NOT NULL,
	`organization_id` varchar(40) NOT NULL,
	`post_id` varchar(40) NOT NULL,
	`account_id` varchar(40) NOT NULL,
	`network` enum('bluesky','mastodon','x','instagram') NOT NULL,
	`status` enum('pending','publishing','published','failed','unconfirmed','canceled') NOT NULL DEFAULT 'pending',
	`phase` varchar(16),
	`attempts` smallint NOT NULL DEFAULT 0,
	`next_attempt_at` datetime(3),
	`lease_until` datetime(3),
	`nonce` varchar(64),
	`external_id` varchar(255),
	`external_url` varchar(500),
	`last_error` varchar(500),
	`last_status` smallint,
	`published_at` datetime(3),
	`likes` int NOT NULL DEFAULT 0,
	`reposts` int NOT NULL DEFAULT 0,
	`replies` int NOT NULL DEFAULT 0,
	`impressions` int,
	`stats_synced_at` datetime(3),
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `social_post_targets_id` PRIMARY KEY(`id`),
	CONSTRAINT `social_post_targets_post_account_uq` UNIQUE(`post_id`,`account_id`)
);
--> statement-breakpoint
CREATE TABLE `social_posts` (
	`id` varchar(40) NOT NULL,
	`organization_id` varchar(40) NOT NULL,
	`author_id` varchar(40),
	`text` text NOT NULL,
	`variants` json,
	`media` json,
	`status` enum('draft','scheduled','publishing','published','partially_failed','failed','canceled') NOT NULL DEFAULT 'draft',
	`scheduled_at` datetime(3),
	`time_zone` varchar(64),
	`published_at` datetime(3),
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`deleted_at` datetime(3),
	CONSTRAINT `social_posts_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE INDEX `social_accounts_org_idx` ON `social_accounts` (`organization_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `social_post_targets_org_idx` ON `social_post_targets` (`organization_id`,`post_id`);--> statement-breakpoint
CREATE INDEX `social_post_targets_due_idx` ON `social_post_targets` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `social_post_targets_stats_idx` ON `social_post_targets` (`status`,`published_at`);--> statement-breakpoint
CREATE INDEX `social_posts_org_idx` ON `social_posts` (`organization_id`,`scheduled_at`);--> statement-breakpoint
CREATE INDEX `social_posts_due_idx` ON `social_posts` (`status`,`scheduled_at`);