import { describe, expect, it } from "vitest";
import { constraintConflicts, planDiploma } from "../../../domain/planning/planning.rule";
import type { LearnerStanding, PlanningConstraints } from "../../../domain/planning/planning.types";
import { catalog, diploma, evening, unit } from "../builders";

/**
 * A kept enrolment's semester holds its evenings whatever the learner's limits: constraints that
 * leave no evening at all are contradictory only when nothing is kept, else the search decides.
 */
const FIRST = "2026-2027 S1";
const cat = catalog(
  [
    unit({ code: "KPA101", offerings: [evening("KA", "S1", "monday", "18:15", "20:00")] }),
    unit({ code: "KPB102", offerings: [evening("KB", "S1", "monday", "20:00", "21:45")] }),
  ],
  [diploma({ code: "KPN0001", requirements: [{ kind: "all", id: "tronc", label: "Tronc", units: ["KPA101", "KPB102"] }] })],
);
const keptMonday: LearnerStanding = {
  passed: [],
  inProgress: [],
  committed: [{ unit: "KPA101", semester: FIRST, offering: "KA" }],
  registeredIn: ["KPN0001"],
  authorizations: [],
};
const nothingKept: LearnerStanding = { ...keptMonday, committed: [] };
const base: PlanningConstraints = { firstSemester: FIRST, unavailableDays: [], modalities: ["evening"], preferredModalities: [] };

describe("contradictory constraints and kept enrolments", () => {
  it.each([
    ["no evening", { ...base, maxEvenings: 0 }, "no-evening-no-distance"],
    ["every day unavailable", { ...base, unavailableDays: ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday"] }, "every-day-unavailable"],
  ] as const)("%s is refused up front when nothing is kept", (_label, constraints, kind) => {
    expect(constraintConflicts(constraints, nothingKept)).toEqual([{ kind }]);
    expect(planDiploma(cat, { diploma: "KPN0001", standing: nothingKept, constraints })).toEqual({ outcome: "invalid-constraints", conflicts: [{ kind }] });
  });

  it("with 0 evenings, a unit still fits the evening a kept enrolment already takes", () => {
    const result = planDiploma(cat, { diploma: "KPN0001", standing: keptMonday, constraints: { ...base, maxEvenings: 0 } });

    expect(result.outcome).toBe("plan");
    if (result.outcome !== "plan") return;
    expect(result.plan.semesters.map((s) => [s.semester, s.units.map((u) => [u.code, u.committed])])).toEqual([
      [FIRST, [["KPA101", true], ["KPB102", false]]],
    ]);
    expect(result.plan.semesters[0]!.evenings).toEqual(["monday"]);
  });

  it("zero ECTS a semester is refused even with a kept enrolment", () => {
    expect(constraintConflicts({ ...base, maxEcts: 0 }, keptMonday)).toEqual([{ kind: "zero-ects" }]);
  });
});
