import type { TurnContext } from "botbuilder";
import type { Dialog, DialogTurnResult, WaterfallStepContext } from "botbuilder-dialogs";
import type { Language } from "../domain/language/language";
import type { Intent, Understood } from "../domain/understanding/understanding";
import type { AdvisorServices } from "./advisor-services";
import type { ConversationData, Offer } from "./conversation-data";

export type { Offer, OfferedJob } from "./conversation-data";

export type IntentKind = Intent["kind"];
export type IntentOf<K extends IntentKind> = Extract<Intent, { kind: K }>;

/**
 * How a job ended, returned by the job and recorded by the router once the job has run (the
 * deflection rate advisors read counts only what was really answered):
 * - `answered`: the learner got an answer they may vote on (an entry id or the job's name);
 * - `unanswered`: suggestions or an honest "I do not know": the question is kept, redacted, for the report;
 * - `handed-off`: the question went to an advisor;
 * - `cancelled`: the learner dropped it;
 * - `none`: there was no question to count (a greeting, thanks, help, a refusal, a vote).
 */
export type JobOutcome =
  | { kind: "answered"; answerId: string }
  | { kind: "unanswered"; question: string; suggested: string[] }
  | { kind: "handed-off"; requestId: string }
  | { kind: "cancelled" }
  | { kind: "none" };

export const NO_OUTCOME: JobOutcome = { kind: "none" };

/** Everything a job gets for one turn: the message as understood once, the reply language, the services. */
export interface JobTurn<I extends Intent = Intent> {
  context: TurnContext;
  language: Language;
  intent: I;
  understood: Understood;
  /** The message as the learner sent it (a button's text included). */
  text: string;
  services: AdvisorServices;
  /** The conversation's remembered data (language, last answer for votes…), saved at the end of the turn. */
  conversation: ConversationData;
  /** The registry: help lists what every job does. */
  jobs: readonly Job[];
  /** The offer the previous reply made, if any (the conversation's own is cleared for this turn). */
  pendingOffer?: Offer;
  /** The message's other questions, when it asks several: answered after this one, in order. */
  followUps?: Understood[];
}

/**
 * What a job's intent does when it arrives while another job waits for the learner's answer:
 * - `input`: it is the answer to that prompt (the default: "oui", a semester, a grade…);
 * - `reply-and-resume`: answer it, then ask the pending question again (help, language switch);
 * - `new-topic`: drop the pending job and start this one (a new question).
 * Cancel is the router's own: it drops everything, whatever is pending.
 */
export type AtPrompt = "input" | "reply-and-resume" | "new-topic";

interface JobBase {
  /** Its folder's name; also its dialog id and, for answers from rules, the answer id its votes refer to. */
  name: string;
  /** The intents it handles, each with what it does at another job's prompt. */
  handles: Partial<Record<IntentKind, AtPrompt>>;
  /** Its name in the advisors' report, French first. */
  label: Record<Language, string>;
  /** Its line in the help text, with an example; none for jobs nobody asks for by name. */
  help?: Record<Language, string>;
  /** While it waits for an answer, new questions are its input (the learner is writing for an advisor). */
  capturesInput?: boolean;
  /**
   * It shows or sends what is the learner's own (their record, or a request to an advisor with their
   * contact): refused where others read the replies (a Teams channel or group chat), with a link to
   * the personal chat, where it runs.
   */
  usesRecord?: boolean;
  /**
   * Whether the message answers the job's pending prompt (`promptId`: the prompt's dialog id): then it
   * is the answer, whatever else it could mean (« au second semestre » is a semester there, not a
   * question about semesters).
   */
  accepts?(promptId: string, turn: JobTurn): boolean;
  /**
   * After its answer or its question, a message that refines it (« 2 soirs par semaine », « j'ai validé
   * UTC501 », « la licence »; offered as `Offer.refine`): the options to run it again with, or
   * undefined for another message.
   */
  refine?(turn: JobTurn, options: Record<string, unknown>): Record<string, unknown> | undefined;
  /** A message read as its own intent may refine its answer too (« que des UE de 4 ? » after a budget of hours). */
  refinesItsOwnKind?: true;
  /**
   * A grade said after its answer may refine it ("I did NFA031 but got 8" after a check of NFA032): the grade is answered,
   * then the job runs again with it, when `refine` takes it.
   */
  refinesWithAGrade?: true;
}

/** A job answered in one turn. */
export interface ReplyJob extends JobBase {
  /** `options`: given when the job is started by an offer the learner took up. */
  reply(turn: JobTurn, options?: Record<string, unknown>): Promise<JobOutcome>;
}

/** A job that may ask questions over several turns: a botbuilder dialog that ends with its JobOutcome. */
export interface DialogJob extends JobBase {
  dialog(services: AdvisorServices): Dialog;
  /** The dialog's options from the first turn (slots of the intent). */
  start(turn: JobTurn): object;
  /**
   * When the first turn holds all the job needs, its answer in one reply, without the dialog (so that
   * it may stand beside the message's other questions); undefined when it must ask something first.
   */
  answerAtOnce?(turn: JobTurn): Promise<JobOutcome | undefined>;
}

export type Job = ReplyJob | DialogJob;

export function isDialogJob(job: Job): job is DialogJob {
  return "dialog" in job;
}

/** Ends a job's dialog with its outcome, for the router to record. */
export function endJob(step: WaterfallStepContext, outcome: JobOutcome): Promise<DialogTurnResult> {
  return step.endDialog(outcome);
}

/** Narrows a turn to the intent a job declared it handles (the router only routes those). */
export function intentOf<K extends IntentKind>(turn: JobTurn, ...kinds: K[]): IntentOf<K> {
  if (!(kinds as IntentKind[]).includes(turn.intent.kind)) throw new Error(`job got intent ${turn.intent.kind}, expected ${kinds.join(" or ")}`);
  return turn.intent as IntentOf<K>;
}
