import type { SaturdayHalf } from "../catalog/catalog";
import type { DatedSlot, Modality, WeeklySlot, Weekday } from "../catalog/timetable";
import type { UaType, UnitKind } from "../catalog/unit.schema";
import type { UaRoute } from "../eligibility/ua-route.rule";
import type { SemesterId, Term } from "../semester/semester";

/**
 * What a learner can give to their studies, per semester. An "evening" is a day of the week with
 * weekly classes, Saturdays included: two half-evening units on the same Monday make one evening.
 * Blocked days (TO) are dated, not weekly: they need days off work and are listed apart.
 */
export interface PlanningConstraints {
  /** The first semester the plan may use (canonical, e.g. "2026-2027 S2"). */
  readonly firstSemester: SemesterId;
  /** Most evenings a week in any semester; undefined: only the timetable limits it. */
  readonly maxEvenings?: number;
  /** Most ECTS credits of taught units (UE, US) per semester; UAs, which have no classes, are not counted. */
  readonly maxEcts?: number;
  /**
   * Most taught units (UE, US) per semester (« 2 UE par semestre », « une UE à la fois »); UAs, which
   * have no classes, are not counted.
   */
  readonly maxUnits?: number;
  /** Days the learner cannot attend: no weekly session, and no blocked day, on these days. */
  readonly unavailableDays: readonly Weekday[];
  /** The earliest time the learner can be in class Monday to Friday (« 19:00 »): no weekday session starts before. */
  readonly weekdaysFrom?: string;
  /** The weekdays that time does not hold (« sauf le vendredi où je suis libre dès 17h »). */
  readonly weekdaysFromExcept?: readonly Weekday[];
  /** The time those weekdays are free from, when said (« dès 17h »: « 17:00 »); absent, any time. */
  readonly weekdaysFromExceptAt?: string;
  /** The half of Saturday the learner can attend (« le samedi matin »): no Saturday session outside it. */
  readonly saturdayHalf?: SaturdayHalf;
  /** Teaching modalities the learner accepts. */
  readonly modalities: readonly Modality[];
  /** Modalities the learner prefers, among those accepted: ties between optimal plans go to them. */
  readonly preferredModalities: readonly Modality[];
}

export type { SaturdayHalf };

/** Defaults when the learner says nothing: three evenings a week, every modality but blocked weekdays. */
export const DEFAULT_MAX_EVENINGS = 3;
export const DEFAULT_MODALITIES: readonly Modality[] = ["evening", "saturday", "distance", "hybrid"];

/** Where the learner stands, as the planner needs it (see standingOf for a learner's record). */
export interface LearnerStanding {
  /** Units validated with a grade of at least 10/20. */
  readonly passed: readonly string[];
  /** Units followed before the first planned semester whose results are not in: counted as passed. */
  readonly inProgress: readonly string[];
  /** Enrolments in the planned semesters: kept where they are, they take their evenings. */
  readonly committed: readonly { readonly unit: string; readonly semester: SemesterId; readonly offering?: string }[];
  /** Diplomas the learner is registered in: a US is open only to learners registered in one of its diplomas. */
  readonly registeredIn: readonly string[];
  /** Teachers' authorizations on file. */
  readonly authorizations: readonly { readonly unit: string; readonly semester: SemesterId }[];
  /** Professional experience, for the route of a professional-experience UA; unknown for a visitor. */
  readonly experience?: { readonly years: number; readonly yearsInField: number };
}

export interface PlanningQuery {
  /** The diploma's code, as typed (normalized before lookup). */
  readonly diploma: string;
  readonly standing: LearnerStanding;
  readonly constraints: PlanningConstraints;
}

/** Why one offering of a unit cannot be used under the learner's constraints. */
export type OfferingExclusion = { readonly offering: string; readonly term: Term; readonly modality: Modality } & (
  | { readonly by: "modality" }
  | { readonly by: "day"; readonly day: Weekday }
  | { readonly by: "from"; readonly from: string }
  | { readonly by: "saturday-half"; readonly half: SaturdayHalf }
  | { readonly by: "evenings"; readonly evenings: number }
);

/** Why a unit cannot be planned at all. */
export type UnitBlock =
  | { readonly reason: "not-offered" }
  | { readonly reason: "constraints"; readonly offerings: readonly OfferingExclusion[] }
  | { readonly reason: "ects"; readonly ects: number; readonly limit: number }
  | { readonly reason: "us-not-registered"; readonly diplomas: readonly string[] }
  | { readonly reason: "prerequisite"; readonly prerequisites: readonly string[] };

/** One change to the learner's constraints, as tried to find a faster or a possible plan. */
export type ConstraintChange =
  | { readonly kind: "evenings"; readonly limit: number | undefined }
  | { readonly kind: "ects"; readonly limit: number | undefined }
  | { readonly kind: "units"; readonly limit: number | undefined }
  | { readonly kind: "allow-day"; readonly day: Weekday }
  /** Every day the learner ruled out at once (« seulement le samedi »: the weekday evenings), when no one day is enough. */
  | { readonly kind: "allow-days"; readonly days: readonly Weekday[] }
  | { readonly kind: "add-modality"; readonly modality: Modality };

/** What a change gives: the plan's length and the semester the diploma would complete. */
export interface Relaxation {
  readonly change: ConstraintChange;
  readonly semesters: number;
  readonly completes: SemesterId;
}

