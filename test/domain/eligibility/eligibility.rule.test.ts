import { describe, expect, it } from "vitest";
import type { EligibilityDecision, EligibilityReason } from "../../../domain/eligibility/eligibility.types";
import { checkEligibility } from "../../../domain/eligibility/eligibility.rule";
import { catalog, CURRENT, evening, learner, NEXT, NOW, unit } from "../builders";
import { CATALOG, decide, result } from "./eligibility.fixture";

/** rule/severity pairs, the shape of a decision in one line. */
function summary(decision: EligibilityDecision): string[] {
  return decision.reasons.map((r) => `${r.rule}/${r.severity}${r.rule === "missing-prerequisite" ? `/${r.status}` : ""}`);
}

function reason<R extends EligibilityReason["rule"]>(decision: EligibilityDecision, rule: R): EligibilityReason & { rule: R } {
  const found = decision.reasons.find((r) => r.rule === rule);
  if (!found) throw new Error(`no ${rule} reason in ${JSON.stringify(decision.reasons)}`);
  return found as EligibilityReason & { rule: R };
}

describe("unknown unit", () => {
  it("answers with the closest codes", () => {
    const decision = decide({}, "rsx-110");
    expect(decision).toEqual({
      outcome: "unknown-unit",
      code: "RSX110",
      semester: NEXT,
      reasons: [{ rule: "unknown-unit", severity: "blocker", code: "RSX110", suggestions: ["RSX112", "RSX101", "RSX102"] }],
      nextSteps: [{ step: "check-code", suggestions: ["RSX112", "RSX101", "RSX102"] }],
    });
  });

  it("normalizes what the learner typed before looking it up", () => {
    expect(decide({}, "nfa 031", CURRENT).outcome).toBe("eligible");
  });
});

describe("semester", () => {
  it.each([
    ["2025-2026 S2", "not-eligible"],
    [CURRENT, "eligible"],
    [NEXT, "eligible"],
  ])("asking for %s: %s", (semester, outcome) => {
    const decision = decide({}, "UTC505", semester);
    expect(decision.outcome).toBe(outcome);
    if (outcome === "not-eligible") expect(summary(decision)).toEqual(["semester-past/blocker"]);
  });
});

describe("already validated (a grade ≥ 10/20) or already enrolled", () => {
  it.each([
    [9.99, "eligible", []],
    [10, "not-eligible", ["already-validated/blocker"]],
    [20, "not-eligible", ["already-validated/blocker"]],
  ])("UTC505 at %f/20: %s", (grade, outcome, reasons) => {
    const decision = decide({ results: [result("UTC505", grade)] }, "UTC505");
    expect(decision.outcome).toBe(outcome);
    expect(summary(decision)).toEqual(reasons);
  });

  it("names the validating grade, semester and session", () => {
    const decision = decide({ results: [result("UTC505", 7), result("UTC505", 12, "2025-2026 S1", 2)] }, "UTC505");
    expect(reason(decision, "already-validated")).toMatchObject({ grade: 12, semester: "2025-2026 S1", session: 2 });
  });

  it("says so when the learner is already enrolled that semester, not another", () => {
    expect(summary(decide({ enrolments: [{ unit: "UTC505", semester: NEXT }] }, "UTC505"))).toEqual(["already-enrolled/blocker"]);
    expect(decide({ enrolments: [{ unit: "UTC505", semester: CURRENT }] }, "UTC505").outcome).toBe("eligible");
  });
});

