import { ActionTypes, CardFactory, type Activity, type CardAction } from "botbuilder";
import type { EligibilityDecision, Severity } from "../../domain/eligibility/eligibility.types";
import type { Language } from "../../domain/language/language";
import { commonWording } from "../common/common.wording";
import { feedbackActions } from "../common/replies";
import { describeDecision, describeNextStep, describeReason, eligibilityWording } from "./eligibility.wording";

/** Channels that render Adaptive Cards; the others get the same content as plain text. */
const CARD_CHANNELS = new Set(["msteams", "webchat", "directline", "emulator"]);

export function supportsCards(channelId: string | undefined): boolean {
  return CARD_CHANNELS.has(channelId ?? "");
}

const MARK: Record<Severity, string> = { blocker: "⛔", condition: "⚠️", advice: "ℹ️" };
const COLOR: Record<EligibilityDecision["outcome"], string> = {
  eligible: "Good",
  conditional: "Warning",
  "not-eligible": "Attention",
  "unknown-unit": "Attention",
};

/** The buttons under a decision: authorization procedure, timetable, advisor. */
export function nextStepTexts(decision: EligibilityDecision, language: Language): string[] {
  const w = eligibilityWording[language];
  const texts: string[] = [];
  if (decision.reasons.some((r) => r.rule === "authorization-required")) texts.push(w.authorizationAction);
  if (decision.outcome !== "unknown-unit") texts.push(w.timetableAction(decision.code));
  texts.push(commonWording[language].advisorAction);
  return texts;
}

/** The decision as plain text: headline, every reason, every next step. */
export function decisionText(decision: EligibilityDecision, language: Language, whatIf: boolean): string {
  const w = eligibilityWording[language];
  const lines = [describeDecision(decision, language)];
  lines.push(...decision.reasons.map((r) => `${MARK[r.severity]} ${describeReason(r, language)}`));
  if (decision.nextSteps.length) lines.push(`${w.nextStepsTitle}${commonWording[language].colon.trimEnd()}`, ...decision.nextSteps.map((s) => `→ ${describeNextStep(s, language)}`));
  if (whatIf) lines.push(w.whatIfNote);
  return lines.join("\n");
}

/**
 * The decision as an Adaptive Card on channels that render them (with the plain text as summary),
 * else as text; buttons for the next steps either way, votes under it.
 */
export function decisionReply(decision: EligibilityDecision, language: Language, whatIf: boolean, channelId: string | undefined): Partial<Activity> {
  const w = eligibilityWording[language];
  const text = decisionText(decision, language, whatIf);
  const buttons = nextStepTexts(decision, language);
  const votes = feedbackActions(language);
  if (!supportsCards(channelId)) {
    const actions: CardAction[] = [...buttons.map((b) => ({ type: ActionTypes.ImBack, title: b, value: b })), ...votes];
    return { type: "message", text, suggestedActions: { actions, to: [] } };
  }
  const card = {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: "1.5",
    lang: language,
    body: [
      { type: "TextBlock", text: describeDecision(decision, language), wrap: true, weight: "Bolder", size: "Medium", color: COLOR[decision.outcome] },
      ...(decision.reasons.length
        ? [
            { type: "TextBlock", text: w.reasonsTitle, wrap: true, weight: "Bolder", spacing: "Medium" },
            ...decision.reasons.map((r) => ({ type: "TextBlock", text: `${MARK[r.severity]} ${describeReason(r, language)}`, wrap: true, spacing: "Small" })),
          ]
        : []),
      ...(decision.nextSteps.length
        ? [
            { type: "TextBlock", text: w.nextStepsTitle, wrap: true, weight: "Bolder", spacing: "Medium" },
            ...decision.nextSteps.map((s) => ({ type: "TextBlock", text: `→ ${describeNextStep(s, language)}`, wrap: true, spacing: "Small" })),
          ]
        : []),
      ...(whatIf ? [{ type: "TextBlock", text: w.whatIfNote, wrap: true, isSubtle: true, size: "Small", spacing: "Medium" }] : []),
    ],
    // Submit buttons carry the text to say, so a click reads as if the learner had typed it; Teams
    // needs it as an imBack to show it in the conversation.
    actions: buttons.map((b) => ({ type: "Action.Submit", title: b, data: { text: b, msteams: { type: "imBack", value: b } } })),
  };
  return {
    type: "message",
    summary: text,
    attachments: [CardFactory.adaptiveCard(card)],
    suggestedActions: { actions: votes, to: [] },
  };
}
