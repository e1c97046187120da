import type { AnsweredQuestion, Feedback, HandoffRequest, UnansweredQuestion } from "../events/events.schema";
import type { ContentEntry } from "../knowledge/content-entry.schema";
import { isoWeekOf, weeksBetween } from "./iso-week";
import { groupsNearAnswers, type NearAnswerGroup } from "./near-answers";
import { groupSimilarQuestions, type QuestionGroup, type QuestionTerms } from "./question-groups";
import { answerTimes, openByAge, questionOutcomes, type AnswerTimes, type ConversationOfHandoff, type OpenByAge, type QuestionOutcomes } from "./question-outcomes";

/** What the report is computed from: the recorded events of the period (handoffs: created or closed in it). */
export interface ReportEvents {
  answered: readonly AnsweredQuestion[];
  unanswered: readonly UnansweredQuestion[];
  feedback: readonly Feedback[];
  handoffs: readonly HandoffRequest[];
}

/**
 * The deflection figures of a period. See `deflection` for the definition.
 */
export interface Deflection {
  /** Questions the assistant answered (one `answered` event per question turn). */
  answered: number;
  /** Questions it could not answer: suggestions offered or "I do not know" (unanswered events). */
  unanswered: number;
  /** Handoff requests with no question to the assistant before them (origin `direct`, or unknown). */
  directHandoffs: number;
  /** Handoff requests made right after an answer: that answer did not settle the question. */
  handoffsAfterAnswer: number;
  /** Handoff requests made right after an unanswered question (already counted in `unanswered`). */
  handoffsAfterUnanswered: number;
  /** answered + unanswered + directHandoffs. */
  questions: number;
  /** answered − handoffsAfterAnswer (never below 0). */
  deflected: number;
  /** deflected / questions, from 0 to 1; undefined when there was no question. */
  rate?: number;
}

/** Votes on one answer (a content entry id or a feature name). */
export interface AnswerFeedback {
  answerId: string;
  useful: number;
  notUseful: number;
}

export interface HandoffCounts {
  /** Requests created in the period. */
  opened: number;
  /** Requests closed in the period, whenever they were created. */
  closed: number;
  /** Requests created in the period and still open now. */
  stillOpen: number;
}

export interface WeekReport extends Deflection {
  /** "2026-W48". */
  week: string;
  /** The week's Monday, Paris time, "2026-11-23". */
  monday: string;
  feedback: AnswerFeedback[];
  unansweredGroups: QuestionGroup[];
  handoffs: HandoffCounts;
  /** Answered, escalated and abandoned rates. */
  outcomes: QuestionOutcomes;
  /** Time to an advisor's answer, over the requests answered this week. */
  answerTimes: AnswerTimes;
}

export interface AdvisorReport {
  /** Every ISO week of the period, oldest first, empty ones included (charts need the zeros). */
  weeks: WeekReport[];
  /** The whole period. */
  total: Deflection & { feedback: AnswerFeedback[]; unansweredGroups: QuestionGroup[]; handoffs: HandoffCounts; outcomes: QuestionOutcomes; answerTimes: AnswerTimes };
  /** Requests still open now, oldest first (the inbox's backlog), whenever they were created. */
  openHandoffs: HandoffRequest[];
  /** The backlog by age, at the report's `now` (absent without one). */
  openByAge?: OpenByAge;
  /** Groups of the period's unanswered questions close to an existing answer (empty without the entries). */
  nearAnswers: NearAnswerGroup[];
}

export interface AdvisorReportOptions {
  terms?: QuestionTerms;
  /** When the report is made: ages of open requests, and questions too recent to call abandoned. */
  now?: Date;
  /** The published answers, to find the unanswered questions close to one of them. */
  entries?: readonly ContentEntry[];
  /** The conversation key of a request (infra hashes its channel and conversation id like the question events'). */
  conversationOfHandoff?: ConversationOfHandoff;
}

/**
 * The deflection rate: the share of learners' questions the assistant settled without an advisor.
 *
 *     questions = answered + unanswered + direct handoff requests
 *     deflected = answered − handoff requests made right after an answer
 *     rate      = deflected / questions
 *
 * A question is one learner turn the assistant treats as a question: it answers it (an `answered`
 * event: a content answer or a rule-based one — credit hours, eligibility, grade, unit, progress)
 * or it cannot (an `unanswered` event: suggestions or "I do not know"). A request for an advisor
 * made right after an answer means that answer did not deflect the question; one made right after
 * an unanswered question is that same question (counted once, as unanswered); one made before
 * asking anything is a question of its own, not deflected. Requests recorded before origins were
 * recorded count as direct. Greetings, thanks, help, votes and answers to the assistant's prompts are
 * not questions. Each event counts in the week it was recorded.
 */
