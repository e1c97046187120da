import { z } from "zod/v4";
import { diplomaCodeSchema, unitCodeSchema } from "../catalog/unit.schema";
import { semesterIdSchema } from "../semester/semester";

/** Grades are out of 20; a unit's credits are earned from 10/20 (see grade.rule.ts). */
export const gradeSchema = z.number().min(0, { message: "a grade is between 0 and 20" }).max(20, { message: "a grade is between 0 and 20" });

export const learnerIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, { message: 'expected a lower-case id of letters, digits and dashes, like "demo-01"' });

export const registrationSchema = z.strictObject({ diploma: diplomaCodeSchema, since: semesterIdSchema });

export const enrolmentSchema = z.strictObject({
  unit: unitCodeSchema,
  semester: semesterIdSchema,
  /** The offering followed, when the unit has several that term (evening and FOAD, say). */
  offering: z.string().min(1).optional(),
});

export const resultSchema = z.strictObject({
  unit: unitCodeSchema,
  semester: semesterIdSchema,
  /** Two exam sessions a semester; session 2 is for those absent or below 10/20 at session 1. */
  session: z.literal([1, 2]),
  grade: gradeSchema,
});

export const authorizationSchema = z.strictObject({ unit: unitCodeSchema, semester: semesterIdSchema });

export const experienceSchema = z
  .strictObject({
    /** Years of professional experience, all fields. */
    years: z.number().min(0).max(60),
    /** Of which in the field of the diploma. */
    yearsInField: z.number().min(0).max(60),
  })
  .refine((experience) => experience.yearsInField <= experience.years, {
    message: "yearsInField cannot exceed years",
    path: ["yearsInField"],
  });

export const learnerSchema = z
  .strictObject({
    id: learnerIdSchema,
    name: z.strictObject({ given: z.string().min(1), family: z.string().min(1) }),
    email: z.email().optional(),
    /**
     * The learner's Microsoft 365 account at the university, as Teams presents it after the Bot
     * Framework token check (tenant id and AAD object id): how the assistant recognizes them in Teams.
     */
    teams: z.strictObject({ tenantId: z.uuid(), objectId: z.uuid() }).optional(),
    experience: experienceSchema.default({ years: 0, yearsInField: 0 }),
    registrations: z.array(registrationSchema).default([]),
    enrolments: z.array(enrolmentSchema).default([]),
    results: z.array(resultSchema).default([]),
    authorizations: z.array(authorizationSchema).default([]),
    /** Fictional learner shipped as demo data. */
    sample: z.boolean().default(false),
  })
  .superRefine((learner, ctx) => {
    const seen = new Set<string>();
    learner.enrolments.forEach((enrolment, i) => {
      const key = `${enrolment.unit} ${enrolment.semester}`;
      if (seen.has(key)) ctx.addIssue({ code: "custom", path: ["enrolments", i], message: `enrolled twice in ${enrolment.unit} in ${enrolment.semester}` });
      seen.add(key);
    });
    const results = new Set<string>();
    learner.results.forEach((result, i) => {
      const key = `${result.unit} ${result.semester} ${result.session}`;
      if (results.has(key)) ctx.addIssue({ code: "custom", path: ["results", i], message: `two results for ${result.unit}, ${result.semester}, session ${result.session}` });
      results.add(key);
    });
    const diplomas = new Set<string>();
    learner.registrations.forEach((registration, i) => {
      if (diplomas.has(registration.diploma)) ctx.addIssue({ code: "custom", path: ["registrations", i], message: `registered twice in ${registration.diploma}` });
      diplomas.add(registration.diploma);
    });
  });
export type LearnerRecord = z.infer<typeof learnerSchema>;
export type LearnerInput = z.input<typeof learnerSchema>;
export type Enrolment = z.infer<typeof enrolmentSchema>;
export type ExamResult = z.infer<typeof resultSchema>;
