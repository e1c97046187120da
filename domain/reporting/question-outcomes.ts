import type { AnsweredQuestion, HandoffRequest, UnansweredQuestion } from "../events/events.schema";

/**
 * A learner who says nothing more in the conversation within this time after « je ne sais pas » or
 * suggestions has left: they abandoned the question. Someone who comes back later starts afresh.
 */
export const ABANDON_AFTER_MS = 30 * 60_000;

/** How the period's questions ended. Rates are shares of `questions`, undefined when there was none. */
export interface QuestionOutcomes {
  /** answered + unanswered + direct advisor requests, as in the deflection rate. */
  questions: number;
  /** The assistant gave an answer (a content entry or a rule). */
  answered: number;
  answeredRate?: number;
  /** The question ended with a request for an advisor (after an answer, after no answer, or directly). */
  escalated: number;
  escalatedRate?: number;
  /**
   * Suggestions or « je ne sais pas », then nothing more from the learner in that conversation within
   * {@link ABANDON_AFTER_MS}: no other question, no pick among the suggestions, no advisor request.
   */
  abandoned: number;
  abandonedRate?: number;
  /**
   * Unanswered questions that cannot be told abandoned or not: recorded without a conversation key
   * (before keys were recorded, or outside a turn), or too recent to know. Not counted as abandoned.
   */
  undetermined: number;
}

/** Who said what in which conversation: the keys infra computed for handoff requests (they keep the raw id). */
export type ConversationOfHandoff = (request: HandoffRequest) => string | undefined;

/**
 * The answered, escalated and abandoned rates of a set of questions.
 *
 * Rule (issue « Close the advisor loop »): a question is abandoned when the learner leaves right after
 * suggestions or « je ne sais pas ». « Leaves » is read on the conversation key the question events
 * carry: nothing else is recorded in the same conversation (a question, an answer, an advisor
 * request) within {@link ABANDON_AFTER_MS} of the unanswered question. `followUps` are all the
 * events that could follow, including those outside the period (a question asked at 23:59 on Sunday
 * may be followed on Monday). An unanswered question younger than that window at `now` is
 * undetermined, as is one without a key.
 */
export function questionOutcomes(
  events: { answered: readonly AnsweredQuestion[]; unanswered: readonly UnansweredQuestion[]; handoffs: readonly HandoffRequest[] },
  followUps: { answered: readonly AnsweredQuestion[]; unanswered: readonly UnansweredQuestion[]; handoffs: readonly HandoffRequest[] },
  options: { conversationOfHandoff?: ConversationOfHandoff; now?: Date } = {},
): QuestionOutcomes {
  const directHandoffs = events.handoffs.filter((request) => request.origin === undefined || request.origin === "direct").length;
  const questions = events.answered.length + events.unanswered.length + directHandoffs;

  const later = new Map<string, number[]>();
  const note = (conversation: string | undefined, at: string) => {
    if (!conversation) return;
    const times = later.get(conversation) ?? [];
    times.push(Date.parse(at));
    later.set(conversation, times);
  };
  for (const event of followUps.answered) note(event.conversation, event.at);
  for (const event of followUps.unanswered) note(event.conversation, event.at);
  for (const request of followUps.handoffs) note(options.conversationOfHandoff?.(request), request.createdAt);

  let abandoned = 0;
  let undetermined = 0;
  const now = options.now?.getTime();
  for (const question of events.unanswered) {
    const at = Date.parse(question.at);
    if (!question.conversation || (now !== undefined && now - at < ABANDON_AFTER_MS)) {
      undetermined++;
      continue;
    }
    const followed = (later.get(question.conversation) ?? []).some((time) => time > at && time - at <= ABANDON_AFTER_MS);
    if (!followed) abandoned++;
  }

  const escalated = events.handoffs.length;
  const outcomes: QuestionOutcomes = { questions, answered: events.answered.length, escalated, abandoned, undetermined };
  if (questions > 0) {
    outcomes.answeredRate = outcomes.answered / questions;
    outcomes.escalatedRate = escalated / questions;
    outcomes.abandonedRate = abandoned / questions;
  }
  return outcomes;
}

/** How long learners waited for an advisor's answer, in milliseconds. */
export interface AnswerTimes {
  /** Requests whose answer was given in the period. */
  count: number;
  medianMs?: number;
  p90Ms?: number;
}

/**
 * Time to an advisor's answer: from the request (`createdAt`) to the advisor's answer (`answer.at`),
 * over the requests answered in the period. Median and 90th percentile by nearest rank (a value
 * some request actually waited, never an interpolation between two).
 */
export function answerTimes(handoffs: readonly HandoffRequest[], answeredIn: (at: string) => boolean): AnswerTimes {
  const waits = handoffs
    .filter((request) => request.answer !== undefined && answeredIn(request.answer.at))
    .map((request) => Math.max(0, Date.parse(request.answer!.at) - Date.parse(request.createdAt)))
    .sort((a, b) => a - b);
  if (waits.length === 0) return { count: 0 };
  return { count: waits.length, medianMs: nearestRank(waits, 0.5), p90Ms: nearestRank(waits, 0.9) };
}

/** The p-th quantile of sorted values by nearest rank: the smallest value with at least p of them at or below it. */
export function nearestRank(sorted: readonly number[], p: number): number {
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] as number;
}

/** Age buckets of the requests waiting for an advisor, youngest first. */
export const AGE_BUCKETS = ["under-1d", "1-3d", "3-7d", "over-7d"] as const;
export type AgeBucket = (typeof AGE_BUCKETS)[number];

export interface OpenByAge {
  /** Requests no advisor answered yet (status open), per age. */
  buckets: Record<AgeBucket, number>;
  /** Answered, but the answer did not reach the learner (delivery failed): to handle too. */
  undelivered: number;
}

/** The backlog by age at `now`: under a day, 1 to 3 days, 3 to 7 days, over a week. */
export function openByAge(handoffs: readonly HandoffRequest[], now: Date): OpenByAge {
  const buckets: Record<AgeBucket, number> = { "under-1d": 0, "1-3d": 0, "3-7d": 0, "over-7d": 0 };
  const day = 86_400_000;
  for (const request of handoffs) {
    if (request.status !== "open") continue;
    const age = now.getTime() - Date.parse(request.createdAt);
    buckets[age < day ? "under-1d" : age < 3 * day ? "1-3d" : age < 7 * day ? "3-7d" : "over-7d"]++;
  }
  const undelivered = handoffs.filter((request) => request.status === "answered" && request.delivery?.status === "failed").length;
  return { buckets, undelivered };
}
