import { gradeEarnsCredits } from "../../domain/eligibility/grade.rule";
import { commonWording } from "../common/common.wording";
import { feedbackActions, message } from "../common/replies";
import { intentOf, type ReplyJob } from "../job";
import { describeGradeOutcome } from "./grade.wording";

/** "9,5/20, ai-je mes crédits ?": credits from 10/20, session 2 otherwise; the unit's ECTS when one is named. */
export const gradeJob: ReplyJob = {
  name: "grade",
  handles: { grade: "new-topic" },
  label: { fr: "Note et crédits (règle)", en: "Grade and credits (rule)" },
  help: {
    fr: "dire si une note valide les crédits (« 9,5/20, ai-je mes crédits ? »)",
    en: 'tell whether a grade earns the credits ("I got 9.5/20, do I get the credits?")',
  },
  async reply(turn, options) {
    // « Dites-moi votre note » then « 11 »: the grade comes with the offer the answer made.
    const intent = typeof options?.grade === "number" ? { kind: "grade" as const, grade: options.grade, outOf: 20 as const, codes: [] } : intentOf(turn, "grade");
    const catalog = await turn.services.catalog();
    const unitContext = (code: string) => {
      const unit = catalog.units.get(code);
      return unit ? { unit: { code: unit.code, ects: unit.ects } } : {};
    };
    // « 8 en UTC501 et 14 en UTC504 » : each unit with its own grade, one line each.
    const lines = intent.graded?.length
      ? intent.graded.map(({ code, grade }) => `**${code}**${commonWording[turn.language].colon}${describeGradeOutcome(gradeEarnsCredits(grade, unitContext(code)), turn.language)}`)
      : [describeGradeOutcome(gradeEarnsCredits(intent.grade, intent.codes.map(unitContext).find((c) => c.unit) ?? {}), turn.language)];
    await turn.context.sendActivity(message(lines.join("\n\n"), feedbackActions(turn.language)));
    return { kind: "answered", answerId: "grade" };
  },
};
