import type { AnsweredQuestion, Feedback, HandoffAnswer, HandoffDelivery, HandoffRequest, HandoffStatus, UnansweredQuestion } from "../events/events.schema";

/** A time window, ISO 8601 instants, inclusive start and exclusive end. */
export interface TimeRange {
  from?: string;
  to?: string;
}

/** What closing a handoff request did: advisors get told when the id is wrong or the request already closed. */
export type CloseHandoffOutcome =
  | { outcome: "closed"; request: HandoffRequest }
  | { outcome: "already-closed"; request: HandoffRequest }
  | { outcome: "not-found" };

/** What answering a handoff request did: only an open request takes an answer. */
export type AnswerHandoffOutcome =
  | { outcome: "answered"; request: HandoffRequest }
  | { outcome: "already-answered"; request: HandoffRequest }
  | { outcome: "closed"; request: HandoffRequest }
  | { outcome: "not-found" };

export interface HandoffClosure {
  closedAt: string;
  closedBy?: string;
  resolution?: string;
}

/**
 * Where the assistant records what advisors need: handoff requests, feedback, answered and
 * unanswered questions.
 */
export interface EventsRepository {
  recordHandoff(request: HandoffRequest): Promise<void>;
  /** Handoff requests created in the range, oldest first, optionally of one status. */
  listHandoffs(filter?: TimeRange & { status?: HandoffStatus }): Promise<HandoffRequest[]>;
  /** One request by its id, or undefined. */
  getHandoff(id: string): Promise<HandoffRequest | undefined>;
  /** Closes an open or answered request; a closed one is left as it was. */
  closeHandoff(id: string, closure: HandoffClosure): Promise<CloseHandoffOutcome>;
  /** Records an advisor's answer on an open request (status answered) and how it is to reach the learner. */
  answerHandoff(id: string, answer: HandoffAnswer, delivery: HandoffDelivery): Promise<AnswerHandoffOutcome>;
  /** Records where the answer of a request is (posted, shown, refused…). */
  markDelivery(id: string, delivery: HandoffDelivery): Promise<void>;
  /**
   * Takes an answered request whose delivery is pending to post its answer (delivery "sending", at
   * `at`): the request as taken, or undefined when it was not pending (taken already, or no answer).
   * Two deliverers (the stream and the advisors' channel) never post the same answer twice.
   */
  claimDelivery(id: string, at: string): Promise<HandoffRequest | undefined>;
  /** The requests made in one conversation, oldest first (a web learner coming back, « où en est ma demande ? »). */
  handoffsOfConversation(conversationId: string): Promise<HandoffRequest[]>;
  /**
   * The requests of one signed-in learner, oldest first: a web learner whose page could not resume
   * its conversation (its token expired) still finds their answers in the next one.
   */
  handoffsOfLearner(learnerId: string): Promise<HandoffRequest[]>;
  recordFeedback(feedback: Feedback): Promise<void>;
  listFeedback(range?: TimeRange): Promise<Feedback[]>;
  recordAnswered(answered: AnsweredQuestion): Promise<void>;
  listAnswered(range?: TimeRange): Promise<AnsweredQuestion[]>;
  recordUnanswered(question: UnansweredQuestion): Promise<void>;
  listUnanswered(range?: TimeRange): Promise<UnansweredQuestion[]>;
}