describe("US and UA belong to diplomas", () => {
  it.each([
    ["no diploma", [], "not-eligible"],
    ["another diploma", [{ diploma: "LG02501A", since: CURRENT }], "not-eligible"],
    ["the US's diploma", [{ diploma: "CYC9106A", since: CURRENT }], "eligible"],
  ])("a US for a learner with %s: %s", (_label, registrations, outcome) => {
    const decision = decide({ registrations }, "USSI01");
    expect(decision.outcome).toBe(outcome);
    if (outcome === "not-eligible") {
      expect(reason(decision, "us-outside-diplomas")).toMatchObject({ unitDiplomas: ["CYC9106A"], learnerDiplomas: registrations.map((r) => r.diploma) });
      expect(decision.nextSteps).toContainEqual({ step: "register-in-diploma", unit: "USSI01", diplomas: ["CYC9106A"] });
    }
  });

  it("a UA of a diploma the learner is not registered in is blocked", () => {
    const decision = decide({ registrations: [{ diploma: "CYC9106A", since: CURRENT }] }, "UAALOT");
    expect(summary(decision)).toEqual(["ua-outside-diplomas/blocker"]);
    expect(reason(decision, "ua-outside-diplomas").unitDiplomas).toEqual(["LG02501A"]);
  });

  it("a UA has no timetable: never 'not offered'", () => {
    expect(decide({ registrations: [{ diploma: "CYC9106A", since: CURRENT }] }, "UAAD91")).toMatchObject({ outcome: "eligible", reasons: [] });
  });
});

