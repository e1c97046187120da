import type { Language } from "../domain/language/language";

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
}
