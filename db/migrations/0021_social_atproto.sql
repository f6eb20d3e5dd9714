ALTER TABLE `social_accounts` ADD `pds_url` varchar(255);--> statement-breakpoint
ALTER TABLE `social_accounts` ADD `auth_server` varchar(255);--> statement-breakpoint
ALTER TABLE `social_accounts` ADD `dpop_key` text;