describe("prerequisites (passed only with a grade ≥ 10/20)", () => {
  it.each([
    ["passed at 10", { results: [result("UTC505", 10)] }, "eligible", []],
    ["failed at 9.99", { results: [result("UTC505", 9.99)] }, "not-eligible", ["missing-prerequisite/blocker/failed"]],
    ["never taken", {}, "not-eligible", ["missing-prerequisite/blocker/not-taken"]],
    ["taken now, exam to come", { enrolments: [{ unit: "UTC505", semester: CURRENT }] }, "conditional", ["missing-prerequisite/condition/pending"]],
    [
      "failed at session 1 now, session 2 to come",
      { enrolments: [{ unit: "UTC505", semester: CURRENT }], results: [result("UTC505", 8, CURRENT, 1)] },
      "conditional",
      ["missing-prerequisite/condition/pending"],
    ],
    [
      "failed at both sessions now",
      { enrolments: [{ unit: "UTC505", semester: CURRENT }], results: [result("UTC505", 8, CURRENT, 1), result("UTC505", 9, CURRENT, 2)] },
      "not-eligible",
      ["missing-prerequisite/blocker/failed"],
    ],
    ["enrolled long ago, no result", { enrolments: [{ unit: "UTC505", semester: "2024-2025 S1" }] }, "not-eligible", ["missing-prerequisite/blocker/not-taken"]],
  ])("RSX101 with UTC505 %s: %s", (_label, record, outcome, reasons) => {
    const decision = decide(record, "RSX101");
    expect(decision.outcome).toBe(outcome);
    expect(summary(decision)).toEqual(reasons);
  });

  it("gives the data behind a failed prerequisite: the best grade", () => {
    const decision = decide({ results: [result("UTC505", 6), result("UTC505", 9.5, "2025-2026 S1", 2)] }, "RSX101");
    expect(reason(decision, "missing-prerequisite")).toEqual({
      rule: "missing-prerequisite",
      severity: "blocker",
      unit: "RSX101",
      requirement: { kind: "all-of", code: "UTC505" },
      status: "failed",
      bestGrade: 9.5,
    });
    expect(decision.nextSteps).toEqual([{ step: "pass-prerequisite", unit: "RSX101", prerequisites: ["UTC505"] }]);
  });

  it("a pending prerequisite is a condition with its next step: wait for the result", () => {
    const decision = decide({ enrolments: [{ unit: "UTC505", semester: CURRENT }] }, "RSX101");
    expect(decision.nextSteps).toEqual([
      { step: "await-result", unit: "RSX101", prerequisites: ["UTC505"], semester: CURRENT },
      { step: "enrol", unit: "RSX101", semester: NEXT, offerings: [{ id: "S2-soir", modality: "evening", slots: expect.any(Array) }] },
    ]);
  });

  it("a prerequisite taken in the same semester does not count, and here the exclusion applies too", () => {
    const decision = decide({ enrolments: [{ unit: "UTC505", semester: NEXT }] }, "RSX101");
    expect(summary(decision)).toEqual(["missing-prerequisite/blocker/same-semester", "exclusion/blocker"]);
    expect(reason(decision, "exclusion")).toEqual({ rule: "exclusion", severity: "blocker", unit: "RSX101", other: "UTC505", semester: NEXT, scope: "same-semester" });
  });

  it.each([
    ["neither taken", {}, "not-eligible", "not-taken"],
    ["one passed", { results: [result("RSX102", 11)] }, "eligible", undefined],
    ["one failed", { results: [result("RSX101", 9)] }, "not-eligible", "failed"],
    ["one failed, one taken now", { results: [result("RSX101", 9)], enrolments: [{ unit: "RSX102", semester: CURRENT }] }, "conditional", "pending"],
  ])("any-of (RSX101 or RSX102) for RSX112, %s: %s", (_label, record, outcome, status) => {
    const decision = decide(record, "RSX112");
    expect(decision.outcome).toBe(outcome);
    if (status) {
      expect(reason(decision, "missing-prerequisite")).toMatchObject({ requirement: { kind: "any-of", codes: ["RSX101", "RSX102"] }, status });
    }
  });

  it("names the awaited unit of a pending any-of group", () => {
    const decision = decide({ enrolments: [{ unit: "RSX102", semester: CURRENT }] }, "RSX112");
    expect(reason(decision, "missing-prerequisite")).toMatchObject({ status: "pending", awaiting: ["RSX102"], enrolledIn: CURRENT });
  });

  it("shows a free-text level requirement as advice, never as a blocker", () => {
    const decision = decide({}, "NFP121");
    expect(decision.outcome).toBe("eligible");
    expect(decision.reasons).toEqual([{ rule: "level-advice", severity: "advice", unit: "NFP121", text: "Bac+2 informatique" }]);
  });

  it("keeps a level named by units until the learner has validated all of them", () => {
    const named = unit({ code: "NFP200", ects: 6, prerequisites: { allOf: [], anyOf: [], advice: ["niveau NFA031 et NFA032"] }, offerings: [evening("S2-soir", "S2", "wednesday")] });
    const units = catalog([named, unit({ code: "NFA031", ects: 6 }), unit({ code: "NFA032", ects: 6 })]);
    const check = (results: ReturnType<typeof result>[]) =>
      checkEligibility({ code: "NFP200", semester: NEXT, learner: learner({ results }), catalog: units, now: NOW }).reasons.map((r) => r.rule);
    expect(check([])).toEqual(["level-advice"]);
    expect(check([result("NFA031", 14)])).toEqual(["level-advice"]);
    expect(check([result("NFA031", 14), result("NFA032", 8)])).toEqual(["level-advice"]);
    expect(check([result("NFA031", 14), result("NFA032", 11)])).toEqual([]);
  });

  it.each([
    ["not taken", {}, [{ rule: "recommended-units", severity: "advice", unit: "NFA032", codes: ["NFA031"] }]],
    ["passed", { results: [result("NFA031", 12)] }, []],
  ])("a recommended unit %s: advice accordingly", (_label, record, reasons) => {
    const decision = decide(record, "NFA032");
    expect(decision.outcome).toBe("eligible");
    expect(decision.reasons).toEqual(reasons);
  });
});

describe("teacher's authorization", () => {
  it.each([
    ["none", [], "conditional"],
    ["for this semester", [{ unit: "ANG320", semester: NEXT }], "eligible"],
    ["for another semester", [{ unit: "ANG320", semester: CURRENT }], "conditional"],
  ])("authorization %s: %s", (_label, authorizations, outcome) => {
    expect(decide({ authorizations }, "ANG320").outcome).toBe(outcome);
  });

  it("says how to get it: template, signature through the secretariat, before enrolling", () => {
    const decision = decide({}, "ANG320");
    expect(decision.reasons).toEqual([
      { rule: "authorization-required", severity: "condition", unit: "ANG320", semester: NEXT, secretariat: "Secrétariat des langues", email: "langues@example.org" },
    ]);
    expect(decision.nextSteps.map((s) => s.step)).toEqual(["download-authorization-template", "get-signature-via-secretariat", "enrol-once-authorized", "enrol"]);
  });
});

