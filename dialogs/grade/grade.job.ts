import { gradeEarnsCredits } from "../../domain/eligibility/grade.rule";
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
  async reply(turn) {
    const intent = intentOf(turn, "grade");
    const catalog = await turn.services.catalog();
    const unit = intent.codes.map((code) => catalog.units.get(code)).find((u) => u !== undefined);
    const outcome = gradeEarnsCredits(intent.grade, unit ? { unit: { code: unit.code, ects: unit.ects } } : {});
    await turn.context.sendActivity(message(describeGradeOutcome(outcome, turn.language), feedbackActions(turn.language)));
    return { kind: "answered", answerId: "grade" };
  },
};
