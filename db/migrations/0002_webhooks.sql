CREATE TABLE `webhook_deliveries` (
	`id` varchar(40) NOT NULL,
	`organization_id` varchar(40) NOT NULL,
	`message_id` varchar(40) NOT NULL,
	`endpoint_id` varchar(40) NOT NULL,
	`event_type` varchar(64) NOT NULL,
	`status` varchar(16) NOT NULL,
	`attempts` smallint NOT NULL DEFAULT 0,
	`next_attempt_at` datetime(3),
	`lease_until` datetime(3),
	`last_attempt_at` datetime(3),
	`response_status` smallint,
	`response_excerpt` varchar(500),
	`duration_ms` int,
	`error` varchar(200),
	`redelivery_of` varchar(40),
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `webhook_deliveries_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `webhook_endpoints` (
	`id` varchar(40) NOT NULL,
	`organization_id` varchar(40) NOT NULL,
	`url` text NOT NULL,
	`description` varchar(200),
	`event_types` json NOT NULL,
	`enabled` boolean NOT NULL DEFAULT true,
	`disabled_reason` varchar(16),
	`disabled_at` datetime(3),
	`secret` text NOT NULL,
	`previous_secret` text,
	`previous_secret_expires_at` datetime(3),
	`failing_since` datetime(3),
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`deleted_at` datetime(3),
	CONSTRAINT `webhook_endpoints_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `webhook_messages` (
	`id` varchar(40) NOT NULL,
	`organization_id` varchar(40) NOT NULL,
	`event_type` varchar(64) NOT NULL,
	`payload` mediumtext NOT NULL,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `webhook_messages_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE INDEX `webhook_deliveries_org_endpoint_idx` ON `webhook_deliveries` (`organization_id`,`endpoint_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `webhook_deliveries_due_idx` ON `webhook_deliveries` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `webhook_endpoints_org_idx` ON `webhook_endpoints` (`organization_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `webhook_messages_org_idx` ON `webhook_messages` (`organization_id`,`created_at`);