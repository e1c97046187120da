import type { Activity, CloudAdapter, ConversationReference } from "botbuilder";
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
      // The post's failure is the caller's to handle: thrown inside the continuation, it would reach
      // the adapter's onTurnError, which apologizes into the very conversation that refused the post
      // and swallows the error (the caller would believe it delivered).
      let failure: { error: unknown } | undefined;
      await adapter.continueConversationAsync(appId, target as Partial<ConversationReference>, async (context) => {
        // A new post (sendToConversation), not a reply: context.sendActivity would reply to the
        // continuation's made-up activity id.
        try {
          const client = context.turnState.get<ConnectorClient>(context.adapter.ConnectorClientKey);
          await client.conversations.sendToConversation(target.conversation.id, activity as Partial<Activity> as Activity);
        } catch (error) {
          failure = { error };
        }
      });
      if (failure) throw failure.error;
    },
  };
}
