/**
 * ISO 8601 weeks as advisors in Paris count them: an event belongs to the Monday-to-Sunday week of
 * its date in Europe/Paris (an event at 00:30 on a Monday, Paris time, is in the new week even
 * though it is still Sunday in UTC).
 */

// Made on first use: the first Intl formatter of a process starts ICU's time zones (~18 ms of a cold start).
let PARIS_DATE: Intl.DateTimeFormat | undefined;
const parisDateFormat = () => (PARIS_DATE ??= new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit" }));
const DAY_MS = 86_400_000;

export interface IsoWeek {
  /** "2026-W48". */
  week: string;
  /** The week's Monday, "2026-11-23". */
  monday: string;
}

/** The calendar date (YYYY-MM-DD) of an instant in Paris. */
export function parisDate(instant: string | Date): string {
  return parisDateFormat().format(typeof instant === "string" ? new Date(instant) : instant);
}

/**
 * The ISO week of a calendar date: weeks start on Monday, and week 1 is the week with the year's
 * first Thursday (so 29 December may be in week 1 of the next year, 1 January in week 52 or 53).
 */
export function isoWeekOfDate(date: string): IsoWeek {
  const day = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(day)) throw new RangeError(`not a date (YYYY-MM-DD): ${date}`);
  const weekday = (new Date(day).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const monday = day - weekday * DAY_MS;
  const year = new Date(monday + 3 * DAY_MS).getUTCFullYear(); // the Thursday decides the year
  const jan4 = Date.UTC(year, 0, 4);
  const week1Monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS;
  const number = 1 + Math.round((monday - week1Monday) / (7 * DAY_MS));
  return { week: `${year}-W${String(number).padStart(2, "0")}`, monday: new Date(monday).toISOString().slice(0, 10) };
}

/** The ISO week (Paris time) of an instant. */
export function isoWeekOf(instant: string | Date): IsoWeek {
  return isoWeekOfDate(parisDate(instant));
}

/** Every ISO week from the one holding `fromDate` to the one holding `toDate`, both included, in order. */
export function weeksBetween(fromDate: string, toDate: string): IsoWeek[] {
  const weeks: IsoWeek[] = [];
  const last = isoWeekOfDate(toDate).monday;
  for (let monday = isoWeekOfDate(fromDate).monday; monday <= last; monday = addDays(monday, 7)) weeks.push(isoWeekOfDate(monday));
  return weeks;
}

/** A calendar date plus a number of days. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
