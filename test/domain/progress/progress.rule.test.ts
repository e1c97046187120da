import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeProgress } from "../../../dialogs/progress/progress.wording";
import type { LearnerInput } from "../../../domain/learner/learner.schema";
import { diplomaProgress, matchOnePerGroup, type DiplomaProgress } from "../../../domain/progress/progress.rule";
import { catalog, CURRENT, diploma, evening, learner, NEXT, NOW, unit } from "../builders";

const s2 = (id: string) => [evening(`S2-${id}`, "S2", "monday")];
const CATALOG = catalog(
  [
    unit({ code: "UTC501", ects: 3, offerings: [evening("S1", "S1", "monday", "18:15", "20:00"), evening("S2", "S2", "monday", "18:15", "20:00")] }),
    unit({ code: "UTC502", ects: 3, offerings: [evening("S1", "S1", "monday", "20:00", "21:45"), evening("S2", "S2", "monday", "20:00", "21:45")] }),
    unit({ code: "AAA101", offerings: [evening("S1", "S1", "tuesday")] }),
    unit({ code: "AAA102", offerings: [evening("S2", "S2", "tuesday")] }),
    unit({ code: "BBB101", prerequisites: { allOf: ["UTC502"] }, offerings: [evening("S2", "S2", "wednesday")] }),
    unit({ code: "CCC101", authorizationRequired: true, offerings: [evening("S2", "S2", "thursday")] }),
    unit({ code: "DDD101", offerings: [evening("S2", "S2", "friday")] }),
    unit({ code: "EEE101", offerings: s2("a") }),
    unit({ code: "EEE102", ects: 4, offerings: s2("b") }),
    unit({ code: "EEE103", offerings: s2("c") }),
    unit({ code: "UAALOT", kind: "UA", uaType: "professional-experience", ects: 17 }),
  ],
  [
    diploma({
      code: "LG02501A",
      level: "licence-l3",
      totalEcts: 45,
      requirements: [
        { kind: "all", id: "core", label: "Core", units: ["UTC501", "UTC502"] },
        {
          kind: "choice",
          id: "options",
          label: "Two units from two groups",
          ects: 12,
          pick: 2,
          distinctGroups: true,
          groups: [
            { id: "a", units: ["AAA101", "AAA102"] },
            { id: "b", units: ["CCC101", "BBB101"] },
            { id: "c", units: ["CCC101", "DDD101"] },
          ],
        },
        { kind: "choice", id: "speciality", label: "10 ECTS of speciality", ects: 10, groups: [{ id: "e", units: ["EEE101", "EEE102", "EEE103"] }] },
        { kind: "all", id: "experience", label: "Experience", units: ["UAALOT"] },
      ],
    }),
    diploma({ code: "CYC9106A", level: "ingenieur", totalEcts: 3, requirements: [{ kind: "all", id: "core", label: "Core", units: ["UTC501"] }] }),
  ],
);

const registered = { registrations: [{ diploma: "LG02501A", since: "2024-2025 S1" }] };
const passed = (...codes: string[]) => codes.map((unit, i) => ({ unit, grade: 10 + (i % 10), semester: "2025-2026 S1", session: 1 as const }));

function progress(input: Partial<LearnerInput>, code = "LG02501A"): DiplomaProgress {
  return diplomaProgress({ learner: learner({ ...registered, ...input }), diploma: code, catalog: CATALOG, now: NOW });
}

function report(input: Partial<LearnerInput>) {
  const answer = progress(input);
  if (answer.outcome !== "progress") throw new Error(`expected progress, got ${answer.outcome}`);
  return { ...answer, byId: Object.fromEntries(answer.requirements.map((r) => [r.id, r])) };
}

