CREATE TABLE `contact_messages` (
	`id` varchar(40) NOT NULL,
	`organization_id` varchar(40) NOT NULL,
	`site_id` varchar(40) NOT NULL,
	`section_id` varchar(40) NOT NULL,
	`name` varchar(120) NOT NULL,
	`email` varchar(254) NOT NULL,
	`message` text NOT NULL,
	`notified_at` datetime(3),
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `contact_messages_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `page_sections` (
	`id` varchar(40) NOT NULL,
	`organization_id` varchar(40) NOT NULL,
	`site_id` varchar(40) NOT NULL,
	`page_id` varchar(40) NOT NULL,
	`kind` varchar(24) NOT NULL,
	`variant` varchar(24) NOT NULL,
	`position` int NOT NULL,
	`data` json NOT NULL,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `page_sections_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `site_pages` (
	`id` varchar(40) NOT NULL,
	`organization_id` varchar(40) NOT NULL,
	`site_id` varchar(40) NOT NULL,
	`slug` varchar(63) NOT NULL,
	`title` varchar(120) NOT NULL,
	`nav` varchar(8) NOT NULL,
	`position` int NOT NULL,
	`seo` json NOT NULL,
	`status` varchar(12) NOT NULL,
	`role` varchar(12) NOT NULL,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `site_pages_id` PRIMARY KEY(`id`),
	CONSTRAINT `site_pages_slug_uq` UNIQUE(`organization_id`,`site_id`,`slug`)
);
--> statement-breakpoint
CREATE TABLE `site_versions` (
	`id` varchar(40) NOT NULL,
	`organization_id` varchar(40) NOT NULL,
	`site_id` varchar(40) NOT NULL,
	`version` int NOT NULL,
	`restored_from` int,
	`snapshot` json NOT NULL,
	`published_by` varchar(40),
	`published_at` datetime(3) NOT NULL,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `site_versions_id` PRIMARY KEY(`id`),
	CONSTRAINT `site_versions_uq` UNIQUE(`organization_id`,`site_id`,`version`)
);
--> statement-breakpoint
CREATE INDEX `contact_messages_site_idx` ON `contact_messages` (`organization_id`,`site_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `page_sections_page_idx` ON `page_sections` (`organization_id`,`page_id`,`position`);--> statement-breakpoint
CREATE INDEX `site_pages_site_idx` ON `site_pages` (`organization_id`,`site_id`,`position`);