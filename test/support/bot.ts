import { ConversationState, MemoryStorage, type Storage } from "botbuilder";
import { AdvisorBot } from "../../dialogs/advisor-bot";
import { conversation, replyText, type Conversation } from "./turn-table";
import { testServices, type TestServices } from "./advisor-services";

/** A conversation with the whole assistant (router and every dialog) through the TestAdapter. */
export async function botConversation(
  options: { userId?: string; channelId?: string; storage?: Storage; services?: TestServices } = {},
): Promise<Conversation & { services: TestServices }> {
  const services = options.services ?? (await testServices());
  const storage = options.storage ?? new MemoryStorage();
  const bot = new AdvisorBot(new ConversationState(storage), services);
  const talk = conversation((context) => bot.run(context), { userId: options.userId ?? "visitor", channelId: options.channelId ?? "test" });
  return { ...talk, services };
}

/** A new conversation with the whole assistant, and the replies to each of its messages (each message's replies joined). */
export async function repliesOf(turns: readonly string[]): Promise<string[]> {
  const talk = await botConversation({});
  const all: string[] = [];
  for (const turn of turns) all.push((await talk.send(turn)).map((reply) => replyText(reply)).join("\n"));
  return all;
}

