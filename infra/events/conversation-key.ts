import { createHash } from "node:crypto";

/**
 * The key that ties a conversation's statistics together (`conversation` on answered and unanswered
 * questions, see events.schema.ts): the first 16 hex digits of a SHA-256 of the channel and the
 * conversation's id. One-way, so the events table holds no conversation id a learner could be
 * found by; the same for every turn of the conversation, and for its handoff requests, which keep
 * the id itself to reach the learner.
 */
export function conversationKey(channel: string, conversationId: string): string {
  return createHash("sha256").update(`${channel}\u0000${conversationId}`).digest("hex").slice(0, 16);
}
