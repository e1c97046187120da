import { describe, expect, it, vi } from "vitest";
import type { HandoffRequest } from "../../domain/events/events.schema";
import { botConversation } from "../support/bot";
import { replyText as replyTextOf } from "../support/turn-table";
import { TEST_NOW, testServices } from "../support/advisor-services";

describe("handoff to an advisor", () => {
  it("collects the question and, with consent, a contact; records the request without grades", async () => {
    const { play, services } = await botConversation({ userId: "demo-03", channelId: "webchat" });
    await play([
      { user: "je voudrais parler à un conseiller", bot: [/^Je transmets votre demande à un conseiller\. Quelle est votre question \?/] },
      { user: "Puis-je garder ma note de 8,5/20 en UTC505 ? Mon numéro d'auditeur est 100234567", bot: [/^Souhaitez-vous qu'un conseiller vous recontacte/] },
      { user: "peut-être", bot: [/^Je n'ai pas reconnu d'adresse e-mail/] },
      { user: "learner@example.org", bot: [/^C'est noté : votre demande n° H-\d+ est transmise aux conseillers\. Un conseiller vous répondra à learner@example\.org, en principe sous 3 jours ouvrés/] },
    ]);
    const [request] = await services.events.listHandoffs();
    expect(request).toMatchObject({
      status: "open",
      language: "fr",
      channel: "webchat",
      learnerId: "demo-03",
      reach: "contact",
      contact: { kind: "email", value: "learner@example.org" },
      createdAt: TEST_NOW.toISOString(),
      origin: "direct",
    });
    // What the learner typed is kept, redacted of identifiers; nothing is read from their record.
    expect(request?.question).toContain("UTC505");
    expect(request?.question).toContain("[numéro]");
    expect(JSON.stringify(request)).not.toMatch(/100234567|"grade"|results|enrolments/);
  });

  it("records a request without contact when the learner declines, and says the answer comes in the web conversation", async () => {
    const { play, services } = await botConversation({ userId: "visitor", channelId: "webchat" });
    await play([
      { user: "talk to an advisor", bot: [/^I will pass your request to an advisor\. What is your question\?/] },
      { user: "Can I change my exam date?", bot: [/^Would you like an advisor to contact you/] },
      {
        user: "no",
        bot: [
          "Understood, I keep no way to contact you.",
          /^Done: your request no\. H-\d+ .*An advisor's answer will show in this conversation when you come back to this page in this browser, normally within 3 working days/,
        ],
      },
    ]);
    const [request] = await services.events.listHandoffs();
    expect(request).toMatchObject({ language: "en", question: "Can I change my exam date?", status: "open", reach: "web-conversation" });
    expect(request).not.toHaveProperty("contact");
    expect(request).not.toHaveProperty("learnerId");
  });

  it("where no answer can come back (a channel other than Teams' personal chat or the website), says so before asking for a contact, and after", async () => {
    const { play, services } = await botConversation({ channelId: "emulator" });
    await play([
      { user: "parler à un conseiller", bot: [/Quelle est votre question/] },
      { user: "Puis-je changer de groupe ?", bot: [/^Ici, je ne pourrai pas vous faire parvenir la réponse\./] },
      {
        user: "non",
        bot: [/je ne conserve aucun moyen/, /^C'est noté : votre demande n° H-\d+ est transmise aux conseillers\. Sans moyen de vous joindre, un conseiller ne pourra pas vous répondre/],
      },
    ]);
    expect(await services.events.listHandoffs()).toEqual([expect.objectContaining({ reach: "none" })]);
  });

  it("in a Teams personal chat, promises the answer there and keeps the chat's address for it", async () => {
    const { send, services } = await botConversation({ channelId: "msteams" });
    const teams = (text: string) =>
      send({ type: "message", text, serviceUrl: "https://smba.trafficmanager.net/emea/", conversation: { id: "a:1chat", conversationType: "personal", tenantId: "tenant-1", isGroup: false, name: "" } });
    await teams("parler à un conseiller");
    expect((await teams("Puis-je changer de groupe ?")).map(replyTextOf)).toEqual([expect.stringMatching(/^Souhaitez-vous qu'un conseiller vous recontacte/)]);
    const replies = (await teams("non")).map(replyTextOf);
    expect(replies.at(-1)).toMatch(/Un conseiller vous répondra ici, dans votre conversation Teams avec l'assistant, en principe sous 3 jours ouvrés\. Demandez « où en est ma demande \? » pour la suivre\./);
    expect(await services.events.listHandoffs()).toEqual([
      expect.objectContaining({ reach: "teams-chat", teamsChat: { serviceUrl: "https://smba.trafficmanager.net/emea/", conversationId: "a:1chat", tenantId: "tenant-1" } }),
    ]);
  });

  it.each([
    ["question", [] as string[], /Quelle est votre question/],
    ["contact", ["Comment changer de groupe ?"], /Souhaitez-vous qu'un conseiller vous recontacte/],
  ])("at the %s prompt: help answers and asks again, cancel records nothing", async (_name, answers, prompt) => {
    const { play, send, services } = await botConversation({ channelId: "webchat" });
    await send("parler à un conseiller");
    for (const answer of answers) await send(answer);
    await play([
      { user: "aide", bot: [/^Je peux : expliquer/, prompt] },
      { user: "annuler", bot: [/^D'accord, j'abandonne/] },
    ]);
    expect(await services.events.listHandoffs()).toEqual([]);
  });

  it.each([
    ["after an answer: the request names it, and the answer was counted", "c'est quoi une UE ?", { origin: "after-answer", answerId: "ue-definition" }, ["ue-definition"]],
    ["after a question the assistant could not answer", "quel temps fera-t-il demain à Paris ?", { origin: "after-unanswered" }, []],
  ])("records what preceded the request, %s", async (_case, question, origin, answered) => {
    const { send, services } = await botConversation();
    await send(question);
    await send("je veux parler à un conseiller");
    await send("Pouvez-vous m'en dire plus ?");
    await send("non");
    const [request] = await services.events.listHandoffs();
    expect(request).toMatchObject(origin);
    if (origin.origin !== "after-answer") expect(request).not.toHaveProperty("answerId");
    expect((await services.events.listAnswered()).map((a) => a.answerId)).toEqual(answered);
    // A second request in the same conversation starts from scratch.
    await send("je veux parler à un conseiller");
    await send("Autre chose ?");
    await send("non");
    expect((await services.events.listHandoffs())[1]).toMatchObject({ origin: "direct" });
  });

  it("announces the recorded request to the advisors' channel, once", async () => {
    const announced: HandoffRequest[] = [];
    const services = await testServices({ advisorsChannel: { notify: async (request) => void announced.push(request) } });
    const { play } = await botConversation({ services, channelId: "webchat" });
    await play([
      { user: "parler à un conseiller", bot: [/Quelle est votre question/] },
      { user: "Puis-je changer de groupe ?", bot: [/recontacte/] },
      { user: "non", bot: [/je ne conserve aucun moyen/, /votre demande n° H-\d+ est transmise/] },
    ]);
    const [request] = await services.events.listHandoffs();
    expect(announced).toEqual([request]);
  });

  it("still confirms the request to the learner when the announcement fails", async () => {
    const log = vi.fn();
    const services = await testServices({ advisorsChannel: { notify: async () => Promise.reject(new Error("connector unreachable")) }, log });
    const { play } = await botConversation({ services, channelId: "webchat" });
    await play([
      { user: "parler à un conseiller", bot: [/Quelle est votre question/] },
      { user: "Puis-je changer de groupe ?", bot: [/recontacte/] },
      { user: "non", bot: [/je ne conserve aucun moyen/, /votre demande n° H-\d+ est transmise/] },
    ]);
    expect(await services.events.listHandoffs({ status: "open" })).toHaveLength(1);
    expect(log).toHaveBeenCalledWith("handoff_notify_failed", { id: expect.stringMatching(/^H-\d+$/), message: "connector unreachable" });
  });

  it("logs the address of a Teams channel the app is added to, for ADVISORS_TEAMS_* settings", async () => {
    const log = vi.fn();
    const { send } = await botConversation({ channelId: "msteams", services: await testServices({ log }) });
    await send({
      type: "conversationUpdate",
      membersAdded: [{ id: "28:bot", name: "ue-advisor" }],
      recipient: { id: "28:bot", name: "ue-advisor" },
      conversation: { id: "19:advisors@thread.tacv2", conversationType: "channel", tenantId: "tenant-1", isGroup: true, name: "Conseillers" },
      serviceUrl: "https://smba.trafficmanager.net/emea/",
    });
    expect(log).toHaveBeenCalledWith("teams_channel_installed", { serviceUrl: "https://smba.trafficmanager.net/emea/", conversationId: "19:advisors@thread.tacv2", tenantId: "tenant-1" });
  });
});
