import { ActionTypes, CardFactory, type Activity, type CardAction } from "botbuilder";
import type { EligibilityDecision, Severity } from "../../domain/eligibility/eligibility.types";
import type { Language } from "../../domain/language/language";
import { commonWording } from "../common/common.wording";
import { feedbackActions } from "../common/replies";
import { describeCheck, describeDecision, describeNextStep, describeReason, eligibilityWording, statedPrerequisite, type LevelSaid } from "./eligibility.wording";

/** Channels that render Adaptive Cards; the others get the same content as plain text. */
const CARD_CHANNELS = new Set(["msteams", "webchat", "directline", "emulator"]);

export function supportsCards(channelId: string | undefined): boolean {
  return CARD_CHANNELS.has(channelId ?? "");
}

const MARK: Record<Severity, string> = { blocker: "⛔", condition: "⚠️", advice: "ℹ️" };
const MET = "✅";
/** A verdict looks like what it is: yes, yes once a condition is met, no. */
const HEADLINE: Record<EligibilityDecision["outcome"], { mark: string; color: string }> = {
  eligible: { mark: "✅", color: "Good" },
  conditional: { mark: "⚠️", color: "Warning" },
  "not-eligible": { mark: "⛔", color: "Attention" },
  "unknown-unit": { mark: "⛔", color: "Attention" },
};

/** A titled list of lines; a verdict is a headline, then sections in the order a learner reads them. */
interface Section {
  title?: string;
  lines: string[];
}

/**
 * The verdict as sections: what blocks or conditions it comes first, right under the headline; then
 * the rules met with their data (for a yes, they are the « pourquoi »); then advice; then the next
 * steps, the enrolment last and worded as what follows the conditions.
 */
export function verdictSections(decision: EligibilityDecision, language: Language, whatIf = false, level?: LevelSaid, saidNotPassed: readonly string[] = []): { headline: string; sections: Section[] } {
  const w = eligibilityWording[language];
  // A visitor's record is what they said: « que vous ne m'avez pas dit avoir validé », and how to say it was.
  // (Not a prerequisite they said they have not passed: « j'ai jamais fait UTC502 ».)
  const unsaid = new Map(decision.reasons.map((r) => [r, whatIf ? statedPrerequisite(r, language, saidNotPassed) : undefined] as const).filter(([, said]) => said !== undefined));
  const stated = [...unsaid.values()].flatMap((said) => said ?? []);
  const problems = decision.reasons.filter((r) => r.severity !== "advice").map((r) => `${MARK[r.severity]} ${unsaid.get(r)?.line ?? describeReason(r, language)}`);
  const advice = decision.reasons.filter((r) => r.severity === "advice").map((r) => `${MARK.advice} ${describeReason(r, language)}`);
  const met = decision.outcome === "unknown-unit" ? [] : decision.checks.map((c) => `${MET} ${describeCheck(c, language, whatIf)}`);
  // Enrolling once authorized says it all: the plain « inscrivez-vous » after it would read as a yes.
  const steps = decision.nextSteps
    .filter((step) => !(step.step === "enrol" && decision.nextSteps.some((s) => s.step === "enrol-once-authorized")))
    .map((step) => describeNextStep(step, language, decision.outcome));
  steps.unshift(...stated.map((said) => said.step));
  const sections: Section[] =
    decision.outcome === "eligible"
      ? [{ title: w.reasonsTitle, lines: [...met, ...advice] }]
      : [{ lines: problems }, { title: w.metTitle, lines: met }, { title: w.adviceTitle, lines: advice }];
  sections.push({ title: w.nextStepsTitle, lines: steps });
  // Only prerequisites a visitor did not mention stand in the way: « pas avec ce que vous m'avez dit ».
  const blockers = decision.reasons.filter((r) => r.severity === "blocker");
  const onlyUnsaid = decision.outcome === "not-eligible" && blockers.length > 0 && stated.length === blockers.length;
  const said = onlyUnsaid ? w.notWithWhatYouSaid(decision as EligibilityDecision & { outcome: "not-eligible" }) : describeDecision(decision, language, level);
  return { headline: `${headlineOf(decision, level).mark} ${said}`, sections: sections.filter((s) => s.lines.length > 0) };
}

