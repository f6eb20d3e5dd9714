CREATE TABLE `download_grants` (
	`id` varchar(40) NOT NULL,
	`organization_id` varchar(40) NOT NULL,
	`order_id` varchar(40) NOT NULL,
	`order_item_id` varchar(40) NOT NULL,
	`product_id` varchar(40) NOT NULL,
	`token_hash` char(64) NOT NULL,
	`token_box` varchar(255) NOT NULL,
	`file_key` varchar(512) NOT NULL,
	`file_name` varchar(200) NOT NULL,
	`download_limit` smallint NOT NULL,
	`downloads` smallint NOT NULL DEFAULT 0,
	`expires_at` datetime(3) NOT NULL,
	`revoked_at` datetime(3),
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `download_grants_id` PRIMARY KEY(`id`),
	CONSTRAINT `download_grants_token_uq` UNIQUE(`token_hash`)
);
--> statement-breakpoint
CREATE TABLE `order_events` (
	`id` varchar(40) NOT NULL,
	`organization_id` varchar(40) NOT NULL,
	`order_id` varchar(40) NOT NULL,
	`type` varchar(64) NOT NULL,
	`status` enum('pending','paid','fulfilled','partially_refunded','refunded','disputed','cancelled') NOT NULL,
	`amount` int,
	`stripe_event_id` varchar(255),
	`stripe_object_id` varchar(255),
	`message` varchar(500),
	`actor_user_id` varchar(40),
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `order_events_id` PRIMARY KEY(`id`),
	CONSTRAINT `order_events_stripe_event_uq` UNIQUE(`organization_id`,`stripe_event_id`)
);
--> statement-breakpoint
CREATE TABLE `order_items` (
	`id` varchar(40) NOT NULL,
	`organization_id` varchar(40) NOT NULL,
	`order_id` varchar(40) NOT NULL,
	`product_id` varchar(40) NOT NULL,
	`variant_id` varchar(40),
	`kind` varchar(32) NOT NULL,
	`name` varchar(200) NOT NULL,
	`variant_name` varchar(120),
	`sku` varchar(64),
	`unit_price` int NOT NULL,
	`quantity` int NOT NULL,
	`total` int NOT NULL,
	`position` smallint NOT NULL DEFAULT 0,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `order_items_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `orders` (
	`id` varchar(40) NOT NULL,
	`organization_id` varchar(40) NOT NULL,
	`site_id` varchar(40) NOT NULL,
	`site_origin` varchar(300) NOT NULL,
	`status` enum('pending','paid','fulfilled','partially_refunded','refunded','disputed','cancelled') NOT NULL,
	`stock_state` enum('held','sold','released') NOT NULL,
	`currency` char(3) NOT NULL,
	`subtotal` int NOT NULL,
	`shipping_total` int NOT NULL DEFAULT 0,
	`tax_total` int NOT NULL DEFAULT 0,
	`total` int NOT NULL,
	`refunded_total` int NOT NULL DEFAULT 0,
	`platform_fee` int NOT NULL DEFAULT 0,
	`buyer_email` varchar(254),
	`buyer_name` varchar(200),
	`shipping_address` json,
	`stripe_session_id` varchar(255),
	`stripe_payment_intent_id` varchar(255),
	`stripe_account_id` varchar(255),
	`checkout_expires_at` datetime(3) NOT NULL,
	`tracking_number` varchar(120),
	`tracking_url` varchar(2048),
	`paid_at` datetime(3),
	`fulfilled_at` datetime(3),
	`cancelled_at` datetime(3),
	`receipt_sent_at` datetime(3),
	`creator_notified_at` datetime(3),
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `orders_id` PRIMARY KEY(`id`),
	CONSTRAINT `orders_stripe_session_uq` UNIQUE(`stripe_session_id`),
	CONSTRAINT `orders_payment_intent_uq` UNIQUE(`stripe_payment_intent_id`)
);
--> statement-breakpoint
CREATE TABLE `payment_accounts` (
	`organization_id` varchar(40) NOT NULL,
	`stripe_account_id` varchar(255) NOT NULL,
	`charges_enabled` boolean NOT NULL DEFAULT false,
	`payouts_enabled` boolean NOT NULL DEFAULT false,
	`details_submitted` boolean NOT NULL DEFAULT false,
	`requirements_due` json NOT NULL,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `payment_accounts_organization_id` PRIMARY KEY(`organization_id`),
	CONSTRAINT `payment_accounts_stripe_uq` UNIQUE(`stripe_account_id`)
);
--> statement-breakpoint
CREATE TABLE `stripe_events` (
	`id` varchar(255) NOT NULL,
	`type` varchar(100) NOT NULL,
	`payload` text NOT NULL,
	`stripe_created_at` datetime(3) NOT NULL,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`processed_at` datetime(3),
	`outcome` varchar(200),
	`attempts` int NOT NULL DEFAULT 0,
	CONSTRAINT `stripe_events_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE INDEX `download_grants_order_idx` ON `download_grants` (`organization_id`,`order_id`);--> statement-breakpoint
CREATE INDEX `order_events_order_idx` ON `order_events` (`organization_id`,`order_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `order_items_order_idx` ON `order_items` (`organization_id`,`order_id`,`position`);--> statement-breakpoint
CREATE INDEX `order_items_product_idx` ON `order_items` (`organization_id`,`product_id`);--> statement-breakpoint
CREATE INDEX `orders_org_created_idx` ON `orders` (`organization_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `orders_org_status_idx` ON `orders` (`organization_id`,`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `orders_held_expiry_idx` ON `orders` (`stock_state`,`checkout_expires_at`);--> statement-breakpoint
CREATE INDEX `stripe_events_pending_idx` ON `stripe_events` (`processed_at`,`created_at`);