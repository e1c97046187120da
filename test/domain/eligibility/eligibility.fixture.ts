import { checkEligibility } from "../../../domain/eligibility/eligibility.rule";
import type { LearnerInput } from "../../../domain/learner/learner.schema";
import { catalog, diploma, evening, foad, learner, NEXT, NOW, unit } from "../builders";

/** A small catalog where each rule has a unit to trip on. Slots: A 18:15-20:00, B 20:00-21:45, F 18:15-21:45. */
export const CATALOG = catalog(
  [
    unit({ code: "UTC505", ects: 3, offerings: [evening("S1-soir", "S1", "wednesday", "18:15", "20:00"), evening("S2-soir", "S2", "wednesday", "18:15", "20:00")] }),
    unit({
      code: "RSX101",
      prerequisites: { allOf: ["UTC505"] },
      exclusions: [{ unit: "UTC505", scope: "same-semester" }],
      offerings: [evening("S1-soir", "S1", "tuesday"), evening("S2-soir", "S2", "tuesday")],
    }),
    unit({ code: "RSX102", prerequisites: { allOf: ["UTC505"] }, offerings: [evening("S2-soir", "S2", "wednesday", "20:00", "21:45")] }),
    unit({ code: "RSX112", prerequisites: { anyOf: [["RSX101", "RSX102"]] }, offerings: [evening("S2-soir", "S2", "monday")] }),
    unit({ code: "NFA031", offerings: [evening("S1-soir", "S1", "thursday")] }),
    unit({ code: "NFA032", recommended: ["NFA031"], offerings: [evening("S2-soir", "S2", "thursday"), foad("S2-foad", "S2")] }),
    unit({ code: "NFA035", ects: 4, offerings: [evening("S1-soir", "S1", "friday", "18:15", "20:00")] }),
    unit({ code: "NFA041", offerings: [evening("S2-soir", "S2", "tuesday")] }),
    unit({ code: "NFA011", ects: 4, offerings: [evening("S2-soir", "S2", "friday", "20:00", "21:45")] }),
    unit({ code: "NFA006", ects: 4, offerings: [evening("S2-soir", "S2", "friday", "18:15", "20:00")] }),
    unit({ code: "NFA003", ects: 4, offerings: [evening("S2-soir", "S2", "friday", "18:15", "20:01")] }),
    unit({ code: "NFP121", prerequisites: { advice: ["Bac+2 informatique"] }, offerings: [evening("S2-soir", "S2", "thursday")] }),
    unit({ code: "GLG105", offerings: [evening("S2-tue", "S2", "tuesday"), evening("S2-thu", "S2", "thursday")] }),
    unit({ code: "FPG114", offerings: [foad("S2-foad", "S2")] }),
    unit({
      code: "ANG320",
      authorizationRequired: true,
      contact: { secretariat: "Secrétariat des langues", email: "langues@example.org" },
      offerings: [evening("S2-soir", "S2", "monday", "20:00", "21:45")],
    }),
    unit({ code: "NOS100" }),
    unit({ code: "USSI01", kind: "US", diplomas: ["CYC9106A"], offerings: [{ id: "S2-samedi", term: "S2", modality: "saturday", weekly: [{ day: "saturday", start: "09:00", end: "12:30" }] }] }),
    unit({ code: "UAALOT", kind: "UA", uaType: "professional-experience", ects: 17 }),
    unit({ code: "UAEP04", kind: "UA", uaType: "professional-experience", ects: 18 }),
    unit({ code: "UAAD91", kind: "UA", uaType: "admission", ects: 0 }),
  ],
  [
    diploma({ code: "LG02501A", level: "licence-l3", totalEcts: 20, requirements: [{ kind: "all", id: "core", label: "Core", units: ["UTC505", "UAALOT"] }] }),
    diploma({ code: "CYC9106A", level: "ingenieur", totalEcts: 27, requirements: [{ kind: "all", id: "core", label: "Core", units: ["UTC505", "USSI01", "UAEP04", "UAAD91"] }] }),
  ],
);

export function decide(input: Partial<LearnerInput>, code: string, semester = NEXT) {
  return checkEligibility({ code, semester, learner: learner(input), catalog: CATALOG, now: NOW });
}

/** A passing or failing result, by grade. */
export const result = (unitCode: string, grade: number, semester = "2025-2026 S1", session: 1 | 2 = 1) => ({ unit: unitCode, grade, semester, session });
