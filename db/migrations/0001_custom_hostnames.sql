ALTER TABLE `domains` ADD `custom_hostname_id` varchar(64);--> statement-breakpoint
ALTER TABLE `domains` ADD `certificate_status` varchar(32);--> statement-breakpoint
ALTER TABLE `domains` ADD `certificate_records` json;