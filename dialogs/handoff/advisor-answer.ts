import type { TurnContext } from "botbuilder";
import { ADVISOR_ANSWER_ACTION, ANSWER_INPUT, ANSWER_MAX_LENGTH, checkAnswerText, deliveryOnAnswer } from "../../domain/events/handoff-answer";
import type { AdvisorServices } from "../advisor-services";
import { advisorsChannelWording as wording } from "./advisor-answer.wording";

/** The « Répondre » form of a request's card, as it comes back: the request's id and what the advisor typed. */
export interface AdvisorAnswerAction {
  requestId: string;
  text: string;
}

/** The card's form in a message's value, or undefined for any other message. */
export function advisorAnswerActionOf(activity: TurnContext["activity"]): AdvisorAnswerAction | undefined {
  const value = activity.value as Record<string, unknown> | undefined;
  if (activity.type !== "message" || typeof value !== "object" || value === null || value.action !== ADVISOR_ANSWER_ACTION) return undefined;
  if (typeof value.requestId !== "string") return undefined;
  return { requestId: value.requestId.trim().toUpperCase(), text: typeof value[ANSWER_INPUT] === "string" ? value[ANSWER_INPUT] : "" };
}

/**
 * Whether an activity comes from the advisors' channel: Teams, a channel conversation, the configured
 * channel (a reply thread's id is the channel's id followed by ";messageid=…") and its tenant. Called
 * after the JWT check, which makes channel, conversation and tenant the Bot Connector's, not the
 * caller's: a learner's personal chat or another team cannot pass.
 */
export function fromAdvisorsChannel(activity: TurnContext["activity"], address: AdvisorServices["advisorsChannelAddress"]): boolean {
  if (!address || activity.channelId !== "msteams" || activity.conversation?.conversationType !== "channel") return false;
  const channel = (activity.conversation.id ?? "").split(";")[0];
  const tenants = [activity.conversation.tenantId, (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id].filter((id) => id !== undefined);
  return (
    channel === address.conversationId &&
    tenants.length > 0 &&
    tenants.every((id) => typeof id === "string" && id.toLowerCase() === address.tenantId.toLowerCase())
  );
}

/**
 * An advisor answers a request from its card in the advisors' channel: the answer is recorded with
 * the advisor's Teams name, posted to the learner's Teams chat when that is how the learner is
 * reached, and the bot says in the channel what happened. Returns false when the message is not an
 * advisor's answer it may take (not the form, or not from the advisors' channel): the caller treats
 * it as any message.
 */
export async function answerFromAdvisorsChannel(context: TurnContext, services: AdvisorServices): Promise<boolean> {
  const action = advisorAnswerActionOf(context.activity);
  if (!action) return false;
  if (!fromAdvisorsChannel(context.activity, services.advisorsChannelAddress)) {
    services.log?.("advisor_answer_refused", { channelId: context.activity.channelId, conversationType: context.activity.conversation?.conversationType });
    return false;
  }
  const { requestId: id } = action;
  const say = (text: string) => context.sendActivity(text);
  const checked = checkAnswerText(action.text);
  if (!checked.ok) {
    await say(checked.problem === "empty" ? wording.empty(id) : wording.tooLong(id, checked.length, ANSWER_MAX_LENGTH));
    return true;
  }
  const request = await services.events.getHandoff(id);
  if (!request) {
    await say(wording.notFound(id));
    return true;
  }
  const by = context.activity.from?.name?.trim() || "conseiller";
  const outcome = await services.events.answerHandoff(id, { text: checked.text, by, at: services.now().toISOString() }, deliveryOnAnswer(request));
  services.log?.("advisor_answer", { requestId: id, outcome: outcome.outcome });
  switch (outcome.outcome) {
    case "not-found":
      await say(wording.notFound(id));
      return true;
    case "closed":
      await say(wording.closed(id, outcome.request.closedBy));
      return true;
    case "already-answered":
      await say(wording.alreadyAnswered(id, outcome.request.answer?.by));
      return true;
    case "answered":
      break;
  }
  const answered = outcome.request;
  switch (answered.delivery?.status) {
    case "pending": {
      if (answered.reach !== "teams-chat") {
        await say(wording.pendingWeb(id));
        return true;
      }
      const delivered = services.answers ? await services.answers.deliver(answered) : { outcome: "not-pending" as const };
      await say(delivered.outcome === "delivered" ? wording.delivered(id) : delivered.outcome === "failed" ? wording.failed(id, delivered.error) : wording.pendingTeams(id));
      return true;
    }
    case "by-contact":
      await say(wording.byContact(id, answered.contact?.value ?? "?"));
      return true;
    default:
      await say(wording.undeliverable(id));
      return true;
  }
}
