import { passedUnits } from "../learner/learner-record";
import type { LearnerRecord } from "../learner/learner.schema";
import { compareSemesters, type SemesterId } from "../semester/semester";
import type { LearnerStanding } from "./planning.types";

/**
 * Where a learner stands for planning from `firstSemester`, `running` being the semester under way:
 * validated units are passed; enrolments from the running semester to before the first planned
 * one, results not all in, are in progress (counted as passed); enrolments from the first planned
 * semester on are kept where they are.
 */
export function standingOf(learner: LearnerRecord, semesters: { firstSemester: SemesterId; running: SemesterId }): LearnerStanding {
  const passed = passedUnits(learner);
  const open = learner.enrolments.filter((e) => !passed.includes(e.unit));
  const inProgress = open.filter(
    (e) =>
      compareSemesters(e.semester, semesters.running) >= 0 &&
      compareSemesters(e.semester, semesters.firstSemester) < 0 &&
      // Both sessions sat and failed: the unit is to be taken again, not in progress.
      !learner.results.some((r) => r.unit === e.unit && r.semester === e.semester && r.session === 2),
  );
  const committed = open.filter((e) => compareSemesters(e.semester, semesters.firstSemester) >= 0);
  return {
    passed,
    inProgress: [...new Set(inProgress.map((e) => e.unit))],
    committed: committed.map((e) => ({ unit: e.unit, semester: e.semester, ...(e.offering ? { offering: e.offering } : {}) })),
    registeredIn: learner.registrations.map((r) => r.diploma),
    authorizations: learner.authorizations,
    experience: learner.experience,
  };
}
