import type { Language } from "../domain/language/language";

/** A job to start, with its options: what an offer starts when the learner takes it up. */
export interface OfferedJob {
  job: string;
  options: Record<string, unknown>;
}

/**
 * A question the assistant asked at the end of a reply, answered in the next message: « oui » /
 * "sure" starts `accept`; « le deuxième » / "the first one" starts that choice; « non merci » drops
 * it. Anything else is a new message, and the offer is forgotten. What an offer promises is
 * therefore what it starts: a job of the registry, with the question already asked.
 */
export interface Offer {
  accept?: OfferedJob;
  choices?: OfferedJob[];
}

/** How the learner's previous question ended, remembered by the conversation (for handoff origins). */
export type PreviousQuestion = { outcome: "answered"; answerId: string } | { outcome: "unanswered" };

/** What the assistant remembers about one conversation (no grades, no record: those are read when needed). */
export interface ConversationData {
  language: Language;
  /** True once the learner's language has been chosen, by their first message or on request. */
  languageSet: boolean;
  welcomed: boolean;
  /** The last answer given, for the "utile / pas utile" votes. */
  lastAnswer?: string;
  /** How the last question ended, so a handoff request says what preceded it (deflection rate). */
  lastQuestion?: PreviousQuestion;
  /** The question the last reply asked (« voulez-vous que je transmette… ? », "did you mean…"), for one turn. */
  offer?: Offer;
  /**
   * Requests made in this web conversation whose advisor's answer is still to be shown here (at the
   * learner's next message, or when they come back to the page): known without a read per turn.
   */
  awaitingAnswers?: string[];
}
