CREATE TABLE `course_enrollments` (
	`id` varchar(40) NOT NULL,
	`organization_id` varchar(40) NOT NULL,
	`course_id` varchar(40) NOT NULL,
	`email` varchar(254) NOT NULL,
	`name` varchar(200),
	`source` enum('free','order','manual') NOT NULL,
	`order_id` varchar(40),
	`last_lesson_id` varchar(40),
	`completed_at` datetime(3),
	`revoked_at` datetime(3),
	`certificate_id` varchar(40),
	`access_sent_at` datetime(3),
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `course_enrollments_id` PRIMARY KEY(`id`),
	CONSTRAINT `course_enrollments_course_email_uq` UNIQUE(`organization_id`,`course_id`,`email`),
	CONSTRAINT `course_enrollments_certificate_uq` UNIQUE(`organization_id`,`certificate_id`)
);
--> statement-breakpoint
CREATE TABLE `course_lessons` (
	`id` varchar(40) NOT NULL,
	`organization_id` varchar(40) NOT NULL,
	`course_id` varchar(40) NOT NULL,
	`module_id` varchar(40) NOT NULL,
	`title` varchar(200) NOT NULL,
	`slug` varchar(100) NOT NULL,
	`content` text NOT NULL,
	`video_url` varchar(2048),
	`duration_minutes` smallint,
	`free_preview` boolean NOT NULL DEFAULT false,
	`drip_days` smallint,
	`drip_at` datetime(3),
	`position` int NOT NULL DEFAULT 0,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `course_lessons_id` PRIMARY KEY(`id`),
	CONSTRAINT `course_lessons_course_slug_uq` UNIQUE(`organization_id`,`course_id`,`slug`)
);
--> statement-breakpoint
CREATE TABLE `course_modules` (
	`id` varchar(40) NOT NULL,
	`organization_id` varchar(40) NOT NULL,
	`course_id` varchar(40) NOT NULL,
	`title` varchar(200) NOT NULL,
	`position` int NOT NULL DEFAULT 0,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `course_modules_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `courses` (
	`id` varchar(40) NOT NULL,
	`organization_id` varchar(40) NOT NULL,
	`title` varchar(200) NOT NULL,
	`slug` varchar(100) NOT NULL,
	`description` text NOT NULL,
	`thumbnail_key` varchar(512),
	`level` enum('beginner','intermediate','advanced','all') NOT NULL DEFAULT 'all',
	`category` varchar(80),
	`currency` char(3) NOT NULL,
	`price` int NOT NULL DEFAULT 0,
	`status` enum('draft','published') NOT NULL DEFAULT 'draft',
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`deleted_at` datetime(3),
	CONSTRAINT `courses_id` PRIMARY KEY(`id`),
	CONSTRAINT `courses_org_slug_uq` UNIQUE(`organization_id`,`slug`)
);
--> statement-breakpoint
CREATE TABLE `lesson_progress` (
	`organization_id` varchar(40) NOT NULL,
	`enrollment_id` varchar(40) NOT NULL,
	`lesson_id` varchar(40) NOT NULL,
	`course_id` varchar(40) NOT NULL,
	`completed_at` datetime(3) NOT NULL,
	CONSTRAINT `lesson_progress_organization_id_enrollment_id_lesson_id_pk` PRIMARY KEY(`organization_id`,`enrollment_id`,`lesson_id`)
);
--> statement-breakpoint
CREATE INDEX `course_enrollments_email_idx` ON `course_enrollments` (`organization_id`,`email`);--> statement-breakpoint
CREATE INDEX `course_enrollments_order_idx` ON `course_enrollments` (`organization_id`,`order_id`);--> statement-breakpoint
CREATE INDEX `course_lessons_module_idx` ON `course_lessons` (`organization_id`,`module_id`,`position`);--> statement-breakpoint
CREATE INDEX `course_modules_course_idx` ON `course_modules` (`organization_id`,`course_id`,`position`);--> statement-breakpoint
CREATE INDEX `courses_org_created_idx` ON `courses` (`organization_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `lesson_progress_course_idx` ON `lesson_progress` (`organization_id`,`course_id`,`lesson_id`);