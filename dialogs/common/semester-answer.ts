import { compareSemesters, currentOrComingSemester, formatSemester, nextSemester, parseSemester, type SemesterId } from "../../domain/semester/semester";
import { readSemesterWords, saysNextYear } from "../../domain/understanding/prompt-answers";

const NEXT = /\b(prochain|suivant|next|coming|following)\b/i;
/** A semester said besides a year: « au second semestre de l'an prochain », "S1 next year". */
const SEMESTER_WORD = /\b(semestres?|semesters?|terms?|s[12]|rentr[ée]e|septembre|f[ée]vrier|janvier|juin|september|february|january|june)\b/i;
// « en cours » alone, not « en cours de VAE »; « actuel » of the semester, not « mon emploi actuel ».
const CURRENT = /\b(ce semestre|cette annee|cette année|semestre en cours|en cours(?! d)|semestre actuel|l actuel|l'actuel|this semester|current semester|current term|the current one)\b/i;

/**
 * Reads a semester as a learner answers: "S2", "2026-2027 S1", « au second semestre », « en
 * février », « à la rentrée », "next semester", « ce semestre »; at the assistant's own question
 * also « le 2 » or "the first one". Returns the canonical id, or undefined. « Ce semestre » is taken
 * at its word, even when running.
 */
export function readSemester(text: string, now: Date, options: { atPrompt?: boolean; offered?: readonly SemesterId[]; yearIsNoSemester?: boolean } = {}): SemesterId | undefined {
  const parsed = parseSemester(text, now);
  if (parsed.ok) {
    // A bare "S1" asked about enrolment means the next S1 one can enrol in, not the one running.
    const next = nextSemester(now);
    if (!/\d{4}/.test(text) && compareSemesters(parsed.semester, next) < 0) return formatSemester({ ...parsed.semester, startYear: parsed.semester.startYear + 1 });
    return parsed.id;
  }
  // « l'an prochain », "next year": the next academic year's first semester; `yearIsNoSemester` (a unit checked « l'an
  // prochain »), none, so that the unit's own next semester is looked for (MSE102, only in S1, got « Non » for the S2 to come).
  if (saysNextYear(text) && !SEMESTER_WORD.test(text)) return options.yearIsNoSemester ? undefined : formatSemester({ startYear: currentOrComingSemester(now).startYear + 1, term: "S1" });
  const words = readSemesterWords(text, options);
  // « le premier », "the second one": of the semesters listed; with none listed, the first or second semester of the year.
  if (words && "position" in words) return options.offered ? options.offered[words.position - 1] : words.position <= 2 ? readSemester(`S${words.position}`, now) : undefined;
  if (words && "term" in words) return readSemester(words.term, now);
  if (words?.relative === "current") return formatSemester(currentOrComingSemester(now));
  if (words?.relative === "next" || NEXT.test(text)) return formatSemester(nextSemester(now));
  if (CURRENT.test(text)) return formatSemester(currentOrComingSemester(now));
  return undefined;
}