describe("a blocker and an authorization together", () => {
  it("does not promise the enrolment once the authorization is signed while a prerequisite is missing", () => {
    const locked = unit({ code: "SEC900", ects: 6, authorizationRequired: true, prerequisites: { allOf: ["UTC900"], anyOf: [], advice: [] }, offerings: [evening("S2-soir", "S2", "monday")] });
    const units = catalog([locked, unit({ code: "UTC900", ects: 3 })]);
    const decision = checkEligibility({ code: "SEC900", semester: NEXT, learner: learner(), catalog: units, now: NOW });
    expect(decision.outcome).toBe("not-eligible");
    const steps = decision.nextSteps.map((s) => s.step);
    expect(steps).toContain("pass-prerequisite");
    expect(steps).toContain("download-authorization-template");
    expect(steps).not.toContain("enrol-once-authorized");
    expect(steps).not.toContain("enrol");
  });
});

describe("offered that semester", () => {
  it.each([
    ["NFA035", CURRENT, "eligible", undefined],
    ["NFA035", NEXT, "not-eligible", ["S1"]],
    ["NOS100", NEXT, "not-eligible", []],
  ])("%s in %s: %s", (code, semester, outcome, offeredTerms) => {
    const decision = decide({}, code, semester);
    expect(decision.outcome).toBe(outcome);
    if (offeredTerms) expect(reason(decision, "not-offered").offeredTerms).toEqual(offeredTerms);
  });
});

describe("timetable clash with the semester's enrolments", () => {
  it.each([
    ["the same Tuesday evening", [{ unit: "NFA041", semester: NEXT }], "RSX101", ["timetable-clash/blocker"]],
    ["that Tuesday evening, but another semester", [{ unit: "NFA041", semester: "2027-2028 S2" }], "RSX101", []],
    ["a slot ending as the other starts (20:00)", [{ unit: "NFA011", semester: NEXT }], "NFA006", []],
    ["slots overlapping by one minute (18:15-20:01, 20:00-21:45)", [{ unit: "NFA011", semester: NEXT }], "NFA003", ["timetable-clash/blocker"]],
    ["a FOAD enrolment", [{ unit: "FPG114", semester: NEXT }], "NFP121", ["level-advice/advice"]],
    ["an enrolment whose offering is unknown, one of its two offerings free", [{ unit: "GLG105", semester: NEXT }], "RSX101", []],
    ["an enrolment naming the clashing offering", [{ unit: "GLG105", semester: NEXT, offering: "S2-tue" }], "RSX101", ["timetable-clash/blocker"]],
    ["an enrolment naming the other offering", [{ unit: "GLG105", semester: NEXT, offering: "S2-thu" }], "RSX101", []],
  ])("%s: %s for %s", (_label, enrolments, code, reasons) => {
    const decision = decide({ enrolments, results: [result("UTC505", 12)] }, code);
    expect(summary(decision)).toEqual(reasons);
    expect(decision.outcome).toBe(reasons.length && reasons[0]!.endsWith("blocker") ? "not-eligible" : "eligible");
  });

  it("names both sessions of the clash", () => {
    const decision = decide({ enrolments: [{ unit: "NFA041", semester: NEXT }], results: [result("UTC505", 12)] }, "RSX101");
    expect(decision.reasons).toEqual([
      {
        rule: "timetable-clash",
        severity: "blocker",
        unit: "RSX101",
        semester: NEXT,
        clashes: [
          {
            offering: "S2-soir",
            with: "NFA041",
            withOffering: "S2-soir",
            slot: { day: "tuesday", start: "18:15", end: "21:45" },
            otherSlot: { day: "tuesday", start: "18:15", end: "21:45" },
          },
        ],
        freeOfferings: [],
      },
    ]);
    expect(decision.nextSteps).toEqual([{ step: "resolve-timetable-clash", unit: "RSX101", with: ["NFA041"] }]);
  });

  it("points to the FOAD offering when the evening one clashes", () => {
    const decision = decide({ enrolments: [{ unit: "NFP121", semester: NEXT }] }, "NFA032");
    expect(decision.outcome).toBe("eligible");
    expect(reason(decision, "timetable-clash")).toMatchObject({ severity: "advice", freeOfferings: [{ id: "S2-foad", modality: "distance", slots: [] }] });
    expect(decision.nextSteps).toContainEqual({ step: "enrol", unit: "NFA032", semester: NEXT, offerings: [{ id: "S2-foad", modality: "distance", slots: [] }] });
  });
});

