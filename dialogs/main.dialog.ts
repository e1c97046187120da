import { ComponentDialog, Dialog, DialogTurnStatus, WaterfallDialog, type DialogContext, type DialogTurnResult, type WaterfallStepContext } from "botbuilder-dialogs";
import type { TurnContext } from "botbuilder";
import { redactPersonalData } from "../domain/events/redaction";
import { gradeEarnsCredits } from "../domain/eligibility/grade.rule";
import { describeGradeOutcome } from "../domain/eligibility/eligibility.wording";
import type { Intent } from "../domain/understanding/understanding";
import type { AdvisorServices } from "./advisor-services";
import { abstainReply, answerReply, message, suggestionsReply } from "./answers/answer.replies";
import { answersWording } from "./answers/answers.wording";
import { CREDIT_HOURS_DIALOG, CreditHoursDialog } from "./credit-hours/credit-hours.dialog";
import { ELIGIBILITY_DIALOG, EligibilityDialog, readSemester } from "./eligibility/eligibility.dialog";
import { feedbackActions } from "./feedback/feedback";
import { HANDOFF_DIALOG, HandoffDialog } from "./handoff/handoff.dialog";
import { progressReply } from "./progress/progress.reply";
import { languageOf, setAnswered, setUnanswered, understoodOf } from "./turn-state";
import { unitInfoReply } from "./unit-info/unit-info.reply";
import { helpReply, greetingReply } from "./welcome/welcome.replies";

export const MAIN_DIALOG = "main";
const ROUTE = "main.route";

/** Intents that start a new topic when the learner asks them in the middle of a prompt. */
const NEW_TOPIC: ReadonlySet<Intent["kind"]> = new Set(["answer", "progress", "grade", "eligibility", "credit-hours"]);

/**
 * The router: one understanding per turn (made by the bot) decides which job runs. Help, cancel,
 * the advisor and a language switch interrupt any prompt; a new question asked at a prompt starts
 * that question instead, except while the learner is writing their question for an advisor.
 */
export class MainDialog extends ComponentDialog {
  constructor(private readonly services: AdvisorServices) {
    super(MAIN_DIALOG);
    this.addDialog(new CreditHoursDialog(services));
    this.addDialog(new EligibilityDialog(services));
    this.addDialog(
      new HandoffDialog({
        events: services.events,
        now: () => services.now(),
        newRequestId: () => services.newHandoffId(),
        notifier: services.advisorsChannel,
        log: (event, fields) => services.log?.(event, fields),
        learnerIdOf: async (context) => (await services.identify(context))?.learnerId,
        responseDays: services.handoffResponseDays,
      }),
    );
    this.addDialog(new WaterfallDialog(ROUTE, [(step) => this.route(step), (step) => step.endDialog(step.result)]));
    this.initialDialogId = ROUTE;
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    return (await this.interrupt(innerDc)) ?? super.onContinueDialog(innerDc);
  }

  private async interrupt(innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
    const context = innerDc.context;
    const intent = understoodOf(context)?.intent;
    if (!intent) return undefined;
    const language = languageOf(context);
    switch (intent.kind) {
      case "help":
        await context.sendActivity(helpReply(language));
        await innerDc.repromptDialog();
        return Dialog.EndOfTurn;
      case "switch-language":
        await context.sendActivity(answersWording[language].languageSwitched);
        await innerDc.repromptDialog();
        return Dialog.EndOfTurn;
      case "cancel":
        await innerDc.cancelAllDialogs();
        await context.sendActivity(answersWording[language].cancelled);
        return { status: DialogTurnStatus.complete };
      case "handoff":
        if (innerDc.activeDialog?.id === HANDOFF_DIALOG) return undefined;
        await innerDc.cancelAllDialogs();
        return innerDc.beginDialog(HANDOFF_DIALOG, {});
      default:
        if (!NEW_TOPIC.has(intent.kind) || innerDc.activeDialog?.id === HANDOFF_DIALOG) return undefined;
        // The learner answered a prompt with another question: answer that one.
        await innerDc.cancelAllDialogs();
        return innerDc.beginDialog(ROUTE);
    }
  }

  private async route(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const context = step.context;
    const understood = understoodOf(context);
    const language = languageOf(context);
    const text = context.activity.text ?? "";
    if (!understood) return step.endDialog();
    const intent = understood.intent;
    switch (intent.kind) {
      case "greeting":
        await context.sendActivity(greetingReply(language));
        return step.endDialog();
      case "thanks":
        await context.sendActivity(answersWording[language].thanks);
        return step.endDialog();
      case "help":
        await context.sendActivity(helpReply(language));
        return step.endDialog();
      case "cancel":
        await context.sendActivity(answersWording[language].nothingToCancel);
        return step.endDialog();
      case "switch-language":
        await context.sendActivity(answersWording[language].languageSwitched);
        return step.endDialog();
      case "handoff":
        return step.beginDialog(HANDOFF_DIALOG, {});
      case "credit-hours":
        setAnswered(context, "credit-hours");
        return step.beginDialog(CREDIT_HOURS_DIALOG, { ects: intent.ects, hours: intent.hours, codes: intent.codes });
      case "eligibility":
        setAnswered(context, "eligibility");
        return step.beginDialog(ELIGIBILITY_DIALOG, { code: intent.codes[0], semester: readSemester(text, this.services.now()) });
      case "grade": {
        const catalog = await this.services.catalog();
        const unit = intent.codes.map((code) => catalog.units.get(code)).find((u) => u !== undefined);
        const outcome = gradeEarnsCredits(intent.grade, unit ? { unit: { code: unit.code, ects: unit.ects } } : {});
        setAnswered(context, "grade");
        await context.sendActivity(message(describeGradeOutcome(outcome, language), feedbackActions(language)));
        return step.endDialog();
      }
      case "unit":
        setAnswered(context, "unit-info");
        await context.sendActivity(unitInfoReply(intent.codes, await this.services.catalog(), language));
        return step.endDialog();
      case "progress":
        setAnswered(context, "progress");
        await context.sendActivity(await progressReply(context, this.services, intent.diplomaCodes));
        return step.endDialog();
      case "answer":
        setAnswered(context, intent.entryId);
        await context.sendActivity(answerReply(intent.answer, language));
        return step.endDialog();
      case "suggestions":
        await this.recordUnanswered(context, text, language, intent.suggestions.map((s) => s.entryId));
        await context.sendActivity(suggestionsReply(intent.suggestions, language));
        return step.endDialog();
      case "abstain":
        if (intent.reason === "unknown" || intent.reason === "off-topic") await this.recordUnanswered(context, text, language, []);
        await context.sendActivity(abstainReply(intent.reason, language));
        return step.endDialog();
    }
  }

  /** Records a question the assistant could not answer, without anything that identifies the learner. */
  private async recordUnanswered(context: TurnContext, text: string, language: "fr" | "en", suggested: string[]): Promise<void> {
    setUnanswered(context);
    const question = redactPersonalData(text);
    if (!question) return;
    await this.services.events.recordUnanswered({ id: this.services.newId(), at: this.services.now().toISOString(), question, language, suggested });
  }
}
