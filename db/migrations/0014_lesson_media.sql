CREATE TABLE `lesson_attachments` (
	`id` varchar(40) NOT NULL,
	`organization_id` varchar(40) NOT NULL,
	`course_id` varchar(40) NOT NULL,
	`lesson_id` varchar(40) NOT NULL,
	`name` varchar(120) NOT NULL,
	`file_key` varchar(512) NOT NULL,
	`content_type` varchar(100) NOT NULL,
	`size` int NOT NULL,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `lesson_attachments_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
ALTER TABLE `course_lessons` ADD `video_key` varchar(512);--> statement-breakpoint
ALTER TABLE `course_lessons` ADD `video_type` varchar(40);--> statement-breakpoint
ALTER TABLE `course_lessons` ADD `video_size` int;--> statement-breakpoint
CREATE INDEX `lesson_attachments_lesson_idx` ON `lesson_attachments` (`organization_id`,`lesson_id`,`id`);