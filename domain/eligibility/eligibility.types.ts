import type { UnitKind } from "../catalog/unit.schema";
import type { SaturdayHalf } from "../catalog/catalog";
import type { Modality, Slot, Weekday } from "../catalog/timetable";
import type { SemesterId, Term } from "../semester/semester";
import type { UaRoute } from "./ua-route.rule";

/**
 * The answer to "may this learner enrol in this unit in this semester?", as data: every reason
 * names its rule and the facts behind it, and every next step is a code with its parameters, so
 * a dialog can word them in French or English (eligibility.wording.ts holds default wording).
 */

/** blocker: enrolment is impossible as asked; condition: possible once met; advice: worth knowing. */
export type Severity = "blocker" | "condition" | "advice";

/**
 * Where the learner stands with a prerequisite not yet passed: never taken, failed (best grade
 * below 10/20), taken in the very semester asked about (too late), or awaiting the exam of an
 * earlier semester (the condition is then "pass it").
 */
export type PrerequisiteStatus = "not-taken" | "failed" | "same-semester" | "pending";

export type PrerequisiteRequirement = { readonly kind: "all-of"; readonly code: string } | { readonly kind: "any-of"; readonly codes: readonly string[] };

export interface ClashDetail {
  /** The offering of the unit asked about. */
  readonly offering: string;
  /** The unit the learner is already enrolled in that semester, and its offering. */
  readonly with: string;
  readonly withOffering: string;
  readonly slot: Slot;
  readonly otherSlot: Slot;
}

/**
 * When the learner says they can attend (« pas le samedi », « je bosse le soir », « à distance
 * seulement »): the days they cannot, and the ways of taking classes they accept (every way when
 * they say nothing of it). Said in the conversation, not kept in the learner's record.
 */
export interface Availability {
  readonly unavailableDays: readonly Weekday[];
  /** Accepted modalities; absent: all. */
  readonly modalities?: readonly Modality[];
  /** The earliest time (« 19:30 ») the learner can be in class Monday to Friday (« je finis le travail à 19h »). */
  readonly weekdaysFrom?: string;
  /** The weekdays that time does not hold (« je finis à 20h, sauf le vendredi où je suis libre dès 17h »). */
  readonly weekdaysFromExcept?: readonly Weekday[];
  /** The time those weekdays are free from, when said (« dès 17h »: « 17:00 »); absent, any time. */
  readonly weekdaysFromExceptAt?: string;
  /** The half of Saturday the learner can come (« le samedi matin »). */
  readonly saturdayHalf?: SaturdayHalf;
}

/**
 * Why an offering does not suit the learner: the days it meets that they cannot, its modality they do not
 * accept, or a weekday class starting before they can be there (`from`).
 */
export interface Misfit {
  readonly offering: OfferingSummary;
  readonly days: readonly Weekday[];
  readonly modality?: Modality;
  /** The learner takes classes at a distance only (« depuis Lyon », « qu'à distance »): its modality is refused as not at a distance. */
  readonly onlyAtADistance?: true;
  readonly from?: string;
  /** It meets on a Saturday outside the half the learner can come. */
  readonly saturdayHalf?: SaturdayHalf;
}

export interface OfferingSummary {
  readonly id: string;
  readonly modality: Modality;
  /** When it meets: weekly slots, then dated ones (blocked days); none for distance learning. */
  readonly slots: readonly Slot[];
}

/**
 * A rule that was checked and met, with the data that met it: what makes a "yes" a yes
 * (« HOA101 validée 13/20 en 2025-2026 S2 », « autorisation reçue pour 2026-2027 S2 »).
 */
export type SatisfiedCheck =
  | { readonly check: "prerequisite-passed"; readonly unit: string; readonly prerequisite: string; readonly grade: number; readonly semester: SemesterId }
  | { readonly check: "authorization-received"; readonly unit: string; readonly semester: SemesterId }
  | { readonly check: "registered-in-diploma"; readonly unit: string; readonly diplomas: readonly string[] }
  | { readonly check: "offered"; readonly unit: string; readonly semester: SemesterId; readonly offerings: readonly OfferingSummary[] }
  | { readonly check: "no-clash"; readonly unit: string; readonly semester: SemesterId; readonly with: readonly string[] };

