import { z } from "zod/v4";
import { diplomaCodeSchema, unitCodeSchema } from "./unit.schema";

/**
 * Diplomas and their structure. The professional-experience requirement of a diploma's UA depends
 * on its level (cnam-catalog-facts.md, "Professional experience required").
 */
export const DIPLOMA_LEVELS = ["bac+2", "licence-l3", "licence", "titre-rncp", "ingenieur"] as const;
export type DiplomaLevel = (typeof DIPLOMA_LEVELS)[number];

const idSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, { message: "expected a short lower-case id (letters, digits, dashes)" });

/** Every unit listed is required. */
export const allRequirementSchema = z.strictObject({
  kind: z.literal("all"),
  id: idSchema,
  label: z.string().min(1),
  units: z.array(unitCodeSchema).min(1),
});

/**
 * A choice: either `pick` units (from distinct groups when `distinctGroups`, as the Licence L3's
 * "three 6-ECTS units from three different groups"), or, without `pick`, enough units of the groups
 * to reach `ects` credits (as an engineering diploma's "36 ECTS of speciality units").
 */
export const choiceRequirementSchema = z.strictObject({
  kind: z.literal("choice"),
  id: idSchema,
  label: z.string().min(1),
  ects: z.number().int().positive(),
  pick: z.number().int().positive().optional(),
  distinctGroups: z.boolean().default(false),
  groups: z
    .array(z.strictObject({ id: idSchema, label: z.string().min(1).optional(), units: z.array(unitCodeSchema).min(1) }))
    .min(1),
});

export const requirementSchema = z.discriminatedUnion("kind", [allRequirementSchema, choiceRequirementSchema]);
export type Requirement = z.infer<typeof requirementSchema>;
export type ChoiceRequirement = z.infer<typeof choiceRequirementSchema>;

export const diplomaSchema = z
  .strictObject({
    code: diplomaCodeSchema,
    title: z.string().min(1),
    level: z.enum(DIPLOMA_LEVELS),
    totalEcts: z.number().int().positive(),
    requirements: z.array(requirementSchema).min(1),
    department: z.string().min(1).optional(),
    note: z.string().min(1).optional(),
    sample: z.boolean().default(false),
    sampleNote: z.string().min(1).optional(),
  })
  .superRefine((diploma, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
    const ids = new Set<string>();
    diploma.requirements.forEach((requirement, i) => {
      if (ids.has(requirement.id)) issue(["requirements", i, "id"], `requirement id "${requirement.id}" is used twice`);
      ids.add(requirement.id);
      if (requirement.kind === "choice") {
        const groupIds = new Set<string>();
        requirement.groups.forEach((group, g) => {
          if (groupIds.has(group.id)) issue(["requirements", i, "groups", g, "id"], `group id "${group.id}" is used twice`);
          groupIds.add(group.id);
        });
        if (requirement.distinctGroups && requirement.pick === undefined) {
          issue(["requirements", i, "pick"], "distinctGroups needs pick: how many units, each from a different group");
        }
        if (requirement.distinctGroups && requirement.pick !== undefined && requirement.pick > requirement.groups.length) {
          issue(["requirements", i, "pick"], `cannot pick ${requirement.pick} units from ${requirement.groups.length} distinct groups`);
        }
      }
    });
    if (diploma.sampleNote && !diploma.sample) issue(["sample"], "a record with a sampleNote is sample data: set sample: true");
  });
export type Diploma = z.infer<typeof diplomaSchema>;
export type DiplomaInput = z.input<typeof diplomaSchema>;

/** Every unit a diploma names, each once, in the order of its requirements. */
export function diplomaUnits(diploma: Diploma): string[] {
  const codes = diploma.requirements.flatMap((requirement) =>
    requirement.kind === "all" ? requirement.units : requirement.groups.flatMap((group) => group.units),
  );
  return [...new Set(codes)];
}
