CREATE TABLE `product_categories` (
	`id` varchar(40) NOT NULL,
	`organization_id` varchar(40) NOT NULL,
	`parent_id` varchar(40),
	`name` varchar(120) NOT NULL,
	`slug` varchar(100) NOT NULL,
	`position` int NOT NULL DEFAULT 0,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`deleted_at` datetime(3),
	CONSTRAINT `product_categories_id` PRIMARY KEY(`id`),
	CONSTRAINT `product_categories_org_slug_uq` UNIQUE(`organization_id`,`slug`)
);
--> statement-breakpoint
CREATE TABLE `product_category_links` (
	`organization_id` varchar(40) NOT NULL,
	`product_id` varchar(40) NOT NULL,
	`category_id` varchar(40) NOT NULL,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `product_category_links_organization_id_product_id_category_id_pk` PRIMARY KEY(`organization_id`,`product_id`,`category_id`)
);
--> statement-breakpoint
CREATE TABLE `product_images` (
	`id` varchar(40) NOT NULL,
	`organization_id` varchar(40) NOT NULL,
	`product_id` varchar(40) NOT NULL,
	`r2_key` varchar(512) NOT NULL,
	`alt` varchar(300),
	`position` int NOT NULL DEFAULT 0,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `product_images_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `product_variants` (
	`id` varchar(40) NOT NULL,
	`organization_id` varchar(40) NOT NULL,
	`product_id` varchar(40) NOT NULL,
	`name` varchar(120) NOT NULL,
	`attributes` json NOT NULL,
	`price` int NOT NULL,
	`compare_at_price` int,
	`sku` varchar(64),
	`stock` int,
	`position` int NOT NULL DEFAULT 0,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`deleted_at` datetime(3),
	CONSTRAINT `product_variants_id` PRIMARY KEY(`id`),
	CONSTRAINT `product_variants_org_sku_uq` UNIQUE(`organization_id`,`sku`)
);
--> statement-breakpoint
CREATE TABLE `products` (
	`id` varchar(40) NOT NULL,
	`organization_id` varchar(40) NOT NULL,
	`kind` enum('digital','physical','pay_what_you_want') NOT NULL,
	`name` varchar(200) NOT NULL,
	`slug` varchar(100) NOT NULL,
	`description` text NOT NULL,
	`currency` char(3) NOT NULL,
	`price` int NOT NULL,
	`compare_at_price` int,
	`sku` varchar(64),
	`active` boolean NOT NULL DEFAULT true,
	`seo` json NOT NULL,
	`stock` int,
	`file_key` varchar(512),
	`download_limit` smallint,
	`link_expiry_hours` smallint,
	`suggested_price` int,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`deleted_at` datetime(3),
	CONSTRAINT `products_id` PRIMARY KEY(`id`),
	CONSTRAINT `products_org_slug_uq` UNIQUE(`organization_id`,`slug`),
	CONSTRAINT `products_org_sku_uq` UNIQUE(`organization_id`,`sku`)
);
--> statement-breakpoint
CREATE INDEX `product_categories_parent_idx` ON `product_categories` (`organization_id`,`parent_id`,`position`);--> statement-breakpoint
CREATE INDEX `product_category_links_category_idx` ON `product_category_links` (`organization_id`,`category_id`);--> statement-breakpoint
CREATE INDEX `product_images_product_idx` ON `product_images` (`organization_id`,`product_id`,`position`);--> statement-breakpoint
CREATE INDEX `product_variants_product_idx` ON `product_variants` (`organization_id`,`product_id`,`position`);--> statement-breakpoint
CREATE INDEX `products_org_created_idx` ON `products` (`organization_id`,`created_at`);