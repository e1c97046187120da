import { describe, expect, it } from "vitest";
import { ELIGIBILITY_RULES, NEXT_STEP_CODES, type EligibilityReason, type NextStep } from "../../domain/eligibility/eligibility.types";
import { describeDecision, describeNextStep, describeReason } from "../../dialogs/eligibility/eligibility.wording";
import type { LearnerInput } from "../../domain/learner/learner.schema";
import { checkEligibility } from "../../domain/eligibility/eligibility.rule";
import { CURRENT, learner, NEXT, NOW } from "../domain/builders";
import { CATALOG, decide, result } from "../domain/eligibility/eligibility.fixture";

/** Learners that, asked about every unit, meet every rule and next step of the fixture catalog. */
const LEARNERS: Partial<LearnerInput>[] = [
  {},
  { registrations: [{ diploma: "LG02501A", since: CURRENT }], experience: { years: 0, yearsInField: 0 } },
  { registrations: [{ diploma: "CYC9106A", since: CURRENT }], experience: { years: 9, yearsInField: 9 } },
  { results: [result("UTC505", 12), result("RSX101", 8)], enrolments: [{ unit: "NFA041", semester: NEXT }, { unit: "NFP121", semester: NEXT }] },
  { enrolments: [{ unit: "UTC505", semester: CURRENT }, { unit: "RSX101", semester: NEXT }] },
];

function collect(): { reasons: EligibilityReason[]; steps: NextStep[]; headlines: string[] } {
  const reasons: EligibilityReason[] = [];
  const steps: NextStep[] = [];
  const headlines: string[] = [];
  for (const learner of LEARNERS) {
    for (const code of [...CATALOG.units.keys(), "ZZZ999", "RSX110"]) {
      for (const semester of ["2025-2026 S1", CURRENT, NEXT]) {
        const decision = decide(learner, code, semester);
        reasons.push(...decision.reasons);
        steps.push(...decision.nextSteps);
        headlines.push(describeDecision(decision, "fr"), describeDecision(decision, "en"));
      }
    }
  }
  // Someone who says they cannot come on Saturdays, or only at a distance.
  for (const availability of [{ unavailableDays: ["saturday"] }, { unavailableDays: [], modalities: ["distance"] }] as const) {
    for (const code of CATALOG.units.keys()) {
      for (const semester of [CURRENT, NEXT]) {
        const decision = checkEligibility({ code, semester, learner: learner({}), catalog: CATALOG, now: NOW, availability });
        reasons.push(...decision.reasons);
        steps.push(...decision.nextSteps);
        headlines.push(describeDecision(decision, "fr"), describeDecision(decision, "en"));
      }
    }
  }
  return { reasons, steps, headlines };
}

describe("default wording of reasons and next steps", () => {
  const { reasons, steps, headlines } = collect();

  it("the fixture meets every rule and every next step", () => {
    expect(new Set(reasons.map((r) => r.rule))).toEqual(new Set(ELIGIBILITY_RULES));
    expect(new Set(steps.map((s) => s.step))).toEqual(new Set(NEXT_STEP_CODES));
  });

  it.each(ELIGIBILITY_RULES.map((rule) => [rule]))("words %s in French and in English, with its data", (rule) => {
    for (const reason of reasons.filter((r) => r.rule === rule)) {
      const [fr, en] = [describeReason(reason, "fr"), describeReason(reason, "en")];
      for (const text of [fr, en]) {
        expect(text.length).toBeGreaterThan(10);
        expect(text).not.toMatch(/undefined|NaN|\[object/);
        expect(text).toContain("unit" in reason ? reason.unit : reason.code);
      }
      expect(fr).not.toBe(en);
    }
  });

  it.each(NEXT_STEP_CODES.map((step) => [step]))("words the step %s in French and in English", (code) => {
    for (const step of steps.filter((s) => s.step === code)) {
      const [fr, en] = [describeNextStep(step, "fr"), describeNextStep(step, "en")];
      for (const text of [fr, en]) {
        expect(text.length).toBeGreaterThan(10);
        expect(text).not.toMatch(/undefined|NaN|\[object/);
      }
      expect(fr).not.toBe(en);
    }
  });

  it("words every headline", () => {
    for (const text of headlines) expect(text).not.toMatch(/undefined|NaN/);
  });

  it("says how to get an authorization: template, secretariat, signature before enrolling", () => {
    const decision = decide({}, "ANG320");
    const text = decision.nextSteps.map((s) => describeNextStep(s, "fr")).join(" ");
    expect(text).toMatch(/modèle d'autorisation/);
    expect(text).toMatch(/secrétariat pédagogique \(Secrétariat des langues, langues@example\.org\)/);
    expect(text).toMatch(/signature/);
  });
});
