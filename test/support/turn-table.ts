import { expect } from "vitest";
import { ActivityTypes, TestAdapter, type Activity, type TurnContext } from "botbuilder";

/** What the bot must answer to one user turn: each expectation matches one reply, in order. */
export type ReplyExpectation = string | RegExp | ((reply: Partial<Activity>) => void);

export interface Turn {
  /** What the learner sends: a text, or a whole (partial) activity. */
  user: string | Partial<Activity>;
  /** The replies, in order; their number must match exactly. */
  bot: ReplyExpectation[];
}

export interface Conversation {
  adapter: TestAdapter;
  /** Sends one turn and returns the bot's replies. */
  send(user: string | Partial<Activity>): Promise<Partial<Activity>[]>;
  /** Plays a turn table: user says / bot answers. */
  play(turns: Turn[]): Promise<void>;
}

/** The whole text of a reply, including a card's plain-text fallback and suggested actions' titles. */
export function replyText(reply: Partial<Activity>): string {
  return reply.text ?? "";
}

/**
 * A conversation with the bot through botbuilder's TestAdapter (no HTTP), for turn-table dialog tests.
 */
export function conversation(logic: (context: TurnContext) => Promise<void>, options: { channelId?: string; userId?: string; locale?: string } = {}): Conversation {
  const adapter = new TestAdapter(logic, {
    channelId: options.channelId ?? "test",
    ...(options.locale ? { locale: options.locale } : {}),
  } as never);
  // The default sender, not part of the template: the template overwrites every activity's fields,
  // and a test may send one activity from someone else.
  if (options.userId) adapter.conversation.user = { id: options.userId, name: "Learner" };
  const send = async (user: string | Partial<Activity>) => {
    await adapter.receiveActivity(user);
    return adapter.activeQueue.splice(0).filter((reply) => reply.type === ActivityTypes.Message);
  };
  return {
    adapter,
    send,
    async play(turns) {
      for (const [index, turn] of turns.entries()) {
        const replies = await send(turn.user);
        const label = `turn ${index + 1} (${typeof turn.user === "string" ? JSON.stringify(turn.user) : "activity"})`;
        expect(replies.map(replyText), label).toHaveLength(turn.bot.length);
        turn.bot.forEach((expectation, i) => {
          const reply = replies[i]!;
          if (typeof expectation === "function") expectation(reply);
          else if (typeof expectation === "string") expect(replyText(reply), label).toBe(expectation);
          else expect(replyText(reply), label).toMatch(expectation);
        });
      }
    },
  };
}
