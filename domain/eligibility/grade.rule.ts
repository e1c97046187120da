/**
 * Grades and credits (Cnam Paris, "Validation and exams"): grades are out of 20; a unit's credits
 * are acquired as soon as the learner obtains a grade equal to or above the average, 10/20, and
 * stay acquired without time limit. Session 2 is for those absent or below 10/20 at session 1,
 * without registering again.
 */
export const MIN_GRADE = 0;
export const MAX_GRADE = 20;
export const PASSING_GRADE = 10;

export type GradeOutcome =
  | {
      readonly outcome: "credits-earned";
      readonly grade: number;
      readonly threshold: typeof PASSING_GRADE;
      /** The unit's credits, when the question named a unit. */
      readonly ects?: number;
      readonly unit?: string;
    }
  | {
      readonly outcome: "credits-not-earned";
      readonly grade: number;
      readonly threshold: typeof PASSING_GRADE;
      /** Points still missing to reach 10/20. */
      readonly missing: number;
      readonly ects?: number;
      readonly unit?: string;
      /** After session 1, session 2 of the same semester; after session 2, the unit is taken again. */
      readonly nextStep: "session-2" | "retake-unit";
    }
  | {
      readonly outcome: "invalid-grade";
      readonly grade: number;
      readonly reason: "out-of-range" | "not-a-number";
      readonly range: { readonly min: typeof MIN_GRADE; readonly max: typeof MAX_GRADE };
    };

/**
 * True for a grade that earns a unit's credits: a number from 10 to 20 inclusive.
 * Anything else, out-of-range values included, is not a pass. Rule: credits from 10/20.
 */
export function isPassingGrade(grade: number): boolean {
  return Number.isFinite(grade) && grade >= PASSING_GRADE && grade <= MAX_GRADE;
}

/**
 * Did grade G earn the credits? A grade outside 0-20 is an error value, not an exception, so the
 * assistant can say the grade cannot be right. Rule: credits from 10/20; session 2 after a failed
 * session 1.
 */
export function gradeEarnsCredits(
  grade: number,
  context: { unit?: { code: string; ects: number }; session?: 1 | 2 } = {},
): GradeOutcome {
  if (Number.isNaN(grade)) return { outcome: "invalid-grade", grade, reason: "not-a-number", range: { min: MIN_GRADE, max: MAX_GRADE } };
  if (grade < MIN_GRADE || grade > MAX_GRADE) {
    return { outcome: "invalid-grade", grade, reason: "out-of-range", range: { min: MIN_GRADE, max: MAX_GRADE } };
  }
  const unit = context.unit ? { unit: context.unit.code, ects: context.unit.ects } : {};
  if (grade >= PASSING_GRADE) return { outcome: "credits-earned", grade, threshold: PASSING_GRADE, ...unit };
  return {
    outcome: "credits-not-earned",
    grade,
    threshold: PASSING_GRADE,
    // Rounded to hundredths: 9.9 → 0.1, not 0.09999999999999964.
    missing: Math.round((PASSING_GRADE - grade) * 100) / 100,
    ...unit,
    nextStep: context.session === 2 ? "retake-unit" : "session-2",
  };
}
