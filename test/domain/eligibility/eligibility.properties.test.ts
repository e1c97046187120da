import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkEligibility } from "../../../domain/eligibility/eligibility.rule";
import type { EligibilityDecision } from "../../../domain/eligibility/eligibility.types";
import { learnerSchema, type LearnerRecord } from "../../../domain/learner/learner.schema";
import { NOW } from "../builders";
import { CATALOG } from "./eligibility.fixture";

const CODES = [...CATALOG.units.keys()];
const SEMESTERS = ["2024-2025 S1", "2025-2026 S2", "2026-2027 S1", "2026-2027 S2", "2027-2028 S1"];
const grade = fc.double({ min: 0, max: 20, noNaN: true });

/** Arbitrary learner records over the fixture catalog: results, enrolments, authorizations, diplomas. */
const learnerArb: fc.Arbitrary<LearnerRecord> = fc
  .record({
    results: fc.array(fc.record({ unit: fc.constantFrom(...CODES), semester: fc.constantFrom(...SEMESTERS), session: fc.constantFrom(1, 2), grade }), { maxLength: 8 }),
    enrolments: fc.uniqueArray(fc.record({ unit: fc.constantFrom(...CODES), semester: fc.constantFrom(...SEMESTERS) }), {
      maxLength: 6,
      selector: (e) => `${e.unit} ${e.semester}`,
    }),
    authorizations: fc.array(fc.record({ unit: fc.constantFrom(...CODES), semester: fc.constantFrom(...SEMESTERS) }), { maxLength: 2 }),
    registrations: fc.subarray([{ diploma: "LG02501A", since: "2024-2025 S1" }, { diploma: "CYC9106A", since: "2024-2025 S1" }]),
    experience: fc.record({ years: fc.integer({ min: 0, max: 10 }), yearsInField: fc.integer({ min: 0, max: 10 }) }).map((e) => ({ ...e, yearsInField: Math.min(e.years, e.yearsInField) })),
  })
  .map((record) => {
    // Results are unique per unit, semester and session, as the schema requires.
    const seen = new Set<string>();
    const results = record.results.filter((r) => !seen.has(`${r.unit} ${r.semester} ${r.session}`) && seen.add(`${r.unit} ${r.semester} ${r.session}`));
    return learnerSchema.parse({ id: "prop-learner", name: { given: "P", family: "Q" }, ...record, results });
  });

const question = fc.record({ code: fc.constantFrom(...CODES), semester: fc.constantFrom("2026-2027 S1", "2026-2027 S2", "2027-2028 S1") });

const RANK = { "not-eligible": 0, "unknown-unit": 0, conditional: 1, eligible: 2 } as const;
const blockers = (d: EligibilityDecision) => d.reasons.filter((r) => r.severity === "blocker").length;
const ask = (learner: LearnerRecord, q: { code: string; semester: string }) => checkEligibility({ ...q, learner, catalog: CATALOG, now: NOW });

function prerequisitesOf(code: string): string[] {
  const unit = CATALOG.units.get(code)!;
  return [...unit.prerequisites.allOf, ...unit.prerequisites.anyOf.flat()];
}

describe("eligibility properties", () => {
  it("adding a passed prerequisite never makes a learner less eligible", () => {
    fc.assert(
      fc.property(
        learnerArb,
        question.filter((q) => prerequisitesOf(q.code).length > 0),
        fc.double({ min: 10, max: 20, noNaN: true }),
        fc.nat(),
        (learner, q, passing, pick) => {
          const prerequisites = prerequisitesOf(q.code);
          const prerequisite = prerequisites[pick % prerequisites.length]!;
          const before = ask(learner, q);
          const after = ask({ ...learner, results: [...learner.results, { unit: prerequisite, semester: "2023-2024 S1", session: 1, grade: passing }] }, q);
          expect(RANK[after.outcome]).toBeGreaterThanOrEqual(RANK[before.outcome]);
          expect(blockers(after)).toBeLessThanOrEqual(blockers(before));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("a grade below 10 never satisfies a prerequisite", () => {
    fc.assert(
      fc.property(learnerArb, fc.constantFrom("RSX101", "RSX102"), fc.double({ min: 0, max: 10, maxExcluded: true, noNaN: true }), (learner, code, failing) => {
        // Keep only failing results for UTC505, then add one more below 10.
        const record = { ...learner, results: [...learner.results.filter((r) => r.unit !== "UTC505" || r.grade < 10), { unit: "UTC505", semester: "2023-2024 S2", session: 1 as const, grade: failing }] };
        const decision = ask(record, { code, semester: "2027-2028 S1" });
        // Those answers stand alone: the question itself is moot, so no prerequisite is examined.
        fc.pre(!decision.reasons.some((r) => r.rule === "already-validated" || r.rule === "already-enrolled"));
        expect(decision.reasons).toContainEqual(expect.objectContaining({ rule: "missing-prerequisite", requirement: { kind: "all-of", code: "UTC505" } }));
        expect(decision.outcome).not.toBe("eligible");
      }),
      { numRuns: 300 },
    );
  });

  it("every decision is consistent: outcome from severities, every reason names its rule and unit", () => {
    fc.assert(
      fc.property(learnerArb, question, (learner, q) => {
        const decision = ask(learner, q);
        const severities = new Set(decision.reasons.map((r) => r.severity));
        const expected = severities.has("blocker") ? "not-eligible" : severities.has("condition") ? "conditional" : "eligible";
        expect(decision.outcome).toBe(expected);
        for (const reason of decision.reasons) expect("unit" in reason ? reason.unit : reason.code).toBe(q.code);
        // Enrolling is a next step exactly when nothing blocks.
        expect(decision.nextSteps.some((s) => s.step === "enrol")).toBe(expected !== "not-eligible");
      }),
      { numRuns: 300 },
    );
  });
});
