import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ConversationState, MemoryStorage, TestAdapter, TurnContext, type Activity } from "botbuilder";
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { conversationStateKey, DynamoDbTurnLedger, MAX_STORED_REPLIES_BYTES, turnPk, type TurnKey } from "../../../infra/state/turn-ledger";
import { isolatedTables } from "../../support/dynamo";

/** The turn ledger on DynamoDB Local, with an injected clock for leases and expiry. */
const dynamo = await isolatedTables();
const HOUR = 3600;

function ledger(now: () => number = Date.now) {
  return new DynamoDbTurnLedger({ doc: dynamo.doc, tableName: dynamo.tables.turns, ttlSeconds: 24 * HOUR, leaseSeconds: 12, now });
}
const key = (): TurnKey => ({ channelId: "msteams", conversationId: `a:${randomUUID()}`, activityId: randomUUID() });
const details = { participants: ["29:user"] };

describe("DynamoDbTurnLedger", () => {
  it("lets the first delivery claim an activity; a redelivery sees it in progress, then done with its replies", async () => {
    const l = ledger();
    const k = key();
    const claim = await l.claim(k, details);
    expect(claim.outcome).toBe("claimed");
    expect(await l.claim(k, details)).toMatchObject({ outcome: "in-progress" });
    const replies = [{ type: "message", text: "Bonjour !" }];
    expect(await l.complete(k, claim.outcome === "claimed" ? claim.owner : "", { replies, learnerIds: ["demo-05"] })).toBe(true);
    expect(await l.claim(k, details)).toEqual({ outcome: "done", record: { status: "done", owner: expect.any(String), replies } });
  });

  it("claims concurrently exactly once", async () => {
    const l = ledger();
    const k = key();
    const claims = await Promise.all(Array.from({ length: 8 }, () => l.claim(k, details)));
    expect(claims.filter((c) => c.outcome === "claimed")).toHaveLength(1);
  });

  it("gives a released claim (failed turn) to the next delivery", async () => {
    const l = ledger();
    const k = key();
    const claim = await l.claim(k, details);
    await l.release(k, claim.outcome === "claimed" ? claim.owner : "");
    expect(await l.read(k)).toBeUndefined();
    expect((await l.claim(k, details)).outcome).toBe("claimed");
  });

  it("lets a claim whose lease passed (its instance died) be taken over, and the old owner can no longer complete or release it", async () => {
    let now = Date.UTC(2026, 10, 27, 21, 0);
    const l = ledger(() => now);
    const k = key();
    const dead = await l.claim(k, details);
    now += 11_000;
    expect((await l.claim(k, details)).outcome).toBe("in-progress");
    now += 1_000;
    const taker = await l.claim(k, details);
    expect(taker.outcome).toBe("claimed");
    const deadOwner = dead.outcome === "claimed" ? dead.owner : "";
    expect(await l.complete(k, deadOwner, {})).toBe(false);
    await l.release(k, deadOwner);
    expect(await l.read(k)).toMatchObject({ status: "processing", owner: taker.outcome === "claimed" ? taker.owner : "" });
  });

  it("stores the conversation's state key, the participants and the learners, expiring after its TTL", async () => {
    const now = Date.UTC(2026, 10, 27, 21, 0);
    const l = ledger(() => now);
    const k = key();
    const claim = await l.claim(k, details);
    await l.complete(k, claim.outcome === "claimed" ? claim.owner : "", { learnerIds: ["demo-05"] });
    const { Item } = await dynamo.doc.send(new GetCommand({ TableName: dynamo.tables.turns, Key: { pk: turnPk(k) } }));
    expect(Item).toMatchObject({
      kind: "turn",
      conversationKey: `msteams/conversations/${k.conversationId}/`,
      participants: ["29:user"],
      learnerIds: ["demo-05"],
      expiresAt: now / 1000 + 24 * HOUR,
    });
    // Expired, though DynamoDB's TTL sweep has not removed it yet: absent, and claimable again.
    const later = ledger(() => now + 24 * HOUR * 1000);
    expect(await later.read(k)).toBeUndefined();
    expect((await later.claim(k, details)).outcome).toBe("claimed");
  });

  it("keeps no replies too large for an item, and says so", async () => {
    const l = ledger();
    const k = key();
    const claim = await l.claim(k, details);
    await l.complete(k, claim.outcome === "claimed" ? claim.owner : "", { replies: [{ text: "x".repeat(MAX_STORED_REPLIES_BYTES) }] });
    expect(await l.read(k)).toMatchObject({ status: "done", repliesOmitted: true });
    expect(await l.read(k)).not.toHaveProperty("replies");
  });

  it("names a conversation's state document exactly as botbuilder's ConversationState does", async () => {
    const storage = new MemoryStorage();
    const conversationId = "19:abc@thread.v2;messageid=1";
    const context = new TurnContext(new TestAdapter(), {
      type: "message",
      channelId: "msteams",
      conversation: { id: conversationId } as Activity["conversation"],
      from: { id: "u" } as Activity["from"],
      recipient: { id: "b" } as Activity["recipient"],
    });
    const state = new ConversationState(storage);
    await state.createProperty("x").set(context, 1);
    await state.saveChanges(context);
    expect(await storage.read([conversationStateKey("msteams", conversationId)])).toHaveProperty([conversationStateKey("msteams", conversationId), "x"], 1);
  });
});
