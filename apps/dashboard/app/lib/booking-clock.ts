/** Minutes after midnight → `HH:MM` for a time input (1440 is shown as 00:00, the next midnight). */
export function clockOf(minute: number): string {
  const m = minute % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
