import type { AnsweredQuestion, Feedback, HandoffRequest, HandoffStatus, UnansweredQuestion } from "../events/events.schema";

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
  /** Closes an open request; a closed one is left as it was. */
  closeHandoff(id: string, closure: HandoffClosure): Promise<CloseHandoffOutcome>;
  recordFeedback(feedback: Feedback): Promise<void>;
  listFeedback(range?: TimeRange): Promise<Feedback[]>;
  recordAnswered(answered: AnsweredQuestion): Promise<void>;
  listAnswered(range?: TimeRange): Promise<AnsweredQuestion[]>;
  recordUnanswered(question: UnansweredQuestion): Promise<void>;
  listUnanswered(range?: TimeRange): Promise<UnansweredQuestion[]>;
}
