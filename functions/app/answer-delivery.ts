import type { HandoffAnswer, HandoffRequest, TeamsChat } from "../../domain/events/events.schema";
import { awaitsTeamsDelivery } from "../../domain/events/handoff-answer";
import type { AnswerDeliverer, AnswerDeliveryResult } from "../../domain/ports/answer-deliverer";
import type { EventsRepository } from "../../domain/ports/events.repository";
import { sendWithin, type ProactiveMessage, type ProactiveSender, type TeamsConversation } from "../../infra/teams/advisors-channel.notifier";
import { advisorAnswerWording } from "../../dialogs/handoff/advisor-answer.wording";
import { excerpt } from "../../dialogs/common/replies";

/** A post to a learner's chat gets a bounded time: the advisors' action answers within Teams' ~15 s. */
export const DELIVERY_TIMEOUT_MS = 5_000;

export interface TeamsAnswerDeliveryOptions {
  /** Not held back: what the delivery records must hold whether or not a turn is saved. */
  events: EventsRepository;
  sender: ProactiveSender;
  appId: string;
  now: () => Date;
  log: (level: "info" | "warn", event: string, fields: Record<string, string | number | boolean | undefined>) => void;
  timeoutMs?: number;
}

/**
 * Posts advisors' answers in the learners' personal Teams chats with the assistant. Used by the
 * events table's stream (functions/deliver-answers.ts) in AWS, by the advisors' « Répondre » action
 * right after it records the answer, and by the local server's poll. Each answer is claimed first,
 * so whichever comes first posts it and the others leave it; a refusal (the chat is gone, the app was
 * removed, the channel fails) is logged and recorded as "failed" with its reason, and never retried:
 * the inbox shows it and the advisor answers another way.
 */
export class TeamsAnswerDelivery implements AnswerDeliverer {
  constructor(private readonly options: TeamsAnswerDeliveryOptions) {}

  async deliver(request: HandoffRequest): Promise<AnswerDeliveryResult> {
    const { events, now, log } = this.options;
    if (!awaitsTeamsDelivery(request)) return { outcome: "not-pending" };
    const claimed = await events.claimDelivery(request.id, now().toISOString());
    if (!claimed?.teamsChat || !claimed.answer) return { outcome: "not-pending" };
    try {
      await this.post(claimed, claimed.teamsChat, claimed.answer);
    } catch (error) {
      const reason = describeFailure(error, this.options.timeoutMs ?? DELIVERY_TIMEOUT_MS);
      log("warn", "answer_delivery_failed", { requestId: claimed.id, reason });
      await events.markDelivery(claimed.id, { status: "failed", at: now().toISOString(), error: reason });
      return { outcome: "failed", error: reason };
    }
    const at = now().toISOString();
    log("info", "answer_delivered", { requestId: claimed.id });
    try {
      await events.markDelivery(claimed.id, { status: "delivered", at });
    } catch (error) {
      // The learner has the answer: the request stays "sending" (the inbox says since when), never posted twice.
      log("warn", "answer_delivery_record_failed", { requestId: claimed.id, message: (error as Error).message });
    }
    return { outcome: "delivered", at };
  }

  /** Every answered request still waiting for Teams (the local server's poll; a stream that missed one). */
  async deliverPending(): Promise<AnswerDeliveryResult[]> {
    const answered = await this.options.events.listHandoffs({ status: "answered" });
    const results: AnswerDeliveryResult[] = [];
    for (const request of answered.filter(awaitsTeamsDelivery)) results.push(await this.deliver(request));
    return results;
  }

  private async post(request: HandoffRequest, teamsChat: TeamsChat, answer: HandoffAnswer): Promise<void> {
    const target: TeamsConversation = {
      channelId: "msteams",
      serviceUrl: teamsChat.serviceUrl,
      conversation: { id: teamsChat.conversationId, conversationType: "personal", isGroup: false, ...(teamsChat.tenantId ? { tenantId: teamsChat.tenantId } : {}) },
      bot: { id: this.options.appId, name: "ue-advisor" },
    };
    const question = excerpt(request.question);
    const message: ProactiveMessage = {
      type: "message",
      channelId: target.channelId,
      serviceUrl: target.serviceUrl,
      conversation: target.conversation,
      from: target.bot,
      text: advisorAnswerWording[request.language].delivered(request.id, question, answer.text, answer.by),
      textFormat: "plain",
      ...(teamsChat.tenantId ? { channelData: { tenant: { id: teamsChat.tenantId } } } : {}),
    };
    await sendWithin(this.options.sender, target, message, this.options.timeoutMs ?? DELIVERY_TIMEOUT_MS, () => new DeliveryTimeout());
  }
}

class DeliveryTimeout extends Error {}

/** Why Teams did not take the answer, in words an advisor can act on (kept short: it is stored with the request). */
export function describeFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof DeliveryTimeout) return `Teams did not answer within ${timeoutMs / 1000} s`;
  const status = (error as { statusCode?: unknown }).statusCode;
  const message = ((error as Error).message ?? String(error)).replace(/\s+/g, " ").slice(0, 200);
  if (status === 403) return `Teams refused the post (403): the learner removed or blocked the app, or left the tenant`;
  if (status === 404) return `the learner's Teams chat no longer exists (404)`;
  if (typeof status === "number") return `Teams answered ${status}: ${message}`;
  return `could not reach Teams: ${message}`;
}
