import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ConversationState, MemoryStorage, TestAdapter, TurnContext, type Activity } from "botbuilder";
import { PutCommand } from "@aws-sdk/lib-dynamodb";
import { DynamoDbStorage, type AlongRead } from "../../../infra/state/dynamodb-storage";
import {
  conversationStateKey,
  JOURNAL_SIZE,
  journalOf,
  MAX_REPLAY_BYTES,
  OptimisticConversationState,
  REPLAY_ENTRIES,
  REPLAY_SECONDS,
  StateConflictError,
  StateRestoreError,
} from "../../../infra/state/optimistic-conversation-state";
import { isolatedTables } from "../../support/dynamo";

/** OptimisticConversationState on DynamoDbStorage and DynamoDB Local: each "turn" is a TurnContext of its own. */
const dynamo = await isolatedTables();
const storage = new DynamoDbStorage({ doc: dynamo.doc, tableName: dynamo.tables.state, ttlSeconds: 3600 });
const state = new OptimisticConversationState(storage);
const data = state.createProperty<{ count: number; notes: string[] }>("data");

function turn(conversationId: string, from: Partial<Activity["from"]> = { id: "learner-1" }): TurnContext {
  return new TurnContext(new TestAdapter(), {
    type: "message",
    id: randomUUID(),
    channelId: "test",
    conversation: { id: conversationId } as Activity["conversation"],
    from: from as Activity["from"],
    recipient: { id: "bot" } as Activity["recipient"],
  });
}

async function note(context: TurnContext, text: string) {
  const value = await data.get(context, { count: 0, notes: [] });
  value.count += 1;
  value.notes.push(text);
}

async function stored(conversationId: string) {
  const context = turn(conversationId);
  return { value: await data.get(context), whole: await state.load(context) };
}

