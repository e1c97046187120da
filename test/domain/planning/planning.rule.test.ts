import { describe, expect, it } from "vitest";
import { planViolations } from "../../../domain/planning/plan-check";
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

/**
 * « 2 UE par semestre », « une UE à la fois »: a limit of taught units a semester. Five units of the
 * same diploma, each on its own weekday evening in both terms, none before another, and an activity
 * unit after the first: only the limit says how many semesters the plan takes.
 */
describe("a limit of units a semester", () => {
  const days = ["monday", "tuesday", "wednesday", "thursday", "friday"] as const;
  const codes = ["LMA101", "LMB102", "LMC103", "LMD104", "LME105"];
  const free = catalog(
    [
      ...codes.map((code, i) => unit({ code, offerings: [evening(`${code}-1`, "S1", days[i]!), evening(`${code}-2`, "S2", days[i]!)] })),
      // An activity unit after the first one: it has no classes, and no limit of units counts it.
      unit({ code: "UALM01", kind: "UA", uaType: "professional-experience", ects: 12, prerequisites: { allOf: ["LMA101"], anyOf: [], advice: [] } }),
    ],
    [diploma({ code: "LMN0001", requirements: [{ kind: "all", id: "tronc", label: "Tronc", units: [...codes, "UALM01"] }] })],
  );
  const visitor: LearnerStanding = { passed: [], inProgress: [], committed: [], registeredIn: ["LMN0001"], authorizations: [] };
  const open: PlanningConstraints = { firstSemester: FIRST, unavailableDays: [], modalities: ["evening"], preferredModalities: [] };
  const planWith = (maxUnits: number | undefined, standing = visitor) => {
    const query = { diploma: "LMN0001", standing, constraints: maxUnits === undefined ? open : { ...open, maxUnits } };
    return { query, result: planDiploma(free, query) };
  };

  it.each([
    ["no limit", 2, undefined],
    ["5 units", 2, 5],
    ["3 units", 2, 3],
    ["2 units", 3, 2],
    ["1 unit", 5, 1],
  ] as const)("%s a semester: the plan takes %s semesters, none holding more", (_label, semesters, maxUnits) => {
    const { query, result } = planWith(maxUnits);

    expect(result.outcome).toBe("plan");
    if (result.outcome !== "plan") return;
    expect(planViolations(free, query, result.plan)).toEqual([]);
    expect(result.plan.semesters).toHaveLength(semesters);
    for (const semester of result.plan.semesters) expect(semester.units.filter((u) => u.kind !== "UA").length).toBeLessThanOrEqual(maxUnits ?? Infinity);
  });

  it("counts no activity unit: one taught unit a semester, the UA beside one of them", () => {
    const { result } = planWith(1);

    expect(result.outcome).toBe("plan");
    if (result.outcome !== "plan") return;
    expect(result.plan.semesters.map((s) => s.units.filter((u) => u.kind !== "UA").length)).toEqual([1, 1, 1, 1, 1]);
    expect(result.plan.semesters.flatMap((s) => s.units).some((u) => u.code === "UALM01")).toBe(true);
  });

  it("says what lifting the limit would give when it is what makes the plan long", () => {
    const { result } = planWith(2);

    expect(result.outcome).toBe("plan");
    if (result.outcome !== "plan") return;
    expect(result.plan.whyNotFaster).toContainEqual({ kind: "constraint", relaxation: { change: { kind: "units", limit: undefined }, semesters: 2, completes: "2026-2027 S2" } });
  });

  it("a limit of 0 units is refused up front, kept enrolments or not", () => {
    expect(constraintConflicts({ ...open, maxUnits: 0 }, visitor)).toEqual([{ kind: "zero-units" }]);
    expect(constraintConflicts({ ...base, maxUnits: 0 }, keptMonday)).toEqual([{ kind: "zero-units" }]);
    expect(planDiploma(free, { diploma: "LMN0001", standing: visitor, constraints: { ...open, maxUnits: 0 } })).toEqual({ outcome: "invalid-constraints", conflicts: [{ kind: "zero-units" }] });
  });

  it("a semester of kept enrolments holds them all, more than the limit, and nothing more", () => {
    const kept: LearnerStanding = {
      ...visitor,
      committed: [
        { unit: "LMA101", semester: FIRST, offering: "LMA101-1" },
        { unit: "LMB102", semester: FIRST, offering: "LMB102-1" },
        { unit: "LMC103", semester: FIRST, offering: "LMC103-1" },
      ],
    };
    const { query, result } = planWith(2, kept);

    expect(result.outcome).toBe("plan");
    if (result.outcome !== "plan") return;
    expect(planViolations(free, query, result.plan)).toEqual([]);
    // Three kept in the first semester, then the two others: two semesters, as without a limit.
    expect(result.plan.semesters.map((s) => s.units.filter((u) => u.kind !== "UA").length)).toEqual([3, 2]);
  });
});

/**
 * Kept enrolments over a limit, with a unit offered in S1 only after them: what setting the terms
 * aside would give is found, though the semester of kept units holds more than the limit (the
 * lower bound on semesters counts what such a semester holds).
 */
describe("why not faster, when kept enrolments hold more than a limit", () => {
  const cat2 = catalog(
    [
      unit({ code: "WKA101", offerings: [evening("WA", "S1", "monday")] }),
      unit({ code: "WKB102", offerings: [evening("WB", "S1", "tuesday")] }),
      unit({ code: "WKC103", offerings: [evening("WC", "S1", "wednesday")] }),
    ],
    [diploma({ code: "WKN0001", requirements: [{ kind: "all", id: "tronc", label: "Tronc", units: ["WKA101", "WKB102", "WKC103"] }] })],
  );
  const standing: LearnerStanding = {
    passed: [],
    inProgress: [],
    committed: [
      { unit: "WKA101", semester: FIRST, offering: "WA" },
      { unit: "WKB102", semester: FIRST, offering: "WB" },
    ],
    registeredIn: ["WKN0001"],
    authorizations: [],
  };

  it.each([
    ["units", { maxUnits: 1 }, { kind: "units", limit: undefined }],
    ["ECTS", { maxEcts: 6 }, { kind: "ects", limit: undefined }],
  ] as const)("a limit of %s: the unit offered once a year waits a year, and both reasons are said", (_label, limit, change) => {
    const query = { diploma: "WKN0001", standing, constraints: { ...base, ...limit } };
    const result = planDiploma(cat2, query);

    expect(result.outcome).toBe("plan");
    if (result.outcome !== "plan") return;
    expect(planViolations(cat2, query, result.plan)).toEqual([]);
    expect(result.plan.semesters.map((s) => s.units.map((u) => u.code))).toEqual([["WKA101", "WKB102"], [], ["WKC103"]]);
    expect(result.plan.whyNotFaster).toEqual([
      { kind: "once-a-year", units: [{ code: "WKC103", term: "S1" }] },
      { kind: "constraint", relaxation: { change, semesters: 1, completes: FIRST } },
    ]);
  });
});
