import type { Activity } from "botbuilder";

/** Teams conversation types others read: a team's channel, a group chat (a personal chat is "personal"). */
const SHARED_TYPES: ReadonlySet<string> = new Set(["channel", "groupChat"]);

/**
 * Whether other people read this conversation: a Teams team channel or group chat (any channel's
 * `isGroup`). There the assistant answers general questions only (a job that `usesRecord` is
 * refused) and keeps each participant's dialog apart (the state is keyed by conversation and member).
 */
export function isSharedConversation(activity: Pick<Partial<Activity>, "conversation">): boolean {
  const conversation = activity.conversation;
  if (!conversation) return false;
  return conversation.isGroup === true || (typeof conversation.conversationType === "string" && SHARED_TYPES.has(conversation.conversationType));
}

/**
 * A link that opens the learner's personal chat with the assistant in Teams (a deep link to a 1:1
 * chat with the bot, whose Teams id is "28:<app id>"); undefined on other channels.
 */
export function personalChatLink(activity: Pick<Partial<Activity>, "channelId" | "recipient">): string | undefined {
  const botId = activity.recipient?.id;
  if (activity.channelId !== "msteams" || !botId) return undefined;
  return `https://teams.microsoft.com/l/chat/0/0?users=${botId.startsWith("28:") ? botId : `28:${botId}`}`;
}

/**
 * The message as the learner wrote it to the assistant: without the assistant's own @mention, which
 * Teams puts in the text of every channel message (« <at>UE Advisor</at> c'est quoi une UE ? »).
 * Like botbuilder's TurnContext.removeRecipientMention, from the mention entities naming the
 * recipient, but every such mention, and without trusting the entities' shape.
 */
export function withoutRecipientMention(activity: Pick<Partial<Activity>, "text" | "entities" | "recipient">): string {
  const text = activity.text ?? "";
  const botId = activity.recipient?.id;
  if (!botId) return text;
  let without = text;
  for (const entity of activity.entities ?? []) {
    const mention = entity as { type?: unknown; text?: unknown; mentioned?: { id?: unknown } };
    if (typeof mention.type !== "string" || mention.type.toLowerCase() !== "mention" || mention.mentioned?.id !== botId) continue;
    if (typeof mention.text === "string" && mention.text !== "") without = without.split(mention.text).join(" ");
  }
  return without === text ? text : without.replace(/ {2,}/g, " ").trim();
}