export type SatisfiedCheckCode = SatisfiedCheck["check"];

export type EligibilityReason =
  | { readonly rule: "unknown-unit"; readonly severity: "blocker"; readonly code: string; readonly suggestions: readonly string[] }
  | { readonly rule: "semester-past"; readonly severity: "blocker"; readonly unit: string; readonly semester: SemesterId; readonly current: SemesterId }
  | {
      readonly rule: "already-validated";
      readonly severity: "blocker";
      readonly unit: string;
      readonly grade: number;
      readonly semester: SemesterId;
      readonly session: 1 | 2;
    }
  | { readonly rule: "already-enrolled"; readonly severity: "blocker"; readonly unit: string; readonly semester: SemesterId }
  | {
      readonly rule: "us-outside-diplomas" | "ua-outside-diplomas";
      readonly severity: "blocker";
      readonly unit: string;
      /** The diplomas that contain the unit. */
      readonly unitDiplomas: readonly string[];
      /** The diplomas the learner is registered in. */
      readonly learnerDiplomas: readonly string[];
    }
  | {
      readonly rule: "missing-prerequisite";
      readonly severity: "blocker" | "condition";
      readonly unit: string;
      readonly requirement: PrerequisiteRequirement;
      readonly status: PrerequisiteStatus;
      /** Best grade obtained, when failed. */
      readonly bestGrade?: number;
      /** Semester of the enrolment, when pending or in the same semester. */
      readonly enrolledIn?: SemesterId;
      /** For pending any-of groups: the units whose results are awaited. */
      readonly awaiting?: readonly string[];
    }
  | { readonly rule: "level-advice"; readonly severity: "advice"; readonly unit: string; readonly text: string }
  | { readonly rule: "recommended-units"; readonly severity: "advice"; readonly unit: string; readonly codes: readonly string[] }
  | {
      readonly rule: "authorization-required";
      readonly severity: "condition";
      readonly unit: string;
      readonly semester: SemesterId;
      readonly secretariat?: string;
      readonly email?: string;
    }
  | {
      readonly rule: "not-offered";
      readonly severity: "blocker";
      readonly unit: string;
      readonly semester: SemesterId;
      /** Terms in which the unit is offered; empty when the catalog schedules it in none. */
      readonly offeredTerms: readonly Term[];
    }
  | {
      readonly rule: "timetable-clash";
      /** A blocker when every offering of the semester clashes; advice when another offering is free. */
      readonly severity: "blocker" | "advice";
      readonly unit: string;
      readonly semester: SemesterId;
      readonly clashes: readonly ClashDetail[];
      readonly freeOfferings: readonly OfferingSummary[];
    }
  | {
      readonly rule: "outside-availability";
      /** A blocker when no offering of the semester suits what the learner said; advice when one does. */
      readonly severity: "blocker" | "advice";
      readonly unit: string;
      readonly semester: SemesterId;
      readonly misfits: readonly Misfit[];
      readonly suitable: readonly OfferingSummary[];
      /** Terms with an offering that suits them, when none does in this one. */
      readonly suitableTerms: readonly Term[];
    }
  | {
      readonly rule: "exclusion";
      readonly severity: "blocker";
      readonly unit: string;
      readonly other: string;
      readonly semester: SemesterId;
      readonly scope: "same-semester";
    }
  | ({ readonly rule: "ua-route"; readonly severity: "advice"; readonly unit: string } & UaRoute);

export type EligibilityRule = EligibilityReason["rule"];

