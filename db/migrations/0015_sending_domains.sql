CREATE TABLE `sending_domains` (
	`id` varchar(40) NOT NULL,
	`organization_id` varchar(40) NOT NULL,
	`domain` varchar(253) NOT NULL,
	`status` varchar(16) NOT NULL DEFAULT 'pending',
	`dkim_selector` varchar(63) NOT NULL,
	`dkim_public_key` text NOT NULL,
	`dkim_private_key` text NOT NULL,
	`checks` json,
	`verified_at` datetime(3),
	`last_checked_at` datetime(3),
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `sending_domains_id` PRIMARY KEY(`id`),
	CONSTRAINT `sending_domains_org_domain_uq` UNIQUE(`organization_id`,`domain`)
);
--> statement-breakpoint
ALTER TABLE `email_sender_settings` ADD `from_address` varchar(254);--> statement-breakpoint
CREATE INDEX `sending_domains_recheck_idx` ON `sending_domains` (`last_checked_at`);