import type { Feedback, HandoffRequest, HandoffStatus, UnansweredQuestion } from "../events/events.schema";

/** A time window, ISO 8601 instants, inclusive start and exclusive end. */
export interface TimeRange {
  from?: string;
  to?: string;
}

/** Where the assistant records what advisors need: handoff requests, feedback, unanswered questions. */
export interface EventsRepository {
  recordHandoff(request: HandoffRequest): Promise<void>;
  /** Handoff requests created in the range, oldest first, optionally of one status. */
  listHandoffs(filter?: TimeRange & { status?: HandoffStatus }): Promise<HandoffRequest[]>;
  /** Closes an open request; returns it closed, or undefined when no request has that id. */
  closeHandoff(id: string, closure: { closedAt: string; closedBy?: string; resolution?: string }): Promise<HandoffRequest | undefined>;
  recordFeedback(feedback: Feedback): Promise<void>;
  listFeedback(range?: TimeRange): Promise<Feedback[]>;
  recordUnanswered(question: UnansweredQuestion): Promise<void>;
  listUnanswered(range?: TimeRange): Promise<UnansweredQuestion[]>;
}
