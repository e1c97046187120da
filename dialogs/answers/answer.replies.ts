import { ActionTypes, ActivityTypes, type Activity, type CardAction } from "botbuilder";
import type { LocalizedAnswer } from "../../domain/knowledge/content-entry.schema";
import type { Language } from "../../domain/language/language";
import type { AbstainReason, Suggestion } from "../../domain/understanding/understanding";
import { feedbackActions } from "../feedback/feedback";
import { answersWording } from "./answers.wording";

/** A text message with optional suggested actions (buttons that send their text back). */
export function message(text: string, actions: CardAction[] = []): Partial<Activity> {
  return {
    type: ActivityTypes.Message,
    text,
    ...(actions.length > 0 ? { suggestedActions: { actions, to: [] } } : {}),
  };
}

export function say(text: string): CardAction {
  return { type: ActionTypes.ImBack, title: text, value: text };
}

export function advisorAction(language: Language): CardAction {
  return say(answersWording[language].advisorAction);
}

/** An answer of the knowledge base, with its links and the vote buttons. */
export function answerReply(answer: LocalizedAnswer, language: Language): Partial<Activity> {
  const links = answer.links.length > 0 ? `\n\n${answersWording[language].seeAlso}\n${answer.links.map((l) => `- [${l.label}](${l.url})`).join("\n")}` : "";
  return message(`${answer.text}${links}`, feedbackActions(language));
}

/** "Did you mean…": up to three canonical questions the learner can pick. */
export function suggestionsReply(suggestions: readonly Suggestion[], language: Language): Partial<Activity> {
  const wording = answersWording[language];
  const lines = suggestions.map((s) => `- ${s.question}`).join("\n");
  return message(`${wording.suggestionsIntro}\n${lines}`, [...suggestions.map((s) => say(s.question)), advisorAction(language)]);
}

/** The honest "I do not know" (or "I will not"), always with a way forward. */
export function abstainReply(reason: AbstainReason, language: Language): Partial<Activity> {
  const wording = answersWording[language];
  const actions = reason === "unclear" ? [say(wording.helpAction)] : [advisorAction(language), say(wording.helpAction)];
  return message(wording.abstain[reason], actions);
}
