import { Channels, type Activity, type CloudAdapter, type ConversationReference } from "botbuilder";
import type { ConnectorClient } from "botframework-connector";
import { advisorsAnnouncement } from "../dialogs/handoff/advisors-announcement";
import type { HandoffRequest } from "../domain/events/events.schema";
import type { HandoffNotifier } from "../domain/ports/handoff-notifier";
import type { AdvisorsChannelSettings } from "../infra/config/env";

/** A reply must leave within the channel's ~15 s: the announcement gets a bounded share of it. */
export const ANNOUNCEMENT_TIMEOUT_MS = 5_000;

export class AnnouncementTimeoutError extends Error {
  override readonly name = "AnnouncementTimeoutError";
}

/**
 * Posts each new handoff request to the advisors' Teams channel as a proactive message: the bot
 * continues the channel's conversation (its serviceUrl, conversation id and tenant, from the
 * configuration) with its own credentials, through the same CloudAdapter as the learners' turns.
 */
export class TeamsChannelNotifier implements HandoffNotifier {
  constructor(
    private readonly adapter: Pick<CloudAdapter, "continueConversationAsync">,
    private readonly appId: string,
    private readonly channel: AdvisorsChannelSettings,
    private readonly timeoutMs = ANNOUNCEMENT_TIMEOUT_MS,
  ) {}

  /** The channel's conversation, as Teams gave it to the bot when it was installed in the team. */
  reference(): Partial<ConversationReference> {
    return {
      channelId: Channels.Msteams,
      serviceUrl: this.channel.serviceUrl,
      conversation: { id: this.channel.conversationId, isGroup: true, conversationType: "channel", tenantId: this.channel.tenantId, name: "advisors" },
      bot: { id: this.appId, name: "ue-advisor" },
    };
  }

  async notify(request: HandoffRequest): Promise<void> {
    const reference = this.reference();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new AnnouncementTimeoutError(`posting request ${request.id} to the advisors' channel took over ${this.timeoutMs} ms`)), this.timeoutMs);
    });
    try {
      await Promise.race([
        this.adapter.continueConversationAsync(this.appId, reference, async (context) => {
          // A new post in the channel (sendToConversation), not a reply: context.sendActivity would
          // reply to the continuation's made-up activity id.
          const client = context.turnState.get<ConnectorClient>(context.adapter.ConnectorClientKey);
          const activity: Partial<Activity> = {
            ...advisorsAnnouncement(request),
            channelId: reference.channelId,
            serviceUrl: reference.serviceUrl,
            conversation: reference.conversation as Activity["conversation"],
            from: reference.bot as Activity["from"],
            channelData: { tenant: { id: this.channel.tenantId } },
          };
          await client.conversations.sendToConversation(this.channel.conversationId, activity as Activity);
        }),
        timeout,
      ]);
    } finally {
      clearTimeout(timer);
    }
  }
}
