import { z } from "zod/v4";

/**
 * Academic semesters at Cnam Paris. The academic year starts in September: S1 runs September to
 * January (exams late January), S2 February to June (exams in June); July and August belong to no
 * semester. A semester is identified by the year its academic year starts and its term, written
 * canonically "2026-2027 S1" (sortable as text: years first, then S1 before S2).
 */
export type Term = "S1" | "S2";

export interface Semester {
  /** Calendar year in which the academic year starts (2026 for 2026-2027). */
  readonly startYear: number;
  readonly term: Term;
}

/** Canonical semester text, e.g. "2026-2027 S1". */
export type SemesterId = string;

export const TERMS: readonly Term[] = ["S1", "S2"];

const CANONICAL = /^(\d{4})-(\d{4}) (S[12])$/;

export const termSchema = z.enum(["S1", "S2"]);

/**
 * A semester in canonical form in data files and records: "2026-2027 S1". One message per mistake:
 * a semester written another way gets its canonical form, not also a remark on its years.
 */
export const semesterIdSchema = z.string().superRefine((text, ctx) => {
  const match = CANONICAL.exec(text);
  if (match) {
    if (Number(match[2]) !== Number(match[1]) + 1) ctx.addIssue({ code: "custom", message: `the second year must follow the first (e.g. ${match[1]}-${Number(match[1]) + 1})` });
    return;
  }
  const lower = text.toLowerCase();
  const term = readTerm(lower);
  const years = readYears(lower);
  const canonical = term && years !== "inconsistent" && years?.kind === "academic" ? formatSemester({ startYear: years.startYear, term }) : undefined;
  ctx.addIssue({ code: "custom", message: canonical ? `write "${canonical}": the years first, then S1 or S2` : 'write a semester like "2026-2027 S1": the years, then S1 or S2' });
});

/** The canonical text of a semester, "2026-2027 S1". */
export function formatSemester(semester: Semester): SemesterId {
  return `${semester.startYear}-${semester.startYear + 1} ${semester.term}`;
}

/** Reads a canonical semester id; undefined when the text is not canonical. */
export function semesterFromId(id: SemesterId): Semester | undefined {
  const match = CANONICAL.exec(id);
  if (!match || Number(match[2]) !== Number(match[1]) + 1) return undefined;
  return { startYear: Number(match[1]), term: match[3] as Term };
}

/** The term of a canonical semester id ("2026-2027 S2" → "S2"). */
export function termOf(id: SemesterId): Term {
  const semester = semesterFromId(id);
  if (!semester) throw new RangeError(`Not a canonical semester: "${id}"`);
  return semester.term;
}

/** Negative when a is before b, 0 when equal, positive when after. */
export function compareSemesters(a: Semester | SemesterId, b: Semester | SemesterId): number {
  const index = (s: Semester | SemesterId) => {
    const semester = typeof s === "string" ? semesterFromId(s) : s;
    if (!semester) throw new RangeError(`Not a canonical semester: "${String(s)}"`);
    return semester.startYear * 2 + (semester.term === "S1" ? 0 : 1);
  };
  return index(a) - index(b);
}

/** The semester after this one: S1 → S2 of the same year, S2 → S1 of the next (Cnam academic calendar). */
export function followingSemester(semester: Semester): Semester {
  return semester.term === "S1" ? { startYear: semester.startYear, term: "S2" } : { startYear: semester.startYear + 1, term: "S1" };
}

