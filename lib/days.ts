/**
 * Calendar days as YYYY-MM-DD strings. A top-up day and today are days where the reader is, not
 * instants: the arithmetic runs on UTC midnights so a daylight-saving change never shifts a day.
 */

const dayMs = 86_400_000;

function utcMidnight(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return isoDay(utcMidnight(date) + days * dayMs);
}

/** Calendar months, clamped to the month's last day: 2026-08-31 + 6 months = 2027-02-28. */
export function addMonths(date: string, months: number): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1 + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return isoDay(Date.UTC(year, month, Math.min(Number(date.slice(8, 10)), lastDay)));
}

/** Whole days from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / dayMs);
}

/** The calendar day `now` falls on in a time zone (the browser's own when none is given). */
export function dayIn(now: Date, timeZone?: string): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
