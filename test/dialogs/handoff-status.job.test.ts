import { MemoryStorage } from "botbuilder";
import { describe, expect, it } from "vitest";
import type { HandoffRequest } from "../../domain/events/events.schema";
import { WEB_JOIN_EVENT } from "../../dialogs/web-join";
import { botConversation } from "../support/bot";
import { TEST_NOW, testServices, type TestServices } from "../support/advisor-services";

const ANSWER = { text: "Oui : écrivez au service des examens avant le 15 janvier.", by: "conseiller.test", at: "2026-11-30T09:00:00.000Z" };
const ANSWERED_EN = { ...ANSWER, text: "Yes: write to the exams office before 15 January." };

/** A conversation on the website's channel (Direct Line), with its own conversation id. */
async function webConversation(services: TestServices, conversationId = "web-conv-1", userId = "visitor") {
  const talk = await botConversation({ channelId: "directline", userId, services, storage: new MemoryStorage() });
  talk.adapter.conversation.conversation = { ...talk.adapter.conversation.conversation, id: conversationId };
  return talk;
}

/** « parler à un conseiller », the question, « non »: a request answered in this conversation. */
async function handOff(send: (text: string) => Promise<unknown>, language: "fr" | "en" = "fr"): Promise<void> {
  if (language === "fr") {
    await send("je veux parler à un conseiller");
    await send("Puis-je changer la date de mon examen ?");
    await send("non");
  } else {
    await send("I want to talk to an advisor");
    await send("Can I change the date of my exam?");
    await send("no");
  }
}

function request(overrides: Partial<HandoffRequest>): HandoffRequest {
  return {
    id: "261130-AB12C",
    createdAt: "2026-11-26T10:00:00.000Z",
    language: "fr",
    channel: "directline",
    question: "Une question",
    status: "open",
    origin: "direct",
    reach: "web-conversation",
    ...overrides,
  } as HandoffRequest;
}