export type NextStep =
  | { readonly step: "check-code"; readonly suggestions: readonly string[] }
  | { readonly step: "choose-another-semester"; readonly unit: string; readonly terms: readonly Term[] }
  | { readonly step: "no-action-needed"; readonly unit: string }
  | { readonly step: "register-in-diploma"; readonly unit: string; readonly diplomas: readonly string[] }
  | { readonly step: "pass-prerequisite"; readonly unit: string; readonly prerequisites: readonly string[] }
  | { readonly step: "await-result"; readonly unit: string; readonly prerequisites: readonly string[]; readonly semester: SemesterId }
  | { readonly step: "download-authorization-template"; readonly unit: string; readonly url?: string }
  | { readonly step: "get-signature-via-secretariat"; readonly unit: string; readonly secretariat?: string; readonly email?: string }
  | { readonly step: "enrol-once-authorized"; readonly unit: string; readonly semester: SemesterId }
  | { readonly step: "choose-offering"; readonly unit: string; readonly offerings: readonly OfferingSummary[] }
  | { readonly step: "resolve-timetable-clash"; readonly unit: string; readonly with: readonly string[] }
  | { readonly step: "take-in-different-semester"; readonly unit: string; readonly other: string }
  | { readonly step: "write-experience-dossier"; readonly unit: string }
  | { readonly step: "find-internship"; readonly unit: string; readonly months?: { readonly min: number; readonly max: number } }
  | { readonly step: "enrol"; readonly unit: string; readonly semester: SemesterId; readonly offerings: readonly OfferingSummary[] };

export type NextStepCode = NextStep["step"];

export interface UnitSummary {
  readonly code: string;
  readonly title: string;
  readonly kind: UnitKind;
  readonly ects: number;
}

export type EligibilityOutcome = "eligible" | "conditional" | "not-eligible" | "unknown-unit";

export type EligibilityDecision =
  | {
      readonly outcome: "unknown-unit";
      readonly code: string;
      readonly semester: SemesterId;
      readonly reasons: readonly EligibilityReason[];
      readonly nextSteps: readonly NextStep[];
    }
  | {
      /** eligible: may enrol; conditional: may enrol once every condition is met; not-eligible: blocked. */
      readonly outcome: "eligible" | "conditional" | "not-eligible";
      readonly code: string;
      readonly unit: UnitSummary;
      readonly semester: SemesterId;
      readonly reasons: readonly EligibilityReason[];
      readonly nextSteps: readonly NextStep[];
      /** The rules met, with their data (empty when a rule with a single answer decided). */
      readonly checks: readonly SatisfiedCheck[];
    };

/** Every rule code, for exhaustive checks (wording, demo coverage). */
export const ELIGIBILITY_RULES = [
  "unknown-unit",
  "semester-past",
  "already-validated",
  "already-enrolled",
  "us-outside-diplomas",
  "ua-outside-diplomas",
  "missing-prerequisite",
  "level-advice",
  "recommended-units",
  "authorization-required",
  "not-offered",
  "timetable-clash",
  "outside-availability",
  "exclusion",
  "ua-route",
] as const satisfies readonly EligibilityRule[];

/** Every next-step code. */
export const NEXT_STEP_CODES = [
  "check-code",
  "choose-another-semester",
  "no-action-needed",
  "register-in-diploma",
  "pass-prerequisite",
  "await-result",
  "download-authorization-template",
  "get-signature-via-secretariat",
  "enrol-once-authorized",
  "choose-offering",
  "resolve-timetable-clash",
  "take-in-different-semester",
  "write-experience-dossier",
  "find-internship",
  "enrol",
] as const satisfies readonly NextStepCode[];

// Compile-time proof that the lists above name every code: adding a rule without listing it fails here.
type Missing<All, Listed> = Exclude<All, Listed>;
export const ALL_RULES_LISTED: Missing<EligibilityRule, (typeof ELIGIBILITY_RULES)[number]> extends never ? true : never = true;
export const ALL_STEPS_LISTED: Missing<NextStepCode, (typeof NEXT_STEP_CODES)[number]> extends never ? true : never = true;
