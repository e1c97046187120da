import { NO_INVALID_RECORDS, unresolvedReference, type Catalog, type DataIssue, type InvalidRecords } from "../catalog/catalog";
import { isPassingGrade } from "../eligibility/grade.rule";
import { compareSemesters, termOf, type SemesterId } from "../semester/semester";
import type { ExamResult, LearnerRecord } from "./learner.schema";

/** The learner's best result in a unit, or undefined when never graded. Ties go to the latest. */
export function bestResult(learner: LearnerRecord, code: string): ExamResult | undefined {
  let best: ExamResult | undefined;
  for (const result of learner.results) {
    if (result.unit !== code) continue;
    if (!best || result.grade > best.grade || (result.grade === best.grade && laterResult(result, best))) best = result;
  }
  return best;
}

function laterResult(a: ExamResult, b: ExamResult): boolean {
  const bySemester = compareSemesters(a.semester, b.semester);
  return bySemester > 0 || (bySemester === 0 && a.session > b.session);
}

/** The result that validated the unit (the first grade ≥ 10/20), if any. Rule: credits from 10/20. */
export function validatingResult(learner: LearnerRecord, code: string): ExamResult | undefined {
  return learner.results
    .filter((result) => result.unit === code && isPassingGrade(result.grade))
    .sort((a, b) => compareSemesters(a.semester, b.semester) || a.session - b.session)[0];
}

/** A unit counts as passed only with a grade of at least 10/20. */
export function hasPassed(learner: LearnerRecord, code: string): boolean {
  return validatingResult(learner, code) !== undefined;
}

/** Units the learner has validated, each once. */
export function passedUnits(learner: LearnerRecord): string[] {
  return [...new Set(learner.results.filter((result) => isPassingGrade(result.grade)).map((result) => result.unit))];
}

/** The learner's enrolments of a semester, as unit codes. */
export function enrolledUnits(learner: LearnerRecord, semester: SemesterId): string[] {
  return learner.enrolments.filter((enrolment) => enrolment.semester === semester).map((enrolment) => enrolment.unit);
}

/**
 * Checks a learner's references against the catalog: known diplomas and units, offerings that exist
 * in the enrolment's term, and results or authorizations for known units. `invalid` names the
 * records given with the learner that failed their schema.
 */
export function learnerIssues(learner: LearnerRecord, catalog: Catalog, invalid: InvalidRecords = NO_INVALID_RECORDS): DataIssue[] {
  const { units, diplomas } = catalog;
  const issues: DataIssue[] = [];
  const issue = (path: (string | number)[], message: string) => issues.push({ collection: "learners", key: learner.id, path, message });
  learner.registrations.forEach((registration, i) => {
    if (!diplomas.has(registration.diploma)) {
      issue(["registrations", i, "diploma"], unresolvedReference("diploma", registration.diploma, invalid.diplomas.has(registration.diploma)));
    }
  });
  learner.enrolments.forEach((enrolment, i) => {
    const unit = units.get(enrolment.unit);
    if (!unit) return issue(["enrolments", i, "unit"], unresolvedReference("unit", enrolment.unit, invalid.units.has(enrolment.unit)));
    if (enrolment.offering === undefined) return;
    const offering = unit.offerings.find((o) => o.id === enrolment.offering);
    if (!offering) issue(["enrolments", i, "offering"], `${enrolment.unit} has no offering "${enrolment.offering}"`);
    else if (offering.term !== termOf(enrolment.semester)) {
      issue(["enrolments", i, "offering"], `offering "${offering.id}" of ${enrolment.unit} runs in ${offering.term}, not in ${enrolment.semester}`);
    }
  });
  learner.results.forEach((result, i) => {
    if (!units.has(result.unit)) issue(["results", i, "unit"], unresolvedReference("unit", result.unit, invalid.units.has(result.unit)));
  });
  learner.authorizations.forEach((authorization, i) => {
    if (!units.has(authorization.unit)) issue(["authorizations", i, "unit"], unresolvedReference("unit", authorization.unit, invalid.units.has(authorization.unit)));
  });
  return issues;
}