/**
 * Why the plan takes no fewer semesters, each reason proven by planning again without it:
 * - `single-semester`: the plan takes one semester, the least there is;
 * - `prerequisite-chain`: units that must follow one another, one semester each (codes in order);
 * - `once-a-year`: units offered in one term only, so a semester of the other term is waited for;
 * - `constraint`: one of the learner's own limits; with the change, the plan is shorter;
 * - `timetable`: units that fit the learner's limits but clash with one another;
 * - `combined`: no single one of these explains it; several together do.
 */
export type CriticalReason =
  | { readonly kind: "single-semester" }
  | { readonly kind: "prerequisite-chain"; readonly chain: readonly string[] }
  /** `atYourTimes`: the catalog offers some of them in the other term too, at times the learner ruled out. */
  | { readonly kind: "once-a-year"; readonly units: readonly { readonly code: string; readonly term: Term }[]; readonly atYourTimes?: true }
  | { readonly kind: "constraint"; readonly relaxation: Relaxation }
  | { readonly kind: "timetable" }
  | { readonly kind: "combined" };

export interface PlannedOffering {
  readonly id: string;
  readonly modality: Modality;
  readonly weekly: readonly WeeklySlot[];
  readonly dated: readonly DatedSlot[];
  readonly note?: string;
}

export interface PlannedUnit {
  readonly code: string;
  readonly title: string;
  readonly kind: UnitKind;
  /** What a UA is: professional experience, admission exam, thesis. */
  readonly uaType?: UaType;
  readonly ects: number;
  /** Reference class hours of the unit's credits (credit-hours rule), when the table has its value. */
  readonly referenceHours?: number;
  /** The offering followed; none for a UA, which has no classes. */
  readonly offering?: PlannedOffering;
  /** Already enrolled: kept where it is. */
  readonly committed: boolean;
  /** The requirement the unit fills, or the units it is a prerequisite of when it fills none. */
  readonly fills?: { readonly id: string; readonly label: string };
  readonly prerequisiteOf?: readonly string[];
  /** For a professional-experience UA: dossier or project, when the learner's experience is known. */
  readonly uaRoute?: UaRoute;
}

export interface PlannedSemester {
  readonly semester: SemesterId;
  readonly term: Term;
  readonly units: readonly PlannedUnit[];
  /** The days with weekly classes, Monday to Saturday. */
  readonly evenings: readonly Weekday[];
  /** Blocked days (TO) the semester's units take, on top of its evenings. */
  readonly blockedDays: number;
  /** ECTS of the semester's taught units (UAs apart). */
  readonly ects: number;
}

/** A teacher's authorization to ask for before enrolling: when and whom. */
export interface AuthorizationStep {
  readonly unit: string;
  readonly semester: SemesterId;
  /** The month the semester starts (September for S1, February for S2): ask before enrolling, before then. */
  readonly before: { readonly year: number; readonly month: 9 | 2 };
  readonly secretariat?: string;
  readonly email?: string;
  /** Already on file for that semester. */
  readonly granted: boolean;
}

/** What the plan takes for granted, said to the learner as is. */
export type Assumption =
  | { readonly kind: "each-unit-passed" }
  | { readonly kind: "offerings-repeat" }
  | { readonly kind: "in-progress-passed"; readonly units: readonly string[] }
  | { readonly kind: "committed-kept"; readonly units: readonly string[] };

export interface Plan {
  readonly diploma: { readonly code: string; readonly title: string; readonly totalEcts: number };
  readonly semesters: readonly PlannedSemester[];
  /** The semester in which the last requirement is met. */
  readonly completes: SemesterId;
  /** Most evenings a week in any semester of the plan. */
  readonly peakEvenings: number;
  /** Evenings a week added over the semesters: the plan's total weekly load. */
  readonly totalEvenings: number;
  readonly authorizations: readonly AuthorizationStep[];
  readonly assumptions: readonly Assumption[];
  readonly whyNotFaster: readonly CriticalReason[];
  /** False only when the search stopped at its budget before proving the plan optimal. */
  readonly proven: boolean;
}

/** The diploma's requirement that cannot be met, with the units that cannot be planned and why. */
export interface BlockedRequirement {
  readonly id: string;
  readonly label: string;
  readonly units: readonly { readonly code: string; readonly title: string; readonly block: UnitBlock }[];
}

/** The constraints contradict one another: there is nothing to plan with. */
export type ConstraintConflict =
  | { readonly kind: "no-modality" }
  | { readonly kind: "no-evening-no-distance" }
  | { readonly kind: "every-day-unavailable" }
  | { readonly kind: "zero-ects" }
  | { readonly kind: "zero-units" }
  | { readonly kind: "first-semester"; readonly semester: string };

export type PlanningResult =
  | { readonly outcome: "unknown-diploma"; readonly code: string; readonly suggestions: readonly string[] }
  | { readonly outcome: "invalid-constraints"; readonly conflicts: readonly ConstraintConflict[] }
  | { readonly outcome: "complete"; readonly diploma: Plan["diploma"] }
  | { readonly outcome: "plan"; readonly plan: Plan }
  /** The search ran out of budget before finding any plan: an advisor plans with the learner. */
  | { readonly outcome: "too-complex"; readonly diploma: Plan["diploma"] }
  | {
      readonly outcome: "infeasible";
      readonly diploma: Plan["diploma"];
      readonly blocked: readonly BlockedRequirement[];
      /** Single changes to the constraints that make a plan possible, shortest first. */
      readonly relaxations: readonly Relaxation[];
    };
