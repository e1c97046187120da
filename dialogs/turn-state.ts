import type { TurnContext } from "botbuilder";
import { DEFAULT_LANGUAGE, type Language } from "../domain/language/language";
import type { Understood } from "../domain/understanding/understanding";

const LANGUAGE_KEY = Symbol("ue-advisor.language");
const UNDERSTOOD_KEY = Symbol("ue-advisor.understood");

/** The language of this turn's replies, decided once at the start of the turn by the bot. */
export function languageOf(context: TurnContext): Language {
  return (context.turnState.get(LANGUAGE_KEY) as Language | undefined) ?? DEFAULT_LANGUAGE;
}

export function setTurnLanguage(context: TurnContext, language: Language): void {
  context.turnState.set(LANGUAGE_KEY, language);
}

/** What this turn's message means, understood once by the bot before any dialog runs. */
export function understoodOf(context: TurnContext): Understood | undefined {
  return context.turnState.get(UNDERSTOOD_KEY) as Understood | undefined;
}

export function setUnderstood(context: TurnContext, understood: Understood): void {
  context.turnState.set(UNDERSTOOD_KEY, understood);
}

const ANSWERED_KEY = Symbol("ue-advisor.answered");

/** Marks this turn as answering something the learner may vote on ("utile / pas utile"). */
export function setAnswered(context: TurnContext, answerId: string): void {
  context.turnState.set(ANSWERED_KEY, answerId);
}

export function answeredOf(context: TurnContext): string | undefined {
  return context.turnState.get(ANSWERED_KEY) as string | undefined;
}

const UNANSWERED_KEY = Symbol("ue-advisor.unanswered");

/** Marks this turn as a question the assistant could not answer (suggestions or "I do not know"). */
export function setUnanswered(context: TurnContext): void {
  context.turnState.set(UNANSWERED_KEY, true);
}

export function unansweredOf(context: TurnContext): boolean {
  return context.turnState.get(UNANSWERED_KEY) === true;
}

/** How the learner's previous question ended, remembered by the conversation (for handoff origins). */
export type PreviousQuestion = { outcome: "answered"; answerId: string } | { outcome: "unanswered" };

const PREVIOUS_QUESTION_KEY = Symbol("ue-advisor.previous-question");

export function setPreviousQuestion(context: TurnContext, previous: PreviousQuestion | undefined): void {
  context.turnState.set(PREVIOUS_QUESTION_KEY, previous);
}

export function previousQuestionOf(context: TurnContext): PreviousQuestion | undefined {
  return context.turnState.get(PREVIOUS_QUESTION_KEY) as PreviousQuestion | undefined;
}
