import type { HandoffRequest } from "../../domain/events/events.schema";
import type { HandoffNotifier } from "../../domain/ports/handoff-notifier";
import type { AdvisorsChannelSettings } from "../config/env";
import { advisorsAnnouncement, type AnnouncementMessage } from "./advisors-announcement.card";
import { InfraError } from "../errors";

/** A reply must leave within the channel's ~15 s: the announcement gets a bounded share of it. */
export const ANNOUNCEMENT_TIMEOUT_MS = 5_000;

export class AnnouncementTimeoutError extends InfraError {}

/** A Teams channel's conversation as the Bot Framework names it (a conversation reference), as plain JSON. */
export interface ChannelConversation {
  channelId: "msteams";
  serviceUrl: string;
  conversation: { id: string; isGroup: true; conversationType: "channel"; tenantId: string; name: string };
  bot: { id: string; name: string };
}

/** The activity posted: the announcement, addressed to the channel's conversation, from the bot. */
export interface ChannelPost extends AnnouncementMessage, Omit<ProactiveMessage, "attachments" | "summary"> {
  channelId: ChannelConversation["channelId"];
  serviceUrl: string;
  conversation: ChannelConversation["conversation"];
  from: ChannelConversation["bot"];
  channelData: { tenant: { id: string } };
}

/** Any Teams conversation the bot is a member of (a channel, a learner's personal chat), as plain JSON. */
export interface TeamsConversation {
  channelId: "msteams";
  serviceUrl: string;
  conversation: { id: string; tenantId?: string; conversationType: string; isGroup: boolean; name?: string };
  bot: { id: string; name: string };
}

/** A message posted proactively: plain Bot Framework activity JSON. */
export interface ProactiveMessage {
  type: "message";
  channelId: "msteams";
  serviceUrl: string;
  conversation: TeamsConversation["conversation"];
  from: TeamsConversation["bot"];
  text?: string;
  textFormat?: "plain" | "markdown";
  summary?: string;
  attachments?: AnnouncementMessage["attachments"];
  channelData?: { tenant?: { id: string } };
}

/**
 * Posts a new message in a conversation the bot is a member of, without a learner's message to
 * answer (a proactive message), with the bot's own credentials. The Bot Framework SDK does this:
 * functions/ provides it, so infra/ stays free of botbuilder.
 */
export interface ProactiveSender {
  sendToConversation(target: TeamsConversation, activity: ProactiveMessage): Promise<void>;
}

/** Posts within `timeoutMs`, or fails with `timedOut()`'s error; the timer never outlives the post. */
export async function sendWithin(sender: ProactiveSender, target: TeamsConversation, activity: ProactiveMessage, timeoutMs: number, timedOut: () => Error): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(timedOut()), timeoutMs);
  });
  try {
    await Promise.race([sender.sendToConversation(target, activity), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Posts each new handoff request to the advisors' Teams channel as a proactive message: the bot
 * continues the channel's conversation (its serviceUrl, conversation id and tenant, from the
 * configuration) with its own credentials, through the same adapter as the learners' turns.
 */
export class TeamsChannelNotifier implements HandoffNotifier {
  constructor(
    private readonly sender: ProactiveSender,
    private readonly appId: string,
    private readonly channel: AdvisorsChannelSettings,
    private readonly timeoutMs = ANNOUNCEMENT_TIMEOUT_MS,
  ) {}

  /** The channel's conversation, as Teams gave it to the bot when it was installed in the team. */
  reference(): ChannelConversation {
    return {
      channelId: "msteams",
      serviceUrl: this.channel.serviceUrl,
      conversation: { id: this.channel.conversationId, isGroup: true, conversationType: "channel", tenantId: this.channel.tenantId, name: "advisors" },
      bot: { id: this.appId, name: "ue-advisor" },
    };
  }

  async notify(request: HandoffRequest): Promise<void> {
    const target = this.reference();
    const post: ChannelPost = {
      ...advisorsAnnouncement(request),
      channelId: target.channelId,
      serviceUrl: target.serviceUrl,
      conversation: target.conversation,
      from: target.bot,
      channelData: { tenant: { id: this.channel.tenantId } },
    };
    await sendWithin(this.sender, target, post, this.timeoutMs, () => new AnnouncementTimeoutError(`posting request ${request.id} to the advisors' channel took over ${this.timeoutMs} ms`));
  }
}
