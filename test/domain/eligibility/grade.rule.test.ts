import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gradeEarnsCredits, isPassingGrade } from "../../../domain/eligibility/grade.rule";
import { describeGradeOutcome } from "../../../dialogs/grade/grade.wording";

describe("did grade G earn the credits? (≥ 10/20)", () => {
  it.each([
    [0, "credits-not-earned"],
    [9.99, "credits-not-earned"],
    [10, "credits-earned"],
    [10.01, "credits-earned"],
    [20, "credits-earned"],
    [-0.5, "invalid-grade"],
    [20.5, "invalid-grade"],
    [Number.NaN, "invalid-grade"],
  ])("%f/20 → %s", (grade, outcome) => {
    expect(gradeEarnsCredits(grade).outcome).toBe(outcome);
  });

  it("returns an error value for an out-of-range grade, with the range, instead of throwing", () => {
    expect(gradeEarnsCredits(25)).toEqual({ outcome: "invalid-grade", grade: 25, reason: "out-of-range", range: { min: 0, max: 20 } });
  });

  it("names the unit's credits and the points missing", () => {
    expect(gradeEarnsCredits(12, { unit: { code: "NFA031", ects: 6 } })).toMatchObject({ outcome: "credits-earned", unit: "NFA031", ects: 6 });
    expect(gradeEarnsCredits(9.9)).toMatchObject({ missing: 0.1 });
  });

  it.each([
    [undefined, "session-2"],
    [1, "session-2"],
    [2, "retake-unit"],
  ] as const)("after session %s a failed grade leads to %s", (session, nextStep) => {
    expect(gradeEarnsCredits(8, session ? { session } : {})).toMatchObject({ nextStep });
  });

  it("words each outcome in French and English", () => {
    expect(describeGradeOutcome(gradeEarnsCredits(9.5, { session: 1 }), "fr")).toMatch(/9,5\/20.*session 2/);
    expect(describeGradeOutcome(gradeEarnsCredits(10, { unit: { code: "UTC505", ects: 3 } }), "en")).toMatch(/3 ECTS of UTC505/);
    expect(describeGradeOutcome(gradeEarnsCredits(21), "fr")).toMatch(/entre 0 et 20/);
  });

  it("a grade below 10 never earns the credits, one from 10 to 20 always does", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 10, maxExcluded: true, noNaN: true }), (grade) => {
        expect(isPassingGrade(grade)).toBe(false);
        expect(gradeEarnsCredits(grade).outcome).toBe("credits-not-earned");
      }),
    );
    fc.assert(
      fc.property(fc.double({ min: 10, max: 20, noNaN: true }), (grade) => {
        expect(isPassingGrade(grade)).toBe(true);
        expect(gradeEarnsCredits(grade).outcome).toBe("credits-earned");
      }),
    );
  });
});