describe("exclusions (RSX101 never in the same semester as UTC505)", () => {
  it.each([
    ["UTC505 while enrolled in RSX101 (stated on RSX101's side)", { enrolments: [{ unit: "RSX101", semester: NEXT }] }, "UTC505"],
    ["RSX101 while enrolled in UTC505, UTC505 failed before", { enrolments: [{ unit: "UTC505", semester: NEXT }], results: [result("UTC505", 5)] }, "RSX101"],
  ])("%s", (_label, record, code) => {
    const decision = decide(record, code);
    expect(decision.outcome).toBe("not-eligible");
    expect(reason(decision, "exclusion").semester).toBe(NEXT);
  });

  it("does not apply across different semesters", () => {
    expect(decide({ enrolments: [{ unit: "RSX101", semester: "2027-2028 S1" }] }, "UTC505").outcome).toBe("eligible");
  });
});

describe("UA route: experience dossier or application project", () => {
  const l3 = [{ diploma: "LG02501A", since: CURRENT }];
  const engineer = [{ diploma: "CYC9106A", since: CURRENT }];
  it.each([
    ["L3, 1 year in the field", l3, "UAALOT", { years: 1, yearsInField: 1 }, "experience-dossier", { step: "write-experience-dossier", unit: "UAALOT" }],
    ["L3, 5 years outside the field", l3, "UAALOT", { years: 5, yearsInField: 0 }, "application-project", { step: "find-internship", unit: "UAALOT", months: { min: 6, max: 6 } }],
    ["L3, 11 months in the field", l3, "UAALOT", { years: 0.92, yearsInField: 0.92 }, "application-project", { step: "find-internship", unit: "UAALOT", months: { min: 6, max: 6 } }],
    ["engineer, 3 years, 2 in the field", engineer, "UAEP04", { years: 3, yearsInField: 2 }, "experience-dossier", { step: "write-experience-dossier", unit: "UAEP04" }],
    ["engineer, 2 years in the field", engineer, "UAEP04", { years: 2, yearsInField: 2 }, "application-project", { step: "find-internship", unit: "UAEP04" }],
  ])("%s: %s", (_label, registrations, code, experience, route, step) => {
    const decision = decide({ registrations, experience }, code);
    expect(decision.outcome).toBe("eligible");
    expect(reason(decision, "ua-route")).toMatchObject({ route, experience });
    expect(decision.nextSteps[0]).toEqual(step);
  });
});

describe("several rules at once", () => {
  it("reports every blocker, not only the first", () => {
    const decision = decide({ enrolments: [{ unit: "NFA041", semester: NEXT }] }, "RSX101");
    expect(summary(decision)).toEqual(["missing-prerequisite/blocker/not-taken", "timetable-clash/blocker"]);
    expect(decision.nextSteps.map((s) => s.step)).toEqual(["pass-prerequisite", "resolve-timetable-clash"]);
  });

  it("is conditional when only conditions remain, and lists them before enrolling", () => {
    const decision = decide({ enrolments: [{ unit: "UTC505", semester: CURRENT }] }, "RSX101");
    expect(decision.outcome).toBe("conditional");
    expect(decision.nextSteps.at(-1)).toMatchObject({ step: "enrol" });
  });

  it("refuses a semester that is not canonical: the caller must parse it first", () => {
    expect(() => decide({}, "UTC505", "S2")).toThrow(RangeError);
  });
});

