import {
  answeredQuestionSchema,
  feedbackSchema,
  handoffRequestSchema,
  unansweredQuestionSchema,
  type AnsweredQuestion,
  type Feedback,
  type HandoffRequest,
  type HandoffStatus,
  type UnansweredQuestion,
  handoffDeliverySchema,
  type HandoffAnswer,
  type HandoffDelivery,
} from "../../domain/events/events.schema";
import type { CloseHandoffOutcome, EventsRepository, HandoffClosure, TimeRange, AnswerHandoffOutcome } from "../../domain/ports/events.repository";

const inRange = (instant: string, range: TimeRange) => (!range.from || instant >= range.from) && (!range.to || instant < range.to);

/** In-memory events, for dialog tests and local tools; same contract as the DynamoDB adapter. */
export class InMemoryEventsRepository implements EventsRepository {
  private readonly handoffs = new Map<string, HandoffRequest>();
  private readonly feedback: Feedback[] = [];
  private readonly unanswered: UnansweredQuestion[] = [];
  private readonly answered: AnsweredQuestion[] = [];

  async recordHandoff(request: HandoffRequest): Promise<void> {
    this.handoffs.set(request.id, structuredClone(handoffRequestSchema.parse(request)));
  }

  async listHandoffs(filter: TimeRange & { status?: HandoffStatus } = {}): Promise<HandoffRequest[]> {
    return [...this.handoffs.values()]
      .filter((h) => inRange(h.createdAt, filter) && (!filter.status || h.status === filter.status))
      .sort((a, b) => (a.createdAt + a.id).localeCompare(b.createdAt + b.id))
      .map((h) => structuredClone(h));
  }

  async getHandoff(id: string): Promise<HandoffRequest | undefined> {
    const found = this.handoffs.get(id);
    return found ? structuredClone(found) : undefined;
  }

  async closeHandoff(id: string, closure: HandoffClosure): Promise<CloseHandoffOutcome> {
    const found = this.handoffs.get(id);
    if (!found) return { outcome: "not-found" };
    if (found.status === "closed") return { outcome: "already-closed", request: structuredClone(found) };
    const closed: HandoffRequest = {
      ...found,
      status: "closed",
      closedAt: closure.closedAt,
      ...(closure.closedBy ? { closedBy: closure.closedBy } : {}),
      ...(closure.resolution ? { resolution: closure.resolution.slice(0, 1_000) } : {}),
    };
    this.handoffs.set(id, closed);
    return { outcome: "closed", request: structuredClone(closed) };
  }

  async answerHandoff(id: string, answer: HandoffAnswer, delivery: HandoffDelivery): Promise<AnswerHandoffOutcome> {
    const found = this.handoffs.get(id);
    if (!found) return { outcome: "not-found" };
    if (found.status === "closed") return { outcome: "closed", request: structuredClone(found) };
    if (found.status === "answered") return { outcome: "already-answered", request: structuredClone(found) };
    const answered: HandoffRequest = handoffRequestSchema.parse({ ...found, status: "answered", answer, delivery });
    this.handoffs.set(id, answered);
    return { outcome: "answered", request: structuredClone(answered) };
  }

  async markDelivery(id: string, delivery: HandoffDelivery): Promise<void> {
    const found = this.handoffs.get(id);
    if (found) this.handoffs.set(id, { ...found, delivery: handoffDeliverySchema.parse(delivery) });
  }

  async claimDelivery(id: string, at: string): Promise<HandoffRequest | undefined> {
    const found = this.handoffs.get(id);
    if (!found || found.status !== "answered" || found.delivery?.status !== "pending") return undefined;
    const claimed: HandoffRequest = { ...found, delivery: { status: "sending", at } };
    this.handoffs.set(id, claimed);
    return structuredClone(claimed);
  }

  async handoffsOfConversation(conversationId: string): Promise<HandoffRequest[]> {
    return (await this.listHandoffs()).filter((h) => h.conversationId === conversationId);
  }

  async handoffsOfLearner(learnerId: string): Promise<HandoffRequest[]> {
    return (await this.listHandoffs()).filter((h) => h.learnerId === learnerId);
  }

  async recordAnswered(answered: AnsweredQuestion): Promise<void> {
    this.answered.push(answeredQuestionSchema.parse(answered));
  }

  async listAnswered(range: TimeRange = {}): Promise<AnsweredQuestion[]> {
    return this.answered.filter((a) => inRange(a.at, range)).sort((a, b) => (a.at + a.id).localeCompare(b.at + b.id));
  }

  async recordFeedback(feedback: Feedback): Promise<void> {
    this.feedback.push(feedbackSchema.parse(feedback));
  }

  async listFeedback(range: TimeRange = {}): Promise<Feedback[]> {
    return this.feedback.filter((f) => inRange(f.at, range)).sort((a, b) => (a.at + a.id).localeCompare(b.at + b.id));
  }

  async recordUnanswered(question: UnansweredQuestion): Promise<void> {
    this.unanswered.push(unansweredQuestionSchema.parse(question));
  }

  async listUnanswered(range: TimeRange = {}): Promise<UnansweredQuestion[]> {
    return this.unanswered.filter((q) => inRange(q.at, range)).sort((a, b) => (a.at + a.id).localeCompare(b.at + b.id));
  }
}
