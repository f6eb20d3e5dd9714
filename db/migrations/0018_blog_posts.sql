CREATE TABLE `blog_posts` (
	`id` varchar(40) NOT NULL,
	`organization_id` varchar(40) NOT NULL,
	`site_id` varchar(40) NOT NULL,
	`slug` varchar(100) NOT NULL,
	`title` varchar(200) NOT NULL,
	`excerpt` varchar(500) NOT NULL,
	`body` mediumtext NOT NULL,
	`cover_key` varchar(512),
	`cover_alt` varchar(200) NOT NULL,
	`tags` json NOT NULL,
	`status` varchar(12) NOT NULL,
	`published_at` datetime(3),
	`reading_minutes` int NOT NULL,
	`seo` json NOT NULL,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`deleted_at` datetime(3),
	CONSTRAINT `blog_posts_id` PRIMARY KEY(`id`),
	CONSTRAINT `blog_posts_slug_uq` UNIQUE(`organization_id`,`site_id`,`slug`)
);
--> statement-breakpoint
CREATE INDEX `blog_posts_site_idx` ON `blog_posts` (`organization_id`,`site_id`,`status`,`published_at`);