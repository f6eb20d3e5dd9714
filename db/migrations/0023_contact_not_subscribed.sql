ALTER TABLE `contacts` MODIFY COLUMN `consent_status` enum('subscribed','unsubscribed','bounced','complained','pending','not_subscribed') NOT NULL DEFAULT 'subscribed';--> statement-breakpoint
-- Contacts an import added without consent were stored as unsubscribed, for want of a "never asked"
-- state. Those the import itself set (method `import`, and no unsubscribe of theirs on the suppression
-- list) were never asked: they become `not_subscribed`. Anyone who unsubscribed since has another method.
UPDATE `contacts` c SET c.`consent_status` = 'not_subscribed'
WHERE c.`consent_status` = 'unsubscribed' AND c.`consent_method` = 'import'
  AND NOT EXISTS (
    SELECT 1 FROM `email_suppressions` s
    WHERE s.`organization_id` = c.`organization_id` AND s.`email` = c.`email`
  );