describe("« où en est ma demande ? » (handoff-status job)", () => {
  it("says an open request of this conversation waits, since when, and how the answer will come (French)", async () => {
    const services = await testServices();
    const { play, send } = await webConversation(services);
    await handOff(send);
    await play([
      {
        user: "où en est ma demande ?",
        bot: [/^Votre demande H-\d+, reçue le 27 novembre 2026 à 21:00, attend la réponse d'un conseiller \(en principe sous 3 jours ouvrés\)\. La réponse s'affichera dans cette conversation quand vous reviendrez sur cette page/],
      },
    ]);
  });

  it("shows the advisor's answer and marks it delivered, once (English)", async () => {
    const services = await testServices();
    const { play, send } = await webConversation(services);
    await handOff(send, "en");
    const [made] = await services.events.listHandoffs();
    await services.events.answerHandoff(made!.id, ANSWERED_EN, { status: "pending" });
    await play([{ user: "any answer to my request?", bot: [`An advisor answered your request ${made!.id} ("Can I change the date of my exam?"):\n\n${ANSWERED_EN.text}`] }]);
    expect(await services.events.getHandoff(made!.id)).toMatchObject({ status: "answered", delivery: { status: "delivered", at: TEST_NOW.toISOString() } });
    // Shown: the next message does not bring it again.
    const next = await send("what is a UE?");
    expect(next.map((r) => r.text).join("\n")).not.toContain(ANSWERED_EN.text);
  });

  it("finds a request by its number, however it is cased, and says a closed one is closed", async () => {
    const services = await testServices();
    await services.events.recordHandoff(request({ conversationId: "web-conv-1", status: "closed", closedAt: "2026-11-28T16:30:00.000Z" }));
    const { play } = await webConversation(services);
    await play([{ user: "ma demande 261130-ab12c", bot: [/^Votre demande 261130-AB12C est close depuis le 28 novembre 2026 à 17:30\./] }]);
  });

  it("finds a signed-in learner's own request from another conversation by its number", async () => {
    const services = await testServices();
    await services.events.recordHandoff(request({ conversationId: "teams-conv", channel: "msteams", learnerId: "demo-03", reach: "teams-chat" }));
    const { play } = await webConversation(services, "web-conv-2", "demo-03");
    await play([{ user: "261130-AB12C", bot: [/^Votre demande 261130-AB12C, reçue le 26 novembre 2026 à 11:00, attend la réponse/] }]);
  });

  it.each([
    ["fr", "où en est ma demande 261130-AB12C ?", /^Je ne trouve pas la demande 261130-AB12C dans cette conversation\./],
    ["en", "status of my request 261130-AB12C", /^I cannot find request 261130-AB12C in this conversation\./],
  ])("never shows another conversation's request, and says the same as for a number that does not exist (%s)", async (_language, question, refusal) => {
    const services = await testServices();
    await services.events.recordHandoff(request({ conversationId: "someone-else", learnerId: "demo-05", status: "answered", answer: ANSWER, delivery: { status: "pending" } }));
    const other = await webConversation(services, "web-conv-3", "demo-03");
    const [reply] = await other.send(question);
    expect(reply?.text).toMatch(refusal);
    expect(reply?.text).not.toContain(ANSWER.text);
    // The same words for a number nobody has.
    const [unknown] = await other.send(question.replace("AB12C", "ZZ99Z"));
    expect(unknown?.text).toBe(reply?.text?.replace("AB12C", "ZZ99Z"));
    expect(await services.events.getHandoff("261130-AB12C")).toMatchObject({ delivery: { status: "pending" } });
  });

  it.each([
    ["fr", "où en est ma demande ?", /^Je ne trouve aucune demande à un conseiller dans cette conversation\./],
    ["en", "status of my question", /^I cannot find any request to an advisor in this conversation\./],
  ])("says when this conversation has no request (%s)", async (_language, question, reply) => {
    const services = await testServices();
    await services.events.recordHandoff(request({ conversationId: "someone-else" }));
    const { play } = await webConversation(services);
    await play([{ user: question, bot: [reply] }]);
  });
});

