import { describe, expect, it } from "vitest";
import { ActivityHandler, CloudAdapter, type TurnContext } from "botbuilder";
import { createBotAuthentication } from "../../../functions/http/bot-authentication";
import { MAX_ATTACHMENTS, MAX_BODY_BYTES, MAX_ID_CHARS, MAX_TEXT_CHARS, processBotRequest } from "../../../functions/http/bot-http";
import { loadConfig } from "../../../infra/config/env";
import { messageActivity } from "../../support/activities";

/** Counts turns and echoes, so a test can tell whether the turn logic ran. */
class EchoBot extends ActivityHandler {
  turns = 0;
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity("echo");
      await next();
    });
  }
  override async run(context: TurnContext): Promise<void> {
    this.turns += 1;
    await super.run(context);
  }
}

/** The anonymous local server's stack: input limits apply before authentication. */
function setup() {
  const bot = new EchoBot();
  const adapter = new CloudAdapter(createBotAuthentication(loadConfig({ STAGE: "local" })));
  const post = (activity: Record<string, unknown>) =>
    processBotRequest(adapter, bot, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(activity) });
  return { bot, post };
}

function errorOf(body: string): { error: string; expected: string } {
  return JSON.parse(body) as { error: string; expected: string };
}

describe("input limits on /api/messages", () => {
  it("accepts a text of exactly the limit, counted in characters (an emoji is one)", async () => {
    const { post } = setup();
    expect((await post(messageActivity("a".repeat(MAX_TEXT_CHARS)))).statusCode).toBe(200);
    expect((await post(messageActivity("😀".repeat(MAX_TEXT_CHARS)))).statusCode).toBe(200);
  });

  it("refuses a longer text with 413 and says the limit, without running the turn", async () => {
    const { post, bot } = setup();
    const response = await post(messageActivity("é".repeat(MAX_TEXT_CHARS + 1)));
    expect(response.statusCode).toBe(413);
    expect(errorOf(response.body)).toEqual({
      error: `The message text is ${MAX_TEXT_CHARS + 1} characters, over the limit of ${MAX_TEXT_CHARS}.`,
      expected: `a message of at most ${MAX_TEXT_CHARS} characters`,
    });
    expect(bot.turns).toBe(0);
  });

  it("accepts up to the attachment limit and refuses one more with 400", async () => {
    const { post, bot } = setup();
    const attachments = (n: number) => Array.from({ length: n }, () => ({ contentType: "text/html", content: "<p>x</p>" }));
    expect((await post(messageActivity("x", { attachments: attachments(MAX_ATTACHMENTS) }))).statusCode).toBe(200);
    const response = await post(messageActivity("x", { attachments: attachments(MAX_ATTACHMENTS + 1) }));
    expect(response.statusCode).toBe(400);
    expect(errorOf(response.body).error).toBe(`The activity has ${MAX_ATTACHMENTS + 1} attachments, over the limit of ${MAX_ATTACHMENTS}.`);
    expect(bot.turns).toBe(1);
  });

  it.each(["message", "conversationUpdate", "messageReaction"])("runs the turn for %s", async (type) => {
    const { post, bot } = setup();
    expect((await post(messageActivity("x", { type }))).statusCode).toBe(200);
    expect(bot.turns).toBe(1);
  });

  it.each(["typing", "endOfConversation", "installationUpdate", "event"])("answers %s with 200 without running the turn", async (type) => {
    const { post, bot } = setup();
    const response = await post(messageActivity("", { type }));
    expect(response.statusCode).toBe(200);
    expect(bot.turns).toBe(0);
  });

  it.each(["invoke", "trace", "handoff", "contactRelationUpdate", "deleteUserData", "Message"])("refuses type %s with 400 and the accepted list", async (type) => {
    const { post, bot } = setup();
    const response = await post(messageActivity("x", { type }));
    expect(response.statusCode).toBe(400);
    expect(errorOf(response.body)).toEqual({
      error: `Activities of type "${type}" are not accepted.`,
      expected: "an activity of type message, conversationUpdate, messageReaction, typing, endOfConversation, installationUpdate, event",
    });
    expect(bot.turns).toBe(0);
  });

  it.each([
    ["a serviceUrl that is not a URL", { serviceUrl: "not a url" }, /serviceUrl: must be an absolute http\(s\) URL/],
    ["a serviceUrl of another scheme", { serviceUrl: "file:///etc/passwd" }, /serviceUrl/],
    ["attachments that are not a list", { attachments: { contentType: "x" } }, /attachments/],
    ["an attachment that is not an object", { attachments: ["x"] }, /attachments\.0/],
    ["membersAdded without ids", { membersAdded: [{ name: "x" }] }, /membersAdded\.0\.id/],
    ["a recipient without id", { recipient: {} }, /recipient\.id/],
    ["channelData that is not an object", { channelData: "x" }, /channelData/],
    ["a numeric text", { text: 42 }, /text/],
    ["entities that are not a list", { entities: "x" }, /entities/],
  ])("refuses %s with 400 naming the field", async (_case, overrides, message) => {
    const { post, bot } = setup();
    const response = await post(messageActivity("x", overrides));
    expect(response.statusCode).toBe(400);
    expect(errorOf(response.body).error).toMatch(message);
    expect(bot.turns).toBe(0);
  });

  // An id is kept in the conversation's journal and participants: a huge one would make every later
  // turn of the conversation fail on the state's size.
  const huge = "i".repeat(200 * 1024);
  it.each([
    ["id", { id: huge }],
    ["replyToId", { replyToId: huge }],
    ["conversation.id", { conversation: { id: huge } }],
    ["from.id", { from: { id: huge } }],
    ["from.aadObjectId", { from: { id: "u", aadObjectId: huge } }],
    ["recipient.id", { recipient: { id: huge } }],
    ["membersAdded.0.id", { type: "conversationUpdate", membersAdded: [{ id: huge }] }],
  ])("refuses an absurd %s with 400 naming the field and the limit, without running the turn", async (field, overrides) => {
    const { post, bot } = setup();
    const response = await post(messageActivity("x", overrides));
    expect(response.statusCode).toBe(400);
    expect(errorOf(response.body).error).toContain(`${field}: must be at most ${MAX_ID_CHARS} characters`);
    expect(errorOf(response.body).error.length).toBeLessThan(1_000);
    expect(bot.turns).toBe(0);
  });

  it("accepts ids of exactly the limit", async () => {
    const { post, bot } = setup();
    const id = "i".repeat(MAX_ID_CHARS);
    expect((await post(messageActivity("x", { id, from: { id }, conversation: { id }, recipient: { id } }))).statusCode).toBe(200);
    expect(bot.turns).toBe(1);
  });

  it("keeps the body limit in front of everything (413)", async () => {
    const { post } = setup();
    const response = await post(messageActivity("x", { value: "v".repeat(MAX_BODY_BYTES) }));
    expect(response.statusCode).toBe(413);
    expect(errorOf(response.body).expected).toMatch(/under 256 KB/);
  });
});