/** A yes by the rules to someone who says they lack the advised level is a warning, not a green light. */
function headlineOf(decision: EligibilityDecision, level: LevelSaid | undefined): { mark: string; color: string } {
  return level === "below" && decision.outcome === "eligible" ? HEADLINE.conditional : HEADLINE[decision.outcome];
}

/** The buttons under a decision: authorization procedure, timetable, advisor. */
export function nextStepTexts(decision: EligibilityDecision, language: Language): string[] {
  const w = eligibilityWording[language];
  const texts: string[] = [];
  if (decision.reasons.some((r) => r.rule === "authorization-required")) texts.push(w.authorizationAction);
  if (decision.outcome !== "unknown-unit") texts.push(w.timetableAction(decision.code));
  texts.push(commonWording[language].advisorAction);
  return texts;
}

/**
 * The decision as text (Markdown): the same facts as the card, for channels without cards, screen
 * readers and notifications. Lists have a blank line before them, or Web Chat runs them into one line.
 */
export function decisionText(decision: EligibilityDecision, language: Language, whatIf: boolean, level?: LevelSaid, saidNotPassed: readonly string[] = []): string {
  const { headline, sections } = verdictSections(decision, language, whatIf, level, saidNotPassed);
  const colon = commonWording[language].colon.trimEnd();
  const blocks = [headline, ...sections.map((s) => [...(s.title ? [`${s.title}${colon}`] : []), s.lines.map((line) => `- ${line}`).join("\n")].join("\n\n"))];
  if (whatIf) blocks.push(eligibilityWording[language].whatIfNote);
  return blocks.join("\n\n");
}

/** The Adaptive Card of a decision (schema 1.5): headline in the verdict's colour, then its sections. */
export function decisionCard(decision: EligibilityDecision, language: Language, whatIf: boolean, level?: LevelSaid, saidNotPassed: readonly string[] = []): Record<string, unknown> {
  const { headline, sections } = verdictSections(decision, language, whatIf, level, saidNotPassed);
  const buttons = nextStepTexts(decision, language);
  return {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: "1.5",
    body: [
      { type: "TextBlock", text: headline, wrap: true, weight: "Bolder", size: "Medium", color: headlineOf(decision, level).color },
      ...sections.flatMap((section) => [
        ...(section.title ? [{ type: "TextBlock", text: section.title, wrap: true, weight: "Bolder", spacing: "Medium" }] : []),
        ...section.lines.map((line) => ({ type: "TextBlock", text: line, wrap: true, spacing: "Small" })),
      ]),
      ...(whatIf ? [{ type: "TextBlock", text: eligibilityWording[language].whatIfNote, wrap: true, isSubtle: true, size: "Small", spacing: "Medium" }] : []),
    ],
    // Submit buttons carry the text to say, so a click reads as if the learner had typed it; Teams
    // needs it as an imBack to show it in the conversation.
    actions: buttons.map((b) => ({ type: "Action.Submit", title: b, data: { text: b, msteams: { type: "imBack", value: b } } })),
  };
}

/**
 * The decision as an Adaptive Card on channels that render them (with the complete text as summary
 * and fallback), else as text; buttons for the next steps either way, votes under it.
 */
export function decisionReply(decision: EligibilityDecision, language: Language, whatIf: boolean, channelId: string | undefined, level?: LevelSaid, saidNotPassed: readonly string[] = []): Partial<Activity> {
  const text = decisionText(decision, language, whatIf, level, saidNotPassed);
  const votes = feedbackActions(language);
  if (!supportsCards(channelId)) {
    const actions: CardAction[] = [...nextStepTexts(decision, language).map((b) => ({ type: ActionTypes.ImBack, title: b, value: b })), ...votes];
    return { type: "message", text, suggestedActions: { actions, to: [] } };
  }
  return {
    type: "message",
    summary: text,
    attachments: [CardFactory.adaptiveCard(decisionCard(decision, language, whatIf, level, saidNotPassed))],
    suggestedActions: { actions: votes, to: [] },
  };
}
