import { describe, expect, it } from "vitest";
import { MemoryStorage, type StoreItems } from "botbuilder";
import { botConversation } from "../support/bot";
import { replyText } from "../support/turn-table";

/** MemoryStorage that records what each call asked for: the calls a DynamoDB storage would send. */
class RecordingStorage extends MemoryStorage {
  readonly reads: string[][] = [];
  readonly writes: string[][] = [];

  override async read(keys: string[]): Promise<StoreItems> {
    this.reads.push(keys);
    return super.read(keys);
  }

  override async write(changes: StoreItems): Promise<void> {
    this.writes.push(Object.keys(changes));
    return super.write(changes);
  }
}

describe("state per turn", () => {
  it.each([
    ["a question from the content", "c'est quoi une UA ?", /unité d'activité|UA/],
    ["a credit-hours question on a catalog unit", "NFA031 c'est combien d'heures ?", /^NFA031 — .*50 heures/],
    ["a one-turn eligibility check", "puis-je m'inscrire à RSX101 au S2 ?", /RSX101/],
  ])("%s reads the conversation's state once and writes it once, one item each time", async (_case, text, reply) => {
    const storage = new RecordingStorage();
    const { send } = await botConversation({ storage, userId: "demo-02" });
    await send("bonjour");
    storage.reads.length = 0;
    storage.writes.length = 0;
    const [answer] = await send(text);
    expect(replyText(answer!)).toMatch(reply);
    expect(storage.reads).toEqual([[expect.stringMatching(/\/conversations\//)]]);
    expect(storage.writes).toEqual([[expect.stringMatching(/\/conversations\//)]]);
  });
});