describe("what a yes rests on: each rule met, with its data", () => {
  it("names the prerequisite passed with its grade and semester, and the semester's offering with its slots", () => {
    const decision = decide({ results: [result("UTC505", 13)] }, "RSX101");
    if (decision.outcome === "unknown-unit") throw new Error("RSX101 is in the fixture catalog");
    expect(decision.checks).toEqual([
      { check: "prerequisite-passed", unit: "RSX101", prerequisite: "UTC505", grade: 13, semester: expect.any(String) },
      { check: "offered", unit: "RSX101", semester: NEXT, offerings: [{ id: "S2-soir", modality: "evening", slots: [expect.objectContaining({ start: "18:15" })] }] },
    ]);
  });

  it("names the authorization received for the semester", () => {
    const decision = decide({ authorizations: [{ unit: "ANG320", semester: NEXT }] }, "ANG320");
    if (decision.outcome === "unknown-unit") throw new Error("ANG320 is in the fixture catalog");
    expect(decision.checks).toContainEqual({ check: "authorization-received", unit: "ANG320", semester: NEXT });
  });

  it("puts what blocks first, then conditions, then advice", () => {
    const decision = decide({}, "RSX101");
    const order = decision.reasons.map((reason) => reason.severity);
    expect(order).toEqual([...order].sort((a, b) => ["blocker", "condition", "advice"].indexOf(a) - ["blocker", "condition", "advice"].indexOf(b)));
  });
});

describe("what the learner says of when they can attend", () => {
  const ask = (code: string, availability: Parameters<typeof checkEligibility>[0]["availability"], semester = NEXT) =>
    checkEligibility({ code, semester, learner: learner({}), catalog: CATALOG, now: NOW, ...(availability ? { availability } : {}) });

  it("a semester whose only classes fall on a day ruled out is not open to them, and the other term is named", () => {
    const decision = ask("NFA031", { unavailableDays: ["thursday"] }, "2027-2028 S1");
    expect(decision.outcome).toBe("not-eligible");
    expect(summary(decision)).toEqual(["outside-availability/blocker"]);
    expect(reason(decision, "outside-availability")).toMatchObject({ misfits: [{ offering: { id: "S1-soir" }, days: ["thursday"] }], suitable: [], suitableTerms: [] });
    expect(decision.nextSteps.map((s) => s.step)).not.toContain("enrol");
  });

  it("at a distance only: the FOAD offering is the one to choose, the evening one is said not to suit", () => {
    const decision = ask("NFA032", { unavailableDays: [], modalities: ["distance"] });
    expect(decision.outcome).toBe("eligible");
    expect(reason(decision, "outside-availability")).toMatchObject({ severity: "advice", misfits: [{ offering: { id: "S2-soir" }, modality: "evening" }], suitable: [{ id: "S2-foad" }] });
    expect(decision.nextSteps).toContainEqual({ step: "enrol", unit: "NFA032", semester: NEXT, offerings: [{ id: "S2-foad", modality: "distance", slots: [] }] });
  });

  it("a weekday class starting before the time they can be there does not suit; a later one, at a distance or on Saturday does", () => {
    const decision = ask("NFA032", { unavailableDays: [], weekdaysFrom: "20:00" });
    expect(decision.outcome).toBe("eligible");
    expect(reason(decision, "outside-availability")).toMatchObject({ severity: "advice", misfits: [{ offering: { id: "S2-soir" }, days: [], from: "20:00" }], suitable: [{ id: "S2-foad" }] });
    expect(summary(ask("NFA032", { unavailableDays: [], weekdaysFrom: "18:15" }))).toEqual(["recommended-units/advice"]);
  });

  it("says nothing when every offering suits, or when nothing was said", () => {
    expect(summary(ask("NFA032", { unavailableDays: ["saturday"] }))).toEqual(["recommended-units/advice"]);
    expect(summary(ask("NFA032", undefined))).toEqual(["recommended-units/advice"]);
  });
});
