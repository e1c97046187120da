import type { DiplomaLevel } from "../catalog/diploma.schema";
import type { LearnerRecord } from "../learner/learner.schema";

/**
 * Two ways to validate a professional-experience UA ("UE en cours du soir", unités d'activité):
 * - an experience dossier, presenting the context, the position in the organisation, the activity
 *   and the skills it used, when the learner's experience meets the diploma's requirement;
 * - a professional application project, carried out during an internship, when the experience is
 *   insufficient or outside the diploma's field.
 */
export type UaRouteKind = "experience-dossier" | "application-project";

export interface ExperienceRequirement {
  /** Experience that opens the dossier route. */
  readonly dossier: { readonly years: number; readonly yearsInField: number };
  /** Length of the internship of the project route, where the facts state one. */
  readonly internshipMonths?: { readonly min: number; readonly max: number };
  /** Experience the project route still asks for (titre RNCP: 3 years outside the field). */
  readonly projectYears?: number;
  /** Experience needed to be admitted at all (ingénieur: 2 years at application). */
  readonly admissionYears?: number;
}

/**
 * The facts table (cnam-catalog-facts.md, "Professional experience required"):
 * Bac+2: 2 years. Licence L3 (direct entry): 1 year in the field, or a 6-month internship.
 * Full licence L1-L3: 3 years, 1 of them in the field. Titre RNCP level 6/5: 2 years in the field,
 * or 3 years outside it + a 3-6 month internship. Ingénieur: 2 years at application; 3 years,
 * 2 of them in the speciality, at the thesis defence.
 */
export const EXPERIENCE_REQUIREMENTS: Readonly<Record<DiplomaLevel, ExperienceRequirement>> = {
  "bac+2": { dossier: { years: 2, yearsInField: 0 } },
  "licence-l3": { dossier: { years: 1, yearsInField: 1 }, internshipMonths: { min: 6, max: 6 } },
  licence: { dossier: { years: 3, yearsInField: 1 } },
  "titre-rncp": { dossier: { years: 2, yearsInField: 2 }, internshipMonths: { min: 3, max: 6 }, projectYears: 3 },
  ingenieur: { dossier: { years: 3, yearsInField: 2 }, admissionYears: 2 },
};

export interface UaRoute {
  readonly route: UaRouteKind;
  readonly diploma: string;
  readonly level: DiplomaLevel;
  readonly requirement: ExperienceRequirement;
  readonly experience: LearnerRecord["experience"];
  /** What the learner lacks for the dossier route; absent on that route. */
  readonly shortfall?: { readonly years: number; readonly yearsInField: number };
}

/**
 * Which route a learner takes for a professional-experience UA of a diploma of the given level.
 * Rule: UA route, with the diploma's experience requirement from the facts table.
 */
export function uaRoute(experience: LearnerRecord["experience"], diploma: { code: string; level: DiplomaLevel }): UaRoute {
  const requirement = EXPERIENCE_REQUIREMENTS[diploma.level];
  const base = { diploma: diploma.code, level: diploma.level, requirement, experience };
  const shortfall = dossierShortfall(requirement, experience);
  if (!shortfall) return { route: "experience-dossier", ...base };
  return { route: "application-project", ...base, shortfall };
}

/** What experience lacks for a requirement's dossier route (years, years in the field); undefined when it lacks nothing. */
function dossierShortfall(requirement: ExperienceRequirement, experience: LearnerRecord["experience"]): { years: number; yearsInField: number } | undefined {
  const years = Math.max(0, requirement.dossier.years - experience.years);
  const yearsInField = Math.max(0, requirement.dossier.yearsInField - experience.yearsInField);
  return years === 0 && yearsInField === 0 ? undefined : { years, yearsInField };
}

/** Whether some experience is enough: yes, no, or yes only if it was in the diploma's field (which the learner did not say). */
export type ExperienceFit = "met" | "short" | "if-in-field";

/** A diploma's experience requirement applied to what a learner says of their work (an indicative answer). */
export interface ExperienceFitting {
  readonly requirement: ExperienceRequirement;
  /** For the UA's experience dossier (at the thesis defence for an engineer). */
  readonly dossier: ExperienceFit;
  /** To be admitted at all, where the diploma asks for experience then (ingénieur). */
  readonly admission?: ExperienceFit;
}

/**
 * The requirement of a diploma of this level applied to years of work, those in its field when
 * known. Rule: UA route, with the diploma's experience requirement from the facts table.
 */
export function experienceFit(level: DiplomaLevel, experience: { years: number; yearsInField?: number }): ExperienceFitting {
  const requirement = EXPERIENCE_REQUIREMENTS[level];
  const { years, yearsInField } = experience;
  const inField = yearsInField === undefined ? undefined : dossierShortfall(requirement, { years, yearsInField }) === undefined;
  const dossier: ExperienceFit =
    years < requirement.dossier.years ? "short" : inField === true || requirement.dossier.yearsInField === 0 ? "met" : inField === false ? "short" : "if-in-field";
  const admission: ExperienceFit | undefined = requirement.admissionYears === undefined ? undefined : years >= requirement.admissionYears ? "met" : "short";
  return { requirement, dossier, ...(admission ? { admission } : {}) };
}
