import { gradeEarnsCredits } from "../../domain/eligibility/grade.rule";
import { commonWording } from "../common/common.wording";
import { feedbackActions, message } from "../common/replies";
import { intentOf, type ReplyJob } from "../job";
import type { Intent } from "../../domain/understanding/understanding";
import { describeGradeOutcome, gradeWording } from "./grade.wording";

type GradeIntent = Extract<Intent, { kind: "grade" }>;

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
    const intent: GradeIntent = typeof options?.grade === "number" ? { kind: "grade", grade: options.grade, outOf: 20, codes: [] } : intentOf(turn, "grade");
    const session = intent.session;
    const catalog = await turn.services.catalog();
    const unitContext = (code: string) => {
      const unit = catalog.units.get(code);
      return { ...(unit ? { unit: { code: unit.code, ects: unit.ects } } : {}), ...(session ? { session } : {}) };
    };
    // « 8 en UTC501 et 14 en UTC504 » : each unit with its own grade, one line each.
    const lines = intent.graded?.length
      ? intent.graded.map(({ code, grade }) => `**${code}**${commonWording[turn.language].colon}${describeGradeOutcome(gradeEarnsCredits(grade, unitContext(code)), turn.language)}`)
      : [describeGradeOutcome(gradeEarnsCredits(intent.grade, intent.codes.map(unitContext).find((c) => c.unit) ?? unitContext("")), turn.language)];
    // « Can I retake it to improve? »: the no comes first; « Oui » would read as a yes to that.
    if (intent.improve) lines.splice(0, lines.length, gradeWording[turn.language].noResitToImprove, ...lines.map((line) => line.replace(/^(Oui|Yes),? /, "").replace(/^./, (c) => c.toUpperCase())));
    await turn.context.sendActivity(message(lines.join("\n\n"), feedbackActions(turn.language)));
    return { kind: "answered", answerId: "grade" };
  },
};