describe("OptimisticConversationState", () => {
  it("refuses the write of a turn that read the state before another turn wrote it", async () => {
    const id = randomUUID();
    const [a, b] = [turn(id), turn(id)];
    await note(a, "a");
    await note(b, "b");
    await state.saveChanges(b);
    await expect(state.saveChanges(a)).rejects.toBeInstanceOf(StateConflictError);
    expect((await stored(id)).value).toEqual({ count: 1, notes: ["b"] });
  });

  it("refuses the first write of a new conversation when another turn created it meanwhile", async () => {
    const id = randomUUID();
    const [a, b] = [turn(id), turn(id)];
    await note(a, "a");
    await note(b, "b");
    await state.saveChanges(a);
    await expect(state.saveChanges(b)).rejects.toThrow(/changed by another turn/);
    expect((await stored(id)).value?.notes).toEqual(["a"]);
  });

  it("lets a turn write twice (the storage hands back the new eTag) without conflicting with itself", async () => {
    const id = randomUUID();
    const context = turn(id);
    await note(context, "one");
    await state.saveChanges(context);
    await note(context, "two");
    await state.saveChanges(context);
    expect((await stored(id)).value?.notes).toEqual(["one", "two"]);
  });

  it("restores the state as loaded over the turn's own write, and refuses to when another turn wrote since", async () => {
    const id = randomUUID();
    const first = turn(id);
    await note(first, "kept");
    await state.saveChanges(first);

    const undone = turn(id);
    await note(undone, "undone");
    await state.saveChanges(undone);
    expect(state.committed(undone)).toBe(true);
    await state.restore(undone);
    expect((await stored(id)).value?.notes).toEqual(["kept"]);

    const overtaken = turn(id);
    await note(overtaken, "mine");
    await state.saveChanges(overtaken);
    const later = turn(id);
    await note(later, "later");
    await state.saveChanges(later);
    await expect(state.restore(overtaken)).rejects.toBeInstanceOf(StateRestoreError);
    expect((await stored(id)).value?.notes).toEqual(["kept", "mine", "later"]);
  });

  it("journals stamped turns (bounded), so a turn knows whether its activity already took effect", async () => {
    const id = randomUUID();
    for (let i = 0; i < JOURNAL_SIZE + 3; i++) {
      const context = turn(id);
      state.stampTurn(context, { activityId: `activity-${i}`, nonce: `nonce-${i}` });
      await state.saveChanges(context);
    }
    const context = turn(id);
    await state.load(context);
    expect(state.appliedBy(context, `activity-${JOURNAL_SIZE + 2}`, [`nonce-${JOURNAL_SIZE + 2}`])).toBe("this-attempt");
    expect(state.appliedBy(context, `activity-${JOURNAL_SIZE + 2}`, ["another run"])).toBe("earlier");
    expect(state.appliedBy(context, "activity-0", ["nonce-0"])).toBeUndefined();
    expect((await stored(id)).whole.$turns).toHaveLength(JOURNAL_SIZE);
  });

  it("records who spoke (channel id and Teams account) so an erasure finds the conversation", async () => {
    const id = randomUUID();
    for (const from of [{ id: "29:teams-user", aadObjectId: "00000000-0000-4000-8000-000000000001" }, { id: "29:teams-user" }]) {
      const context = turn(id, from);
      state.stampTurn(context, { activityId: randomUUID(), nonce: randomUUID() });
      await state.saveChanges(context);
    }
    expect((await stored(id)).whole.$participants).toEqual(["29:teams-user", "00000000-0000-4000-8000-000000000001"]);
  });

  it("keeps an oversized activity id or account out of the state (as its hash): the conversation's later turns still write", async () => {
    const id = randomUUID();
    const huge = "x".repeat(200 * 1024);
    for (const i of [1, 2]) {
      const context = turn(id, { id: `${huge}${i}`, aadObjectId: `${huge}-aad` });
      await note(context, `turn ${i}`);
      state.stampTurn(context, { activityId: `${huge}-${i}`, nonce: `n-${i}` });
      await state.saveChanges(context);
    }
    const { value, whole } = await stored(id);
    expect(value?.notes).toEqual(["turn 1", "turn 2"]);
    expect(JSON.stringify(whole).length).toBeLessThan(2_048);
    // The journal still recognises the activity by its id.
    const reader = turn(id);
    await state.load(reader);
    expect(state.appliedBy(reader, `${huge}-2`, ["n-2"])).toBe("this-attempt");
    expect(state.appliedBy(reader, `${huge}-3`, ["n-3"])).toBeUndefined();
  });

  it("writes nothing when the turn changed nothing and was not stamped", async () => {
    const id = randomUUID();
    const context = turn(id);
    await data.get(context, { count: 0, notes: [] });
    const reader = turn(id);
    await state.load(reader);
    // Reading a default does not change the stored state: nothing to write, nothing to conflict.
    await state.saveChanges(reader);
    expect(await storage.read([`test/conversations/${id}/`])).toEqual({});
  });

  it("keeps the replies of expectReplies turns on the last few entries, for an hour, and not when too large", async () => {
    const id = randomUUID();
    let clock = Date.parse("2026-11-27T10:00:00Z");
    const timed = new OptimisticConversationState(storage, undefined, () => clock);
    const reply = (text: string) => [{ type: "message", text }];
    const turnWith = async (activityId: string, replies?: Partial<Activity>[]) => {
      const context = turn(id);
      await timed.load(context);
      timed.stampTurn(context, { activityId, nonce: `n-${activityId}`, ...(replies ? { replies } : {}) });
      await timed.saveChanges(context);
      return context;
    };

    await turnWith("normal");
    for (let i = 0; i < REPLAY_ENTRIES + 1; i++) await turnWith(`kept-${i}`, reply(`answer ${i}`));
    const reader = turn(id);
    await timed.load(reader);
    expect(timed.repliesOf(reader, "normal")).toBeUndefined();
    // The oldest of REPLAY_ENTRIES + 1 lost its replies, the others kept theirs; the journal still knows all.
    expect(timed.repliesOf(reader, "kept-0")).toBeUndefined();
    expect(timed.appliedBy(reader, "kept-0", ["another run"])).toBe("earlier");
    expect(timed.repliesOf(reader, `kept-${REPLAY_ENTRIES}`)).toEqual(reply(`answer ${REPLAY_ENTRIES}`));

    await turnWith("huge", reply("x".repeat(MAX_REPLAY_BYTES + 1)));
    clock += (REPLAY_SECONDS + 1) * 1000;
    await turnWith("later", reply("later"));
    const journal = journalOf((await stored(id)).whole);
    expect(journal.find((e) => e.a === "huge")).toEqual({ a: "huge", n: "n-huge", t: expect.any(Number), o: 1 });
    // An hour later, the older replies are gone at the next write.
    expect(journal.filter((e) => e.r).map((e) => e.a)).toEqual(["later"]);
  });

  it("reads the replies when it writes: replies sent after the stamp, before the save, are kept", async () => {
    const id = randomUUID();
    const replies: Partial<Activity>[] = [];
    const context = turn(id);
    await state.load(context);
    state.stampTurn(context, { activityId: "a1", nonce: "n1", replies });
    replies.push({ type: "message", text: "one" }, { type: "message", text: "two" });
    await state.saveChanges(context);
    const reader = turn(id);
    await state.load(reader);
    expect(state.repliesOf(reader, "a1")?.map((r) => r.text)).toEqual(["one", "two"]);
  });

  it("in a conversation kept per member, keeps each sender's state in a document of its own", async () => {
    const conversationId = `19:${randomUUID()}@thread.tacv2`;
    const perMember = new OptimisticConversationState(storage, undefined, undefined, undefined, (activity) => activity.conversation?.isGroup === true);
    const counter = perMember.createProperty<number>("count");
    const group = (from: string, isGroup = true) => {
      const context = turn(conversationId, { id: from });
      context.activity.conversation.isGroup = isGroup;
      return context;
    };
    for (const from of ["29:a", "29:a", "29:b"]) {
      const context = group(from);
      await counter.set(context, ((await counter.get(context)) ?? 0) + 1);
      await perMember.saveChanges(context);
    }
    const read = async (key: string) => ((await storage.read([key]))[key] as { count?: number } | undefined)?.count;
    expect(await read(conversationStateKey("test", conversationId, "29:a"))).toBe(2);
    expect(await read(conversationStateKey("test", conversationId, "29:b"))).toBe(1);
    expect(await read(conversationStateKey("test", conversationId))).toBeUndefined();
    // Elsewhere, one document per conversation, as before.
    expect(perMember.getStorageKey(group("29:a", false))).toBe(conversationStateKey("test", conversationId));
  });

  it("names the state document as botbuilder's ConversationState does", async () => {
    const memory = new MemoryStorage();
    const conversationId = "19:abc@thread.v2;messageid=1";
    const context = new TurnContext(new TestAdapter(), {
      type: "message",
      channelId: "msteams",
      conversation: { id: conversationId } as Activity["conversation"],
      from: { id: "u" } as Activity["from"],
      recipient: { id: "b" } as Activity["recipient"],
    });
    const plain = new ConversationState(memory);
    await plain.createProperty("x").set(context, 1);
    await plain.saveChanges(context);
    expect(await memory.read([conversationStateKey("msteams", conversationId)])).toHaveProperty([conversationStateKey("msteams", conversationId), "x"], 1);
  });
});

