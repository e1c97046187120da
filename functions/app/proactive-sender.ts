import type { Activity, CloudAdapter } from "botbuilder";
import type { ConnectorClient } from "botframework-connector";
import type { ProactiveSender } from "../../infra/teams/advisors-channel.notifier";

/**
 * Proactive posts through the CloudAdapter that runs the learners' turns: the bot continues the
 * target conversation with its own credentials, then posts a new message with the connector client
 * of that continuation.
 */
export function cloudAdapterSender(adapter: Pick<CloudAdapter, "continueConversationAsync">, appId: string): ProactiveSender {
  return {
    async sendToConversation(target, activity) {
      await adapter.continueConversationAsync(appId, target, async (context) => {
        // A new post (sendToConversation), not a reply: context.sendActivity would reply to the
        // continuation's made-up activity id.
        const client = context.turnState.get<ConnectorClient>(context.adapter.ConnectorClientKey);
        await client.conversations.sendToConversation(target.conversation.id, activity as Partial<Activity> as Activity);
      });
    },
  };
}