export function deflection(events: Pick<ReportEvents, "answered" | "unanswered" | "handoffs">): Deflection {
  const answered = events.answered.length;
  const unanswered = events.unanswered.length;
  let directHandoffs = 0;
  let handoffsAfterAnswer = 0;
  let handoffsAfterUnanswered = 0;
  for (const request of events.handoffs) {
    if (request.origin === "after-answer") handoffsAfterAnswer++;
    else if (request.origin === "after-unanswered") handoffsAfterUnanswered++;
    else directHandoffs++;
  }
  const questions = answered + unanswered + directHandoffs;
  const deflected = Math.max(0, answered - handoffsAfterAnswer);
  return {
    answered,
    unanswered,
    directHandoffs,
    handoffsAfterAnswer,
    handoffsAfterUnanswered,
    questions,
    deflected,
    ...(questions > 0 ? { rate: deflected / questions } : {}),
  };
}

/** Useful / not useful votes per answer, the most voted first (then the least liked). */
export function feedbackPerAnswer(votes: readonly Feedback[]): AnswerFeedback[] {
  const byAnswer = new Map<string, AnswerFeedback>();
  for (const vote of votes) {
    const tally = byAnswer.get(vote.answerId) ?? { answerId: vote.answerId, useful: 0, notUseful: 0 };
    if (vote.useful) tally.useful++;
    else tally.notUseful++;
    byAnswer.set(vote.answerId, tally);
  }
  return [...byAnswer.values()].sort(
    (a, b) => b.useful + b.notUseful - (a.useful + a.notUseful) || b.notUseful - a.notUseful || (a.answerId < b.answerId ? -1 : 1),
  );
}

/**
 * The advisors' report over a period of Paris calendar dates (both included): per ISO week and in
 * total, the deflection figures, votes per answer, unanswered questions grouped by similarity, and
 * handoff requests opened, closed and still open; answered, escalated and abandoned rates, time to
 * an advisor's answer, the backlog by age, and the unanswered questions close to an existing answer.
 * Pure: the caller reads the events and gives the clock.
 */
export function advisorReport(events: ReportEvents, period: { fromDate: string; toDate: string }, options: AdvisorReportOptions = {}): AdvisorReport {
  const inPeriod = (instant: string) => {
    const monday = isoWeekOf(instant).monday;
    return monday >= weeks[0]!.monday && monday <= weeks[weeks.length - 1]!.monday;
  };
  const weeks = weeksBetween(period.fromDate, period.toDate);
  const weekOf = (instant: string) => isoWeekOf(instant).week;
  const created = events.handoffs.filter((h) => inPeriod(h.createdAt));
  const outcomeOptions = { conversationOfHandoff: options.conversationOfHandoff, now: options.now };

  const weekReports = weeks.map(({ week, monday }): WeekReport => {
    const answered = events.answered.filter((e) => weekOf(e.at) === week);
    const unanswered = events.unanswered.filter((e) => weekOf(e.at) === week);
    const handoffs = created.filter((h) => weekOf(h.createdAt) === week);
    return {
      week,
      monday,
      ...deflection({ answered, unanswered, handoffs }),
      feedback: feedbackPerAnswer(events.feedback.filter((f) => weekOf(f.at) === week)),
      unansweredGroups: groupSimilarQuestions(unanswered, { terms: options.terms }),
      handoffs: handoffCounts(handoffs, events.handoffs.filter((h) => h.closedAt !== undefined && weekOf(h.closedAt) === week)),
      outcomes: questionOutcomes({ answered, unanswered, handoffs }, events, outcomeOptions),
      answerTimes: answerTimes(events.handoffs, (at) => weekOf(at) === week),
    };
  });

  const answered = events.answered.filter((e) => inPeriod(e.at));
  const unanswered = events.unanswered.filter((e) => inPeriod(e.at));
  return {
    weeks: weekReports,
    total: {
      ...deflection({ answered, unanswered, handoffs: created }),
      feedback: feedbackPerAnswer(events.feedback.filter((f) => inPeriod(f.at))),
      unansweredGroups: groupSimilarQuestions(unanswered, { terms: options.terms }),
      handoffs: handoffCounts(created, events.handoffs.filter((h) => h.closedAt !== undefined && inPeriod(h.closedAt))),
      outcomes: questionOutcomes({ answered, unanswered, handoffs: created }, events, outcomeOptions),
      answerTimes: answerTimes(events.handoffs, inPeriod),
    },
    openHandoffs: events.handoffs.filter((h) => h.status === "open").sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1)),
    ...(options.now ? { openByAge: openByAge(events.handoffs, options.now) } : {}),
    nearAnswers: options.entries ? groupsNearAnswers(unanswered, options.entries, { terms: options.terms }) : [],
  };
}

function handoffCounts(created: readonly HandoffRequest[], closed: readonly HandoffRequest[]): HandoffCounts {
  return { opened: created.length, closed: closed.length, stillOpen: created.filter((h) => h.status === "open").length };
}
