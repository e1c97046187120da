import type { TurnContext } from "botbuilder";
import { DEFAULT_LANGUAGE, type Language } from "../domain/language/language";
import type { PreviousQuestion } from "./conversation-data";
import type { JobOutcome, JobTurn } from "./job";

const TURN_KEY = Symbol("ue-advisor.turn");
const OUTCOME_KEY = Symbol("ue-advisor.outcome");

/** This turn as the bot understood it once, before any dialog ran: what dialogs' steps read. */
export function setJobTurn(context: TurnContext, turn: JobTurn): void {
  context.turnState.set(TURN_KEY, turn);
}

export function jobTurnOf(context: TurnContext): JobTurn | undefined {
  return context.turnState.get(TURN_KEY) as JobTurn | undefined;
}

/** The language of this turn's replies, decided once at the start of the turn by the bot. */
export function languageOf(context: TurnContext): Language {
  return jobTurnOf(context)?.language ?? DEFAULT_LANGUAGE;
}

/** How the learner's previous question ended (for a handoff's origin). */
export function previousQuestionOf(context: TurnContext): PreviousQuestion | undefined {
  return jobTurnOf(context)?.conversation.lastQuestion;
}

/** The outcome of the job that finished in this turn, set by the router for the bot to record. */
export function setOutcome(context: TurnContext, outcome: JobOutcome): void {
  context.turnState.set(OUTCOME_KEY, outcome);
}

export function outcomeOf(context: TurnContext): JobOutcome | undefined {
  return context.turnState.get(OUTCOME_KEY) as JobOutcome | undefined;
}
