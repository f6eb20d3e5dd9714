CREATE TABLE `booking_day_claims` (
	`organization_id` varchar(40) NOT NULL,
	`service_id` varchar(40) NOT NULL,
	`local_date` char(10) NOT NULL,
	`seat` smallint NOT NULL,
	`booking_id` varchar(40) NOT NULL,
	CONSTRAINT `booking_day_claims_pk` PRIMARY KEY(`organization_id`,`service_id`,`local_date`,`seat`)
);
--> statement-breakpoint
CREATE INDEX `booking_day_claims_booking_idx` ON `booking_day_claims` (`organization_id`,`booking_id`);--> statement-breakpoint
-- Live bookings made before the seats existed take theirs, in the order they were made.
INSERT INTO `booking_day_claims` (`organization_id`, `service_id`, `local_date`, `seat`, `booking_id`)
SELECT b.`organization_id`, b.`service_id`, b.`local_date`,
  ROW_NUMBER() OVER (PARTITION BY b.`organization_id`, b.`service_id`, b.`local_date` ORDER BY b.`created_at`, b.`id`),
  b.`id`
FROM `bookings` b
JOIN `booking_services` s ON s.`id` = b.`service_id` AND s.`organization_id` = b.`organization_id`
WHERE b.`status` IN ('held', 'confirmed') AND s.`max_per_day` IS NOT NULL;
