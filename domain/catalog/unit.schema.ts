import { z } from "zod/v4";
import { MODALITIES, offeringSchema, type Modality } from "./timetable";
import { isUnitCode } from "./unit-code";

/**
 * Course units of the Cnam catalog. Three kinds (source: "UE en cours du soir"):
 * - UE, unité d'enseignement: taught, examined, open à la carte;
 * - UA, unité d'activité: professional activity (experience dossier, or an application project
 *   during an internship), or a thesis or admission exam in engineering diplomas;
 * - US, unité spécifique: taught only inside a given diploma, open only to its registered learners.
 */
export const UNIT_KINDS = ["UE", "UA", "US"] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const UA_TYPES = ["professional-experience", "thesis", "admission"] as const;
export type UaType = (typeof UA_TYPES)[number];

export const unitCodeSchema = z
  .string()
  .refine(isUnitCode, { message: 'expected a unit code in capitals, like "NFA031" or "UAALOT"' });

export const diplomaCodeSchema = z
  .string()
  .regex(/^[A-Z]{2,4}\d{4,5}[A-Z]?$/, { message: 'expected a diploma code like "LG02501A"' });

export const prerequisitesSchema = z.strictObject({
  /** Every one of these units must be passed (grade ≥ 10/20). */
  allOf: z.array(unitCodeSchema).default([]),
  /** For each group, at least one of its units must be passed. */
  anyOf: z.array(z.array(unitCodeSchema).min(2, { message: "an any-of group offers at least two units" })).default([]),
  /** Level requirements written as text ("niveau Bac+2 informatique"): shown as advice, never blocking. */
  advice: z.array(z.string().min(1)).default([]),
});
export type Prerequisites = z.infer<typeof prerequisitesSchema>;

export const contactSchema = z.strictObject({
  secretariat: z.string().min(1).optional(),
  email: z.email().optional(),
  url: z.url().optional(),
});

export const exclusionSchema = z.strictObject({
  unit: unitCodeSchema,
  /** The only exclusion the catalog states: never in the same semester (RSX101 and UTC505). */
  scope: z.literal("same-semester"),
  note: z.string().min(1).optional(),
});
export type Exclusion = z.infer<typeof exclusionSchema>;

export const unitSchema = z
  .strictObject({
    code: unitCodeSchema,
    title: z.string().min(1),
    kind: z.enum(UNIT_KINDS),
    ects: z.number().int().min(0).max(60),
    /** What a UA is about; only UAs have one. Only professional-experience UAs have a route (dossier or project). */
    uaType: z.enum(UA_TYPES).optional(),
    department: z.string().min(1).optional(),
    contact: contactSchema.optional(),
    prerequisites: prerequisitesSchema.default({ allOf: [], anyOf: [], advice: [] }),
    /** Advised before the unit ("conseillées"), never required. */
    recommended: z.array(unitCodeSchema).default([]),
    /** Enrolment needs the teacher's signed authorization (unité soumise à autorisation). */
    authorizationRequired: z.boolean().default(false),
    /** Where to download the authorization form of such a unit (an https link), when the catalog has it. */
    authorizationForm: z.url({ protocol: /^https$/ }).optional(),
    /** For a US, the diplomas whose registered learners may take it. */
    diplomas: z.array(diplomaCodeSchema).default([]),
    offerings: z.array(offeringSchema).default([]),
    exclusions: z.array(exclusionSchema).default([]),
    /** True when the record, or part of it, is invented sample data; sampleNote says which part. */
    sample: z.boolean().default(false),
    sampleNote: z.string().min(1).optional(),
  })
  .superRefine((unit, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
    if (unit.kind === "UA" && !unit.uaType) issue(["uaType"], `a UA needs a uaType (${UA_TYPES.join(", ")})`);
    if (unit.kind !== "UA" && unit.uaType) issue(["uaType"], "only a UA has a uaType");
    if (unit.kind === "US" && unit.diplomas.length === 0) issue(["diplomas"], "a US belongs to at least one diploma");
    if (unit.kind === "UE" && unit.diplomas.length > 0) issue(["diplomas"], "a UE is open à la carte: list its diplomas on the diplomas, not here");
    if (unit.kind === "UA" && unit.offerings.length > 0) issue(["offerings"], "a UA has no classes, so no offerings");
    const ids = new Set<string>();
    unit.offerings.forEach((offering, i) => {
      if (ids.has(offering.id)) issue(["offerings", i, "id"], `offering id "${offering.id}" is used twice`);
      ids.add(offering.id);
    });
    const required = [...unit.prerequisites.allOf, ...unit.prerequisites.anyOf.flat()];
    if (required.includes(unit.code)) issue(["prerequisites"], `${unit.code} cannot be its own prerequisite`);
    unit.exclusions.forEach((exclusion, i) => {
      if (exclusion.unit === unit.code) issue(["exclusions", i, "unit"], `${unit.code} cannot exclude itself`);
    });
    if (unit.sampleNote && !unit.sample) issue(["sample"], "a record with a sampleNote is sample data: set sample: true");
    if (unit.authorizationForm && !unit.authorizationRequired) issue(["authorizationForm"], "an authorization form is for a unit that needs one: set authorizationRequired: true");
  });
export type Unit = z.infer<typeof unitSchema>;
export type UnitInput = z.input<typeof unitSchema>;

/** The teaching modalities a unit offers, in catalog order, each once. */
export function unitModalities(unit: Unit): Modality[] {
  const present = new Set(unit.offerings.map((offering) => offering.modality));
  return MODALITIES.filter((modality) => present.has(modality));
}
