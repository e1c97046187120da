import { describe, expect, it } from "vitest";
import { bestResult, hasPassed, learnerIssues, passedUnits } from "../../../domain/learner/learner-record";
import { learnerSchema, type LearnerInput } from "../../../domain/learner/learner.schema";
import { catalog, diploma, evening, learner, unit } from "../builders";

describe("learner record schema", () => {
  const base = { id: "demo-01", name: { given: "Camille", family: "Fictive" } };
  it.each([
    ["a minimal record", {}, true],
    ["an id with capitals", { id: "Demo-01" }, false],
    ["a grade of 20", { results: [{ unit: "NFA031", semester: "2025-2026 S1", session: 1, grade: 20 }] }, true],
    ["a grade of 20.5", { results: [{ unit: "NFA031", semester: "2025-2026 S1", session: 1, grade: 20.5 }] }, false],
    ["a negative grade", { results: [{ unit: "NFA031", semester: "2025-2026 S1", session: 1, grade: -1 }] }, false],
    ["a session 3", { results: [{ unit: "NFA031", semester: "2025-2026 S1", session: 3, grade: 12 }] }, false],
    ["a semester written 'S1'", { enrolments: [{ unit: "NFA031", semester: "S1" }] }, false],
    ["more years in the field than in all", { experience: { years: 1, yearsInField: 2 } }, false],
    ["the same enrolment twice", { enrolments: [{ unit: "NFA031", semester: "2025-2026 S1" }, { unit: "NFA031", semester: "2025-2026 S1" }] }, false],
    ["two results for one session", { results: [1, 2].map((g) => ({ unit: "NFA031", semester: "2025-2026 S1", session: 1, grade: g })) }, false],
    ["the same diploma twice", { registrations: [1, 2].map(() => ({ diploma: "LG02501A", since: "2025-2026 S1" })) }, false],
  ])("%s: valid %s", (_label, fields, valid) => {
    expect(learnerSchema.safeParse({ ...base, ...fields }).success).toBe(valid);
  });
});

describe("results", () => {
  const record = learner({
    results: [
      { unit: "UTC505", semester: "2025-2026 S1", session: 1, grade: 8 },
      { unit: "UTC505", semester: "2025-2026 S1", session: 2, grade: 11 },
      { unit: "NFA031", semester: "2025-2026 S2", session: 1, grade: 9.99 },
    ],
  });
  it("keeps the best result and counts a unit passed from 10/20 only", () => {
    expect(bestResult(record, "UTC505")).toMatchObject({ grade: 11, session: 2 });
    expect(hasPassed(record, "UTC505")).toBe(true);
    expect(hasPassed(record, "NFA031")).toBe(false);
    expect(passedUnits(record)).toEqual(["UTC505"]);
  });
});

describe("learner references to the catalog", () => {
  const cat = catalog([unit({ code: "NFA031", offerings: [evening("S1-soir", "S1", "thursday")] })], [diploma({ code: "LG02501A", requirements: [{ kind: "all", id: "a", label: "a", units: ["NFA031"] }] })]);
  it.each([
    ["an unknown diploma", { registrations: [{ diploma: "CYC9101A", since: "2025-2026 S1" }] }, "registrations.0.diploma", /CYC9101A is not in the catalog/],
    ["an unknown unit", { enrolments: [{ unit: "NFA099", semester: "2025-2026 S1" }] }, "enrolments.0.unit", /NFA099/],
    ["an unknown offering", { enrolments: [{ unit: "NFA031", semester: "2025-2026 S1", offering: "foad" }] }, "enrolments.0.offering", /no offering "foad"/],
    ["an offering of the other term", { enrolments: [{ unit: "NFA031", semester: "2025-2026 S2", offering: "S1-soir" }] }, "enrolments.0.offering", /runs in S1/],
    ["a result in an unknown unit", { results: [{ unit: "NFA099", semester: "2025-2026 S1", session: 1, grade: 12 }] }, "results.0.unit", /NFA099/],
    ["an authorization for an unknown unit", { authorizations: [{ unit: "NFA099", semester: "2025-2026 S1" }] }, "authorizations.0.unit", /NFA099/],
  ])("reports %s with its field", (_label, fields, path, message) => {
    expect(learnerIssues(learner(fields as Partial<LearnerInput>), cat)).toEqual([{ collection: "learners", key: "learner-1", path: path.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p)), message: expect.stringMatching(message) }]);
  });

  it("says a reference is to a record given but invalid, not a missing one", () => {
    const record = learner({ registrations: [{ diploma: "CYC9101A", since: "2025-2026 S1" }], enrolments: [{ unit: "NFA099", semester: "2025-2026 S1", offering: "foad" }] });
    const invalid = { units: new Map([["NFA099", {}]]), diplomas: new Set(["CYC9101A"]) };
    expect(learnerIssues(record, cat, invalid).map((issue) => issue.message)).toEqual(["refers to CYC9101A, which is invalid (see above)", "refers to NFA099, which is invalid (see above)"]);
  });
});