describe("diploma progress", () => {
  it.each([
    ["an unknown diploma", "XYZ0000A", "unknown-diploma"],
    ["a diploma the learner is not registered in", "CYC9106A", "not-registered"],
    ["the learner's diploma, in any case", "lg02501a", "progress"],
  ])("%s: %s", (_label, code, outcome) => {
    expect(progress({}, code).outcome).toBe(outcome);
  });

  it("starts at zero with everything remaining", () => {
    const answer = report({});
    expect(answer).toMatchObject({ creditsEarned: 0, creditsRequired: 45, complete: false });
    expect(answer.remainingUnits).toEqual(["UTC501", "UTC502", "AAA101", "AAA102", "CCC101", "BBB101", "DDD101", "EEE101", "EEE102", "EEE103", "UAALOT"]);
  });

  it("counts a unit only from 10/20", () => {
    const answer = report({ results: [{ unit: "UTC501", grade: 9.99, semester: "2025-2026 S1", session: 1 }] });
    expect(answer.byId.core).toMatchObject({ creditsEarned: 0, satisfied: false });
    expect(report({ results: passed("UTC501") }).byId.core).toMatchObject({ creditsEarned: 3, remaining: { units: ["UTC502"], credits: 3 } });
  });

  it("takes one unit per group when the groups must differ", () => {
    const answer = report({ results: passed("AAA101", "AAA102") });
    expect(answer.byId.options).toMatchObject({ satisfied: false, creditsEarned: 6, remaining: { pick: 1, openGroups: ["b", "c"], units: ["CCC101", "BBB101", "DDD101"] } });
  });

  it("finds the assignment that fills most groups (a unit listed in two groups)", () => {
    const answer = report({ results: passed("CCC101", "BBB101") });
    expect(answer.byId.options).toMatchObject({ satisfied: true, creditsEarned: 12 });
    expect(answer.byId.options!.counted.map((c) => `${c.unit}:${c.group}`)).toEqual(["BBB101:b", "CCC101:c"]);
    expect(matchOnePerGroup([{ id: "b", units: ["CCC101", "BBB101"] }, { id: "c", units: ["CCC101"] }], 2)).toEqual([
      { code: "BBB101", group: "b" },
      { code: "CCC101", group: "c" },
    ]);
  });

  it.each([
    [["EEE102"], 4, false],
    [["EEE102", "EEE101"], 10, true],
    [["EEE101", "EEE103"], 10, true],
    [["EEE101", "EEE102", "EEE103"], 10, true],
  ])("a choice by credits with %j earns %i of 10 ECTS (capped), satisfied %s", (codes, credits, satisfied) => {
    expect(report({ results: passed(...codes) }).byId.speciality).toMatchObject({ creditsEarned: credits, satisfied });
  });

  it("counts a unit toward one requirement only, required units first", () => {
    const overlap = catalog([...CATALOG.units.values()], [
      diploma({
        code: "LG02501A",
        totalEcts: 12,
        requirements: [
          { kind: "choice", id: "choice", label: "One of", ects: 6, pick: 1, groups: [{ id: "g", units: ["AAA101", "AAA102"] }] },
          { kind: "all", id: "core", label: "Core", units: ["AAA101"] },
        ],
      }),
    ]);
    const answer = diplomaProgress({ learner: learner({ ...registered, results: passed("AAA101") }), diploma: "LG02501A", catalog: overlap, now: NOW });
    expect(answer).toMatchObject({ outcome: "progress", creditsEarned: 6, requirements: [{ id: "choice", satisfied: false }, { id: "core", satisfied: true }] });
  });

  it("lists the remaining units the learner may take next semester, and why not the others", () => {
    const answer = report({ results: passed("UTC501"), enrolments: [{ unit: "UTC502", semester: CURRENT }] });
    expect(answer.nextSemester).toBe(NEXT);
    expect(answer.inProgress).toEqual([{ unit: "UTC502", semester: CURRENT }]);
    expect(answer.takeNext.map((t) => `${t.unit}:${t.outcome}`)).toEqual([
      // AAA101: S1 only. UTC502: in progress. EEE101-103 share a Monday evening and are all free.
      "AAA102:eligible",
      "CCC101:conditional",
      "BBB101:conditional",
      "DDD101:eligible",
      "EEE101:eligible",
      "EEE102:eligible",
      "EEE103:eligible",
      "UAALOT:eligible",
    ]);
  });

  it("is complete when every requirement is met", () => {
    const answer = report({ results: passed("UTC501", "UTC502", "AAA101", "DDD101", "EEE101", "EEE102", "UAALOT") });
    expect(answer).toMatchObject({ complete: true, creditsEarned: 45, remainingUnits: [], takeNext: [] });
    expect(describeProgress(answer, "fr", CATALOG)).toContain("45 ECTS sur 45");
  });

  it("never loses credits when the learner passes one more unit", () => {
    const codes = [...CATALOG.units.keys()];
    fc.assert(
      fc.property(fc.subarray(codes), fc.constantFrom(...codes), (before, extra) => {
        const a = report({ results: passed(...before) });
        const b = report({ results: passed(...new Set([...before, extra])) });
        expect(b.creditsEarned).toBeGreaterThanOrEqual(a.creditsEarned);
        expect(b.creditsEarned).toBeLessThanOrEqual(b.creditsRequired);
      }),
    );
  });
});
