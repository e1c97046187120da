import type { Catalog } from "../catalog/catalog";
import { slotsClash, weekdayOf, type Offering } from "../catalog/timetable";
import type { LearnerRecord } from "../learner/learner.schema";
import { diplomaProgress } from "../progress/progress.rule";
import { compareSemesters, followingSemester, formatSemester, semesterFromId } from "../semester/semester";
import type { Plan, PlanningQuery } from "./planning.types";

/**
 * Every way a plan breaks the rules it claims to follow, as sentences for a test's message; none
 * for a valid plan. Written apart from the search, on the plan as the learner reads it, and the
 * requirements checked by the progress rule: a second implementation to hold the first to account.
 */
export function planViolations(catalog: Catalog, query: PlanningQuery, plan: Plan): string[] {
  const { standing, constraints } = query;
  const problems: string[] = [];
  const done = new Set([...standing.passed, ...standing.inProgress]);
  const takenAt = new Map<string, number>();
  const committed = new Map(standing.committed.map((c) => [c.unit, c]));

  let expected = semesterFromId(constraints.firstSemester);
  plan.semesters.forEach((semester, index) => {
    if (!expected || semester.semester !== formatSemester(expected)) problems.push(`semester ${index} is ${semester.semester}, not the one after the previous`);
    expected = expected && followingSemester(expected);
    for (const planned of semester.units) {
      if (takenAt.has(planned.code)) problems.push(`${planned.code} is planned twice`);
      if (done.has(planned.code)) problems.push(`${planned.code} is planned although passed or in progress`);
      takenAt.set(planned.code, index);
    }
  });

  plan.semesters.forEach((semester, index) => {
    const offerings: { code: string; offering: Offering }[] = [];
    let ects = 0;
    let units = 0;
    let keptDays = 0;
    let keptEcts = 0;
    let keptUnits = 0;
    for (const planned of semester.units) {
      const unit = catalog.units.get(planned.code);
      if (!unit) {
        problems.push(`${planned.code} is not in the catalog`);
        continue;
      }
      const kept = committed.get(planned.code);
      if (kept && kept.semester !== semester.semester) problems.push(`${planned.code} is enrolled in ${kept.semester}, planned in ${semester.semester}`);
      if (unit.kind === "US" && !kept && !unit.diplomas.some((d) => standing.registeredIn.includes(d))) problems.push(`${planned.code} is a US of diplomas the learner is not registered in`);
      if (unit.kind !== "UA") {
        ects += unit.ects;
        units += 1;
      }
      if (unit.kind === "UA") {
        if (planned.offering) problems.push(`${planned.code} is a UA but follows an offering`);
      } else {
        const offering = unit.offerings.find((o) => o.id === planned.offering?.id);
        if (!offering) {
          problems.push(`${planned.code} follows no offering of its own`);
          continue;
        }
        if (offering.term !== semester.term) problems.push(`${planned.code}'s offering ${offering.id} runs in ${offering.term}, not in ${semester.semester}`);
        if (kept) {
          keptDays |= daysMask(offering);
          keptEcts += unit.ects;
          keptUnits += 1;
        } else {
          if (!constraints.modalities.includes(offering.modality)) problems.push(`${planned.code} is planned in ${offering.modality}, which the learner does not accept`);
          const days = [...offering.weekly.map((s) => s.day), ...offering.dated.map((s) => weekdayOf(s.date))];
          for (const day of days) if (constraints.unavailableDays.includes(day as never)) problems.push(`${planned.code} meets on ${day}, when the learner cannot attend`);
        }
        offerings.push({ code: planned.code, offering });
      }
      if (!kept) {
        const before = (code: string) => done.has(code) || (takenAt.has(code) && takenAt.get(code)! < index);
        for (const code of unit.prerequisites.allOf) if (!before(code)) problems.push(`${planned.code} needs ${code} passed before ${semester.semester}`);
        for (const group of unit.prerequisites.anyOf) if (!group.some(before)) problems.push(`${planned.code} needs one of ${group.join(", ")} passed before ${semester.semester}`);
      }
      for (const exclusion of unit.exclusions) {
        if (semester.units.some((u) => u.code === exclusion.unit)) problems.push(`${planned.code} and ${exclusion.unit} may not share a semester`);
      }
    }
    for (let a = 0; a < offerings.length; a++) {
      for (let b = a + 1; b < offerings.length; b++) {
        const x = offerings[a]!;
        const y = offerings[b]!;
        if (committed.has(x.code) && committed.has(y.code)) continue;
        const clash = [...x.offering.weekly, ...x.offering.dated].some((s) => [...y.offering.weekly, ...y.offering.dated].some((t) => slotsClash(s, t)));
        if (clash) problems.push(`${x.code} and ${y.code} clash in ${semester.semester}`);
      }
    }
    const evenings = new Set(offerings.flatMap((o) => o.offering.weekly.map((s) => s.day))).size;
    if (evenings !== semester.evenings.length) problems.push(`${semester.semester} says ${semester.evenings.length} evenings, its units take ${evenings}`);
    const eveningLimit = Math.max(constraints.maxEvenings ?? Infinity, bits(keptDays));
    if (evenings > eveningLimit) problems.push(`${semester.semester} takes ${evenings} evenings a week, more than ${eveningLimit}`);
    const ectsLimit = Math.max(constraints.maxEcts ?? Infinity, keptEcts);
    if (ects > ectsLimit) problems.push(`${semester.semester} takes ${ects} ECTS, more than ${ectsLimit}`);
    const unitLimit = Math.max(constraints.maxUnits ?? Infinity, keptUnits);
    if (units > unitLimit) problems.push(`${semester.semester} takes ${units} taught units, more than ${unitLimit}`);
  });

  // The requirements, counted by the progress rule on a record where every planned unit is passed.
  const record: LearnerRecord = {
    id: "plan-check",
    name: { given: "-", family: "-" },
    experience: { years: 0, yearsInField: 0 },
    registrations: [{ diploma: plan.diploma.code, since: "2000-2001 S1" }],
    enrolments: [],
    results: [...done, ...takenAt.keys()].map((unit) => ({ unit, semester: "2000-2001 S1", session: 1 as const, grade: 10 })),
    authorizations: [],
    sample: false,
  };
  const progress = diplomaProgress({ learner: record, diploma: plan.diploma.code, catalog, now: new Date("2001-03-01T12:00:00Z") });
  if (progress.outcome !== "progress" || !progress.complete) problems.push(`the requirements of ${plan.diploma.code} are not all met`);
  const last = plan.semesters[plan.semesters.length - 1];
  if (!last || compareSemesters(plan.completes, last.semester) !== 0) problems.push(`the plan says it completes in ${plan.completes}`);
  return problems;
}

function daysMask(offering: Offering): number {
  return offering.weekly.reduce((mask, slot) => mask | (1 << ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday"].indexOf(slot.day)), 0);
}

function bits(mask: number): number {
  let count = 0;
  for (let m = mask; m; m &= m - 1) count++;
  return count;
}
