import type { AnsweredQuestion, Feedback, HandoffAnswer, HandoffDelivery, HandoffRequest, HandoffStatus, UnansweredQuestion } from "../../domain/events/events.schema";
import type { AnswerHandoffOutcome, CloseHandoffOutcome, EventsRepository, HandoffClosure, TimeRange } from "../../domain/ports/events.repository";
import type { HandoffNotifier } from "../../domain/ports/handoff-notifier";
import { currentConversationKey, holdBack, type WritePolicy } from "./unit-of-work";

/** What the learner did on purpose, written with the turn's state: lost, the turn is undone. */
const ON_PURPOSE: WritePolicy = { onFailure: "undo-turn", travels: "with-state" };
/** Drawn from a question, written with the turn's state: refused, it is dropped and logged. */
const STATISTIC: WritePolicy = { onFailure: "log", travels: "with-state" };
/**
 * Sent once the request is saved (advisors are not told of a request the turn then dropped), best
 * effort: the advisors' inbox lists the request anyway.
 */
const ANNOUNCEMENT: WritePolicy = { onFailure: "log", travels: "after-state" };
/**
 * That an advisor's answer was shown to the learner, once the turn that showed it is saved: an update,
 * not a put, so it cannot travel in the state's transaction; lost, the answer is shown once more.
 */
const DELIVERY: WritePolicy = { onFailure: "log", travels: "after-state" };

/**
 * The events repository the dialogs use during a turn: each write is held back until the turn's
 * state is saved (TurnGuard), so a turn run again records nothing twice; reads go to the repository.
 * Written method by method: a method the port gains does not compile here until it is classified.
 */
export class HeldBackEventsRepository implements EventsRepository {
  constructor(private readonly events: EventsRepository) {}

  recordHandoff(request: HandoffRequest): Promise<void> {
    return holdBack("recordHandoff", ON_PURPOSE, request, (held) => this.events.recordHandoff(held));
  }

  recordFeedback(feedback: Feedback): Promise<void> {
    return holdBack("recordFeedback", ON_PURPOSE, feedback, (held) => this.events.recordFeedback(held));
  }

  recordAnswered(answered: AnsweredQuestion): Promise<void> {
    return holdBack("recordAnswered", STATISTIC, withConversation(answered), (held) => this.events.recordAnswered(held));
  }

  recordUnanswered(question: UnansweredQuestion): Promise<void> {
    return holdBack("recordUnanswered", STATISTIC, withConversation(question), (held) => this.events.recordUnanswered(held));
  }

  /** Advisors close requests with their command-line tool, never during a learner's turn: not held back. */
  closeHandoff(id: string, closure: HandoffClosure): Promise<CloseHandoffOutcome> {
    return this.events.closeHandoff(id, closure);
  }

  /**
   * An advisor answering from the advisors' Teams channel: written at once (the advisor is told
   * whether it took). A redelivered turn finds the request answered already: the conditional update
   * refuses a second answer.
   */
  answerHandoff(id: string, answer: HandoffAnswer, delivery: HandoffDelivery): Promise<AnswerHandoffOutcome> {
    return this.events.answerHandoff(id, answer, delivery);
  }

  markDelivery(id: string, delivery: HandoffDelivery): Promise<void> {
    return holdBack("markDelivery", DELIVERY, { id, delivery }, (held) => this.events.markDelivery(held.id, held.delivery));
  }

  /** Taken at once: the advisor's action posts the answer within the same turn, and says how it went. */
  claimDelivery(id: string, at: string): Promise<HandoffRequest | undefined> {
    return this.events.claimDelivery(id, at);
  }

  handoffsOfConversation(conversationId: string): Promise<HandoffRequest[]> {
    return this.events.handoffsOfConversation(conversationId);
  }

  handoffsOfLearner(learnerId: string): Promise<HandoffRequest[]> {
    return this.events.handoffsOfLearner(learnerId);
  }

  listHandoffs(filter?: TimeRange & { status?: HandoffStatus }): Promise<HandoffRequest[]> {
    return this.events.listHandoffs(filter);
  }

  getHandoff(id: string): Promise<HandoffRequest | undefined> {
    return this.events.getHandoff(id);
  }

  listFeedback(range?: TimeRange): Promise<Feedback[]> {
    return this.events.listFeedback(range);
  }

  listAnswered(range?: TimeRange): Promise<AnsweredQuestion[]> {
    return this.events.listAnswered(range);
  }

  listUnanswered(range?: TimeRange): Promise<UnansweredQuestion[]> {
    return this.events.listUnanswered(range);
  }
}

/**
 * A statistic with the key of its turn's conversation: the dialogs record what was asked and how it
 * ended, the turn knows where; the report tells from it whether the learner left right after.
 */
function withConversation<T extends { conversation?: string }>(statistic: T): T {
  const conversation = statistic.conversation ?? currentConversationKey();
  return conversation ? { ...statistic, conversation } : statistic;
}

/** The advisors' channel as the dialogs use it during a turn: the announcement waits for the saved state. */
export class HeldBackHandoffNotifier implements HandoffNotifier {
  constructor(private readonly notifier: HandoffNotifier) {}

  notify(request: HandoffRequest): Promise<void> {
    return holdBack("notify", ANNOUNCEMENT, request, (held) => this.notifier.notify(held));
  }
}
