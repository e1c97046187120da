import type { Catalog } from "../catalog/catalog";
import { currentOrComingSemester, formatSemester } from "../semester/semester";
import type { LearnerRecord } from "./learner.schema";

/** What a visitor says of themselves: units passed, units failed with their grade, diplomas, years in the field. */
export interface StatedSituation {
  passed: readonly string[];
  failed: readonly { code: string; grade: number }[];
  diplomas: readonly string[];
  yearsInField: number;
  /** Units they say they are taking now (« je fais UTC505 en ce moment »): enrolled this semester, exam to come. */
  taking?: readonly string[];
}

/**
 * The record of an anonymous visitor as they described it: the units they say they validated
 * (counted as passed in the last academic year), those they say they are taking (enrolled in the
 * running semester), the diplomas they say they are registered in, and
 * their experience in the field. For indicative answers only (an enrolment check, what remains of a diploma).
 */
export function statedRecord(stated: StatedSituation, catalog: Catalog, now: Date): LearnerRecord {
  const current = currentOrComingSemester(now);
  const past = formatSemester({ startYear: current.startYear - 1, term: "S1" });
  const passed = stated.passed.filter((code) => catalog.units.has(code));
  return {
    id: "what-if",
    name: { given: "-", family: "-" },
    experience: { years: stated.yearsInField, yearsInField: stated.yearsInField },
    registrations: stated.diplomas.filter((code) => catalog.diplomas.has(code)).map((diploma) => ({ diploma, since: past })),
    enrolments: (stated.taking ?? []).filter((code) => catalog.units.has(code) && !passed.includes(code)).map((unit) => ({ unit, semester: formatSemester(current) })),
    results: [
      ...passed.map((unit) => ({ unit, semester: past, session: 1 as const, grade: 10 })),
      ...stated.failed.filter((f) => catalog.units.has(f.code) && !passed.includes(f.code)).map((f) => ({ unit: f.code, semester: past, session: 1 as const, grade: f.grade })),
    ],
    authorizations: [],
    sample: false,
  };
}