describe("OptimisticConversationState, reading other items along with the state", () => {
  const learnersTable = dynamo.tables.learners;
  const recordKey = (id: string) => ({ pk: `LEARNER#${id}`, sk: "RECORD" });

  it("reads what the turn asks in the state's own request and hands the items over, in order, before the state is used", async () => {
    const id = randomUUID();
    await dynamo.doc.send(new PutCommand({ TableName: learnersTable, Item: { ...recordKey("along-s1"), data: { id: "along-s1" } } }));
    const reads: { keys: string[]; along: unknown[] }[] = [];
    const counting = Object.assign(Object.create(storage) as DynamoDbStorage, {
      read: async () => {
        throw new Error("the state alone should not have been read");
      },
      readAlong: async (keys: string[], along: readonly AlongRead[]) => {
        reads.push({ keys, along: [...along] });
        return storage.readAlong(keys, along);
      },
    });
    const received: unknown[][] = [];
    const along = new OptimisticConversationState(counting, undefined, undefined, () => ({
      reads: [{ tableName: learnersTable, key: recordKey("along-s1") }, { tableName: learnersTable, key: recordKey("nobody") }],
      received: (items) => void received.push([...items]),
    }));
    const context = turn(id);
    await along.createProperty<number>("n").set(context, 1);
    await along.saveChanges(context);

    expect(reads).toEqual([{ keys: [conversationStateKey("test", id)], along: [{ tableName: learnersTable, key: recordKey("along-s1") }, { tableName: learnersTable, key: recordKey("nobody") }] }]);
    expect(received).toEqual([[{ ...recordKey("along-s1"), data: { id: "along-s1" } }, undefined]]);
    expect(await along.load(turn(id))).toMatchObject({ n: 1 });
  });

  it("reads the state alone when the turn asks for nothing", async () => {
    let asked = 0;
    const along = new OptimisticConversationState(storage, undefined, undefined, () => (asked++, undefined));
    const context = turn(randomUUID());
    expect(await along.load(context)).toEqual({});
    expect(asked).toBe(1);
  });

  it("on a storage that cannot read along (botbuilder's MemoryStorage), reads the state as before and hands nothing over", async () => {
    const memory = new MemoryStorage();
    let planned = 0;
    const along = new OptimisticConversationState(memory, undefined, undefined, () => {
      planned++;
      return { reads: [{ tableName: learnersTable, key: recordKey("x") }], received: () => expect.fail("nothing was read along") };
    });
    const context = turn(randomUUID());
    await along.createProperty<number>("n").set(context, 2);
    await along.saveChanges(context);
    expect(await along.load(turn(context.activity.conversation.id))).toMatchObject({ n: 2 });
    expect(planned).toBe(0);
  });
});
