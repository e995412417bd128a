/**
 * When the daily overdue digest may come, pure: the hours offered as buttons, the time zones a
 * user picks from (an index in a button, so it fits the 64 bytes), and the cron pattern of an hour.
 */

/** Hours offered for the digest (local time). */
export const DIGEST_HOURS = [7, 8, 9, 10, 12, 14, 17, 19] as const;

/** Zones a user of a Romanian ERP is likely in, the ERP's own first. */
export const TIME_ZONES = [
  "Europe/Bucharest",
  "Europe/Chisinau",
  "Europe/London",
  "Europe/Berlin",
  "Europe/Istanbul",
  "Europe/Moscow",
  "Asia/Almaty",
  "UTC",
] as const;

/** `9` → `09:00`. */
export const hourText = (hour: number): string => `${String(hour).padStart(2, "0")}:00`;

/** Every day at the hour, read in the zone the job runs in. */
export const dailyAt = (hour: number): string => `0 ${hour} * * *`;