// Built once: constructing an Intl formatter costs far more than using one.
// Made on first use: the first Intl formatter of a process starts ICU's time zones (~18 ms of a cold start).
let PARIS_MONTH: Intl.DateTimeFormat | undefined;
const parisMonth = () => (PARIS_MONTH ??= new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Paris", year: "numeric", month: "numeric" }));

/** The last minute asked and its month: a turn asks the same minute several times, and formatToParts is the costly part. */
let lastMinute: { minute: number; monthYear: { year: number; month: number } } | undefined;

/** Calendar month (1-12) and year in Paris, where the semesters are defined. A month never changes within a minute. */
function parisMonthYear(now: Date): { year: number; month: number } {
  const minute = Math.floor(now.getTime() / 60_000);
  if (lastMinute?.minute === minute) return lastMinute.monthYear;
  const parts = parisMonth().formatToParts(now);
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const monthYear = { year: value("year"), month: value("month") };
  lastMinute = { minute, monthYear };
  return monthYear;
}

/**
 * The semester running on a date (Paris time): S1 from September to January, S2 from February to
 * June; undefined in July and August. Rule: Cnam academic calendar.
 */
export function semesterAt(now: Date): Semester | undefined {
  const { year, month } = parisMonthYear(now);
  if (month >= 9) return { startYear: year, term: "S1" };
  if (month === 1) return { startYear: year - 1, term: "S1" };
  if (month <= 6) return { startYear: year - 1, term: "S2" };
  return undefined;
}

/**
 * The next semester a learner can enrol in: the one after the running semester, or the coming S1
 * during the summer break. Rule: Cnam academic calendar.
 */
export function nextSemester(now: Date): Semester {
  const current = semesterAt(now);
  if (current) return followingSemester(current);
  return { startYear: parisMonthYear(now).year, term: "S1" };
}

/** The running semester, or the coming one during the summer break: the default "this semester". */
export function currentOrComingSemester(now: Date): Semester {
  return semesterAt(now) ?? nextSemester(now);
}

export type SemesterParse =
  | { ok: true; semester: Semester; id: SemesterId }
  | { ok: false; reason: "unrecognized" | "inconsistent-years"; text: string };

/**
 * Reads a semester as learners and admins write it: "S1", "s2", "semestre 1", "second semestre",
 * "2026-2027 S1", "S1 2026/2027", "2026-27 S2", "S2 2027" (the calendar year of an S2 is its spring).
 * A bare term means its next occurrence from `now`, the running one included: in November "S1" is
 * the running S1, in March it is the S1 starting in September.
 */
export function parseSemester(text: string, now: Date): SemesterParse {
  const lower = text.toLowerCase().normalize("NFC").trim();
  const term = readTerm(lower);
  if (!term) return { ok: false, reason: "unrecognized", text };

  const years = readYears(lower);
  if (years === "inconsistent") return { ok: false, reason: "inconsistent-years", text };

  let semester: Semester;
  if (years?.kind === "academic") {
    semester = { startYear: years.startYear, term };
  } else if (years?.kind === "calendar") {
    // A single year names the calendar year the semester starts in: S1 2026 starts in September
    // 2026; S2 2027 starts in February 2027, which belongs to 2026-2027.
    semester = { startYear: term === "S1" ? years.year : years.year - 1, term };
  } else {
    const reference = currentOrComingSemester(now);
    semester = { startYear: reference.startYear, term };
    if (compareSemesters(semester, reference) < 0) semester = { startYear: semester.startYear + 1, term };
  }
  return { ok: true, semester, id: formatSemester(semester) };
}

function readTerm(lower: string): Term | undefined {
  if (/\bs\s?1\b|\bsemestre\s?1\b|\bsemester\s?1\b|\bpremier semestre\b|\b1(er|st) semest/.test(lower)) return "S1";
  if (/\bs\s?2\b|\bsemestre\s?2\b|\bsemester\s?2\b|\b(second|deuxi[eè]me|2nd) semest/.test(lower)) return "S2";
  return undefined;
}

type Years = { kind: "academic"; startYear: number } | { kind: "calendar"; year: number } | undefined;

function readYears(lower: string): Years | "inconsistent" {
  const pair = /\b(\d{4})\s?[-/]\s?(\d{4}|\d{2})\b/.exec(lower);
  if (pair) {
    const first = Number(pair[1]);
    const second = pair[2]!.length === 2 ? Math.floor(first / 100) * 100 + Number(pair[2]) : Number(pair[2]);
    if (second !== first + 1) return "inconsistent";
    return { kind: "academic", startYear: first };
  }
  const single = /\b(20\d{2})\b/.exec(lower);
  if (single) return { kind: "calendar", year: Number(single[1]) };
  return undefined;
}
