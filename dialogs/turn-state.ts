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
