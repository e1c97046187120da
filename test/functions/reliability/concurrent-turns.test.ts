import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { CloudAdapter, ConversationState } from "botbuilder";
import { AdvisorBot } from "../../../dialogs/advisor-bot";
import { apologyWording } from "../../../dialogs/apology.wording";
import { createBotAuthentication } from "../../../functions/http/bot-authentication";
import { processBotRequest } from "../../../functions/http/bot-http";
import type { App } from "../../../functions/app/composition-root";
import { loadConfig } from "../../../infra/config/env";
import { DynamoDbStorage } from "../../../infra/state/dynamodb-storage";
import { JOURNAL_PROPERTY, PARTICIPANTS_PROPERTY } from "../../../infra/state/optimistic-conversation-state";
import { testServices } from "../../support/advisor-services";
import type { TestDynamo } from "../../support/dynamo";
import {
  conversationDocument,
  interleavingUnderstanding,
  journaled,
  message,
  post,
  reliableApp,
  seededTables,
  texts,
  type Posted,
} from "../../support/reliability";

/**
 * Two messages of one conversation processed at the same time both take effect: the result is the
 * one of running them one after the other, and the turn that ran again said nothing the first time.
 * The interleaving is forced without timers: the second message is delivered, and its turn run to
 * the end, while the first turn is between reading and writing the conversation state.
 */
let dynamo: TestDynamo;
let app: App;
let interleave: Awaited<ReturnType<typeof interleavingUnderstanding>>;

beforeAll(async () => {
  dynamo = await seededTables();
  interleave = await interleavingUnderstanding();
  app = await reliableApp(dynamo, { overrides: { services: { understanding: interleave.understanding } } });
  vi.spyOn(console, "log").mockImplementation(() => undefined);
});
afterAll(() => {
  vi.restoreAllMocks();
});

const newConversation = () => `conc-${randomUUID()}`;
/** Switches the conversation to English: changes `conversation.language`. */
const SWITCH = "in English";
/** Starts the eligibility dialog, which asks for the semester: changes `dialogs`. */
const ELIGIBILITY = "puis-je m'inscrire à RSX101 ?";

/** The bot's part of a state document: without the journal, the participants and the dialogs' random instance ids. */
function botState(document: Record<string, unknown> | undefined): unknown {
  const { [JOURNAL_PROPERTY]: _journal, [PARTICIPANTS_PROPERTY]: _participants, ...rest } = document ?? {};
  return JSON.parse(JSON.stringify(rest), (key, value: unknown) => (key === "instanceId" ? "(instance)" : value));
}

/** Runs `second` to the end while `first`'s turn is in progress (state read, not yet written). */
async function interleaved(send: (activity: Record<string, unknown>) => Promise<Posted>, first: Record<string, unknown>, second: Record<string, unknown>) {
  let secondResult: Posted | undefined;
  interleave.during(async () => {
    secondResult = await send(second);
  });
  const firstResult = await send(first);
  return { first: firstResult, second: secondResult as Posted };
}

describe("two messages of one conversation at the same time", () => {
  it("both take effect, as if the second had run first, and the first one's replies leave once", async () => {
    const concurrent = newConversation();
    await post(app, message(concurrent, "bonjour"));
    const switching = message(concurrent, SWITCH);
    const enrolling = message(concurrent, ELIGIBILITY);
    const result = await interleaved((activity) => post(app, activity), switching, enrolling);

    const serial = newConversation();
    await post(app, message(serial, "bonjour"));
    const serialEnrolling = await post(app, message(serial, ELIGIBILITY));
    const serialSwitching = await post(app, message(serial, SWITCH));

    const state = botState(await conversationDocument(dynamo, concurrent));
    expect(state).toEqual(botState(await conversationDocument(dynamo, serial)));
    expect(state).toMatchObject({ conversation: { language: "en" }, dialogs: { dialogStack: [expect.anything()] } });
    expect(texts(result.second.replies)).toEqual(texts(serialEnrolling.replies));
    // Run twice (once on the stale state, once after the conflict), answered once.
    expect(texts(result.first.replies)).toEqual(texts(serialSwitching.replies));
    expect(await journaled(dynamo, concurrent)).toEqual(expect.arrayContaining([switching.id, enrolling.id]));
  });

  it("with botbuilder's own ConversationState (eTag '*'), the same interleaving loses the second message", async () => {
    // The counterfactual that shows the test above can fail: the pieces of the composition root,
    // without the TurnGuard and with the stock state, on the same tables.
    const storage = new DynamoDbStorage({ doc: dynamo.doc, tableName: dynamo.tables.state, ttlSeconds: 3600 });
    const services = await testServices({ understanding: interleave.understanding });
    const bot = new AdvisorBot(new ConversationState(storage), services);
    const adapter = new CloudAdapter(createBotAuthentication(loadConfig({ STAGE: "local" })));
    const send = async (activity: Record<string, unknown>): Promise<Posted> => {
      const response = await processBotRequest(adapter, bot, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(activity) });
      return { status: response.statusCode, replies: (JSON.parse(response.body) as { activities: Posted["replies"] }).activities };
    };
    const conversation = newConversation();
    await send(message(conversation, "bonjour"));
    await interleaved(send, message(conversation, SWITCH), message(conversation, ELIGIBILITY));

    const state = botState(await conversationDocument(dynamo, conversation)) as { conversation: { language: string }; dialogs?: { dialogStack: unknown[] } };
    expect(state.conversation.language).toBe("en");
    expect(state.dialogs?.dialogStack ?? []).toEqual([]);
  });

  it("three messages at once in each of 20 conversations: every turn takes effect and gets its answer", async () => {
    const questions = ["c'est quoi une UA ?", "cb d'h pr 1 UE de 4 ects", "c'est quoi NSY103 ?"];
    const conversations = Array.from({ length: 20 }, newConversation);
    const sent = conversations.map((conversation) => questions.map((question) => message(conversation, question)));
    const results = await Promise.all(sent.flat().map((activity) => post(app, activity)));

    for (const result of results) {
      expect(result.status).toBe(200);
      expect(result.replies.length).toBeGreaterThan(0);
      expect(texts(result.replies)).not.toContain(apologyWording.fr);
    }
    for (const [index, conversation] of conversations.entries()) {
      expect((await journaled(dynamo, conversation)).sort()).toEqual(sent[index]!.map((activity) => activity.id).sort());
    }
  });
});