describe("an advisor's answer shown in the web conversation", () => {
  it("comes when the learner is back on the page (join event), once; a second return only welcomes back", async () => {
    const services = await testServices();
    const { send } = await webConversation(services);
    await handOff(send);
    const [made] = await services.events.listHandoffs();
    expect(made).toMatchObject({ reach: "web-conversation", conversationId: "web-conv-1" });

    // Back before any answer: nothing to show.
    const early = await send({ type: "event", name: WEB_JOIN_EVENT });
    expect(early.map((r) => r.text)).toEqual([expect.stringMatching(/^Bon retour !/)]);

    await services.events.answerHandoff(made!.id, ANSWER, { status: "pending" });
    const back = await send({ type: "event", name: WEB_JOIN_EVENT });
    expect(back.map((r) => r.text)).toEqual([`Un conseiller a répondu à votre demande ${made!.id} (« Puis-je changer la date de mon examen ? ») :\n\n${ANSWER.text}`]);
    expect(await services.events.getHandoff(made!.id)).toMatchObject({ delivery: { status: "delivered" } });

    const again = await send({ type: "event", name: WEB_JOIN_EVENT });
    expect(again.map((r) => r.text)).toEqual([expect.stringMatching(/^Bon retour !/)]);
  });

  it("comes before the reply to the learner's next message when they never left the page", async () => {
    const services = await testServices();
    const { send } = await webConversation(services);
    await handOff(send);
    const [made] = await services.events.listHandoffs();
    await services.events.answerHandoff(made!.id, ANSWER, { status: "pending" });
    const replies = await send("c'est quoi une UE ?");
    expect(replies[0]?.text).toBe(`Un conseiller a répondu à votre demande ${made!.id} (« Puis-je changer la date de mon examen ? ») :\n\n${ANSWER.text}`);
    expect(replies[1]?.text).toMatch(/unité d.enseignement/i);
    expect((await send("merci")).map((r) => r.text).join("\n")).not.toContain(ANSWER.text);
  });

  it("is never shown in another conversation, even one that waits for an answer of its own", async () => {
    const services = await testServices();
    const first = await webConversation(services, "web-conv-A");
    await handOff(first.send);
    const second = await webConversation(services, "web-conv-B");
    await handOff(second.send);
    const [requestA] = (await services.events.listHandoffs()).filter((r) => r.conversationId === "web-conv-A");
    await services.events.answerHandoff(requestA!.id, ANSWER, { status: "pending" });
    const inB = await second.send({ type: "event", name: WEB_JOIN_EVENT });
    expect(inB.map((r) => r.text)).toEqual([expect.stringMatching(/^Bon retour/)]);
    expect(await services.events.getHandoff(requestA!.id)).toMatchObject({ delivery: { status: "pending" } });
  });

  it("leaves an answer given by email or phone to the advisor, and reads nothing on ordinary turns", async () => {
    const services = await testServices();
    const { send } = await webConversation(services);
    let reads = 0;
    const getHandoff = services.events.getHandoff.bind(services.events);
    services.events.getHandoff = async (id) => {
      reads += 1;
      return getHandoff(id);
    };
    await send("c'est quoi une UE ?");
    await send({ type: "event", name: WEB_JOIN_EVENT });
    expect(reads).toBe(0);
    await send("je veux parler à un conseiller");
    await send("Puis-je changer la date de mon examen ?");
    await send("learner@example.org");
    const [made] = await services.events.listHandoffs();
    expect(made).toMatchObject({ reach: "contact" });
    await services.events.answerHandoff(made!.id, ANSWER, { status: "by-contact" });
    expect((await send("merci")).map((r) => r.text).join("\n")).not.toContain(ANSWER.text);
    expect(await services.events.getHandoff(made!.id)).toMatchObject({ delivery: { status: "by-contact" } });
  });

  it("reaches a signed-in learner in their next web conversation when the page could not resume the first (its token expired); nobody else", async () => {
    const services = await testServices();
    const first = await webConversation(services, "web-conv-old", "demo-03");
    await handOff(first.send);
    const [made] = await services.events.listHandoffs();
    expect(made).toMatchObject({ learnerId: "demo-03", reach: "web-conversation" });
    await services.events.answerHandoff(made!.id, ANSWER, { status: "pending" });
    const opened = (talk: Awaited<ReturnType<typeof webConversation>>, id: string) =>
      talk.send({ type: "conversationUpdate", membersAdded: [{ id, name: "Learner" }], recipient: talk.adapter.conversation.bot });

    const visitor = await webConversation(services, "web-conv-visitor", "visitor");
    expect((await opened(visitor, "visitor")).map((r) => r.text).join("\n")).not.toContain(ANSWER.text);
    const someoneElse = await webConversation(services, "web-conv-demo-05", "demo-05");
    expect((await opened(someoneElse, "demo-05")).map((r) => r.text).join("\n")).not.toContain(ANSWER.text);

    const next = await webConversation(services, "web-conv-new", "demo-03");
    const replies = await opened(next, "demo-03");
    expect(replies.map((r) => r.text)).toEqual([expect.stringMatching(/^Bonjour ! Je suis l.assistant/), expect.stringContaining(ANSWER.text)]);
    expect(await services.events.getHandoff(made!.id)).toMatchObject({ delivery: { status: "delivered" } });
    // « Où en est ma demande ? » there finds it too (the latest of this learner), and the first conversation does not show it again.
    expect((await next.send("où en est ma demande ?"))[0]?.text).toContain(ANSWER.text);
    expect((await first.send({ type: "event", name: WEB_JOIN_EVENT })).map((r) => r.text)).toEqual([expect.stringMatching(/^Bon retour !/)]);
  });
});
