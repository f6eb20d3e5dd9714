CREATE TABLE `campaign_sends` (
	`organization_id` varchar(40) NOT NULL,
	`campaign_id` varchar(40) NOT NULL,
	`contact_id` varchar(40) NOT NULL,
	`email` varchar(254) NOT NULL,
	`status` enum('pending','sending','sent','failed','canceled') NOT NULL DEFAULT 'pending',
	`attempts` int NOT NULL DEFAULT 0,
	`claim_token` varchar(40),
	`claimed_at` datetime(3),
	`sent_at` datetime(3),
	`provider` varchar(24),
	`provider_message_id` varchar(120),
	`error` varchar(300),
	`opened_at` datetime(3),
	`machine_opened_at` datetime(3),
	`clicked_at` datetime(3),
	`unsubscribed_at` datetime(3),
	`delivered_at` datetime(3),
	`bounced_at` datetime(3),
	`complained_at` datetime(3),
	CONSTRAINT `campaign_sends_organization_id_campaign_id_contact_id_pk` PRIMARY KEY(`organization_id`,`campaign_id`,`contact_id`)
);
--> statement-breakpoint
CREATE TABLE `email_campaigns` (
	`id` varchar(40) NOT NULL,
	`organization_id` varchar(40) NOT NULL,
	`name` varchar(120) NOT NULL,
	`template_id` varchar(40) NOT NULL,
	`audience` json NOT NULL,
	`subject` varchar(200) NOT NULL,
	`preview_text` varchar(200) NOT NULL DEFAULT '',
	`from_name` varchar(80) NOT NULL,
	`reply_to` varchar(254),
	`status` enum('draft','scheduled','sending','paused','sent','canceled') NOT NULL DEFAULT 'draft',
	`scheduled_at` datetime(3),
	`started_at` datetime(3),
	`finished_at` datetime(3),
	`rendered_html` mediumtext,
	`rendered_text` mediumtext,
	`postal_address` varchar(500),
	`recipients` int NOT NULL DEFAULT 0,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `email_campaigns_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `email_events` (
	`id` varchar(40) NOT NULL,
	`organization_id` varchar(40) NOT NULL,
	`campaign_id` varchar(40) NOT NULL,
	`contact_id` varchar(40) NOT NULL,
	`kind` enum('open','click','unsubscribe','delivered','bounce','complaint') NOT NULL,
	`machine` boolean NOT NULL DEFAULT false,
	`url` varchar(2000),
	`occurred_at` datetime(3) NOT NULL,
	CONSTRAINT `email_events_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `email_sender_settings` (
	`organization_id` varchar(40) NOT NULL,
	`postal_address` varchar(500) NOT NULL,
	`from_name` varchar(80),
	`reply_to` varchar(254),
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `email_sender_settings_organization_id` PRIMARY KEY(`organization_id`)
);
--> statement-breakpoint
CREATE TABLE `email_suppressions` (
	`organization_id` varchar(40) NOT NULL,
	`email` varchar(254) NOT NULL,
	`reason` enum('unsubscribed','bounced','complained','manual') NOT NULL,
	`campaign_id` varchar(40),
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `email_suppressions_organization_id_email_pk` PRIMARY KEY(`organization_id`,`email`)
);
--> statement-breakpoint
CREATE TABLE `email_templates` (
	`id` varchar(40) NOT NULL,
	`organization_id` varchar(40) NOT NULL,
	`name` varchar(120) NOT NULL,
	`subject` varchar(200) NOT NULL,
	`preview_text` varchar(200) NOT NULL DEFAULT '',
	`mjml` mediumtext NOT NULL,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `email_templates_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
ALTER TABLE `email_outbox` ADD `headers` json;--> statement-breakpoint
ALTER TABLE `email_outbox` ADD `idempotency_key` varchar(200);--> statement-breakpoint
ALTER TABLE `email_outbox` ADD CONSTRAINT `email_outbox_idempotency_uq` UNIQUE(`idempotency_key`);--> statement-breakpoint
CREATE INDEX `campaign_sends_org_status_idx` ON `campaign_sends` (`organization_id`,`campaign_id`,`status`);--> statement-breakpoint
CREATE INDEX `campaign_sends_org_claim_idx` ON `campaign_sends` (`organization_id`,`claim_token`);--> statement-breakpoint
CREATE INDEX `email_campaigns_org_idx` ON `email_campaigns` (`organization_id`,`id`);--> statement-breakpoint
CREATE INDEX `email_campaigns_due_idx` ON `email_campaigns` (`status`,`scheduled_at`);--> statement-breakpoint
CREATE INDEX `email_events_org_campaign_idx` ON `email_events` (`organization_id`,`campaign_id`,`kind`,`occurred_at`);--> statement-breakpoint
CREATE INDEX `email_templates_org_idx` ON `email_templates` (`organization_id`,`id`);