import { describe, expect, it, vi } from "vitest";
import { MemoryStorage } from "botbuilder";
import type { HandoffRequest } from "../../domain/events/events.schema";
import { botConversation } from "../support/bot";
import { replyText as replyTextOf } from "../support/turn-table";
import { TEST_NOW, testServices } from "../support/advisor-services";

describe("handoff to an advisor", () => {
  it("collects the question and, with consent, a contact; records the request without grades", async () => {
    // On the website (Direct Line): without a contact, the answer would come in this conversation.
    const { play, services } = await botConversation({ userId: "demo-03", channelId: "directline" });
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
      channel: "directline",
      learnerId: "demo-03",
      reach: "contact",
      contact: { kind: "email", value: "learner@example.org" },
      createdAt: TEST_NOW.toISOString(),
      origin: "direct",
    });
    // What the learner typed is kept, redacted of identifiers and grades; nothing is read from their record.
    expect(request?.question).toBe("Puis-je garder ma note de [note] en UTC505 ? Mon numéro d'auditeur est [numéro]");
    expect(JSON.stringify(request)).not.toMatch(/100234567|8,5|"grade"|results|enrolments/);
  });

  it("takes the question said with the request, and a phone number given with it as the contact", async () => {
    const { play, services } = await botConversation({ channelId: "directline" });
    await play([
      {
        user: "Je n'arrive pas à remplir mon dossier d'inscription, un conseiller peut me rappeler ? Mon numéro : 06 12 34 56 78",
        bot: [/^C'est noté : votre demande n° H-\d+ est transmise aux conseillers\. Un conseiller vous répondra à 06 12 34 56 78/],
      },
    ]);
    const [request] = await services.events.listHandoffs();
    expect(request).toMatchObject({ contact: { kind: "phone", value: "06 12 34 56 78" }, reach: "contact" });
    expect(request?.question).not.toMatch(/06 12/);
  });

  it.each(["Je préfère parler à quelqu'un du Cnam, un vrai conseiller svp", "none of this answers my question. get me a human", "I need to talk to an advisor, please, it's urgent"])(
    "%j says no matter of its own: the question is asked",
    async (request) => {
      const { send } = await botConversation({ channelId: "directline" });
      expect((await send(request)).map((reply) => reply.text)).toEqual([expect.stringMatching(/(Quelle est votre question|What is your question)\s*\?$/)]);
    },
  );

  it("records at once a callback asked with a phone number, whatever else the message says", async () => {
    const { play, services } = await botConversation({ channelId: "directline" });
    await play([{ user: "je comprends rien, un conseiller peut me rappeler ? 06 98 76 54 32", bot: [/^C'est noté : votre demande n° H-\d+ est transmise[^]*06 98 76 54 32/] }]);
    expect(await services.events.listHandoffs()).toHaveLength(1);
  });

  it("lets the learner change their mind at « what is your question? », and passes nothing on", async () => {
    const { play, services } = await botConversation({ channelId: "directline" });
    await play([
      { user: "I need a human", bot: [/^I will pass your request to an advisor\. What is your question\?/] },
      { user: "hmm actually no thanks, never mind", bot: [/^All right, I pass nothing on\./] },
      { user: "what is a UE?", bot: [/teaching unit|UE/i] },
    ]);
    expect(await services.events.listHandoffs()).toEqual([]);
  });

  it("does not ask for the question again when the request says what it is about", async () => {
    const { play, services } = await botConversation({ channelId: "directline" });
    await play([
      { user: "I'd like to speak to an advisor about getting my units from another school recognised", bot: [/^Would you like an advisor to contact you\?|email|phone/i] },
      { user: "no", bot: [/^Understood, I keep no way to contact you\./, /request no\. H-\d+/] },
    ]);
    const [request] = await services.events.listHandoffs();
    expect(request?.question).toBe("I'd like to speak to an advisor about getting my units from another school recognised");
  });

  /** Everything the conversation's state holds, as stored. */
  const stored = async (storage: MemoryStorage) => JSON.stringify(await storage.read(Object.keys((storage as unknown as { memory: object }).memory)));
  const typed = "Mon numéro d'auditeur est 100234567 : Mme Lefèvre m'a mis 8,5/20 en NFA031, puis-je repasser l'examen ?";

  it("keeps in the conversation state only the question as the advisor will read it, while it waits for a contact", async () => {
    const storage = new MemoryStorage();
    const { send, services } = await botConversation({ userId: "demo-03", storage });
    await send("je voudrais parler à un conseiller");
    // The test channel cannot bring an answer back: the learner is asked for a contact, and told why.
    expect((await send(typed)).map((reply) => reply.text)).toEqual([expect.stringMatching(/^Ici, je ne pourrai pas vous faire parvenir la réponse\. Pour qu'un conseiller vous réponde/)]);
    // The learner leaves here: the state keeps no identifier, grade or titled name for 30 days.
    const state = await stored(storage);
    expect(state).toContain("[numéro] : Mme [nom] m'a mis [note] en NFA031");
    expect(state).not.toMatch(/100234567|Lefèvre|8,5/);
    await send("marie@example.org");
    const [request] = await services.events.listHandoffs();
    expect(request?.question).toBe("Mon numéro d'auditeur est [numéro] : Mme [nom] m'a mis [note] en NFA031, puis-je repasser l'examen ?");
    // The request is written: the contact it holds is not left in the state.
    expect(await stored(storage)).not.toMatch(/marie|example\.org|NFA031/);
  });

  it("keeps no grade in the state of an offer to pass a question on, nor in the request it starts", async () => {
    const storage = new MemoryStorage();
    const { send, services } = await botConversation({ storage });
    const question = "J'ai eu 8,5/20 : quelle est la date limite de la VAE pour le master MEEF en Guyane ?";
    expect((await send(question))[0]?.text).toMatch(/voulez-vous que je lui transmette votre question \?$/);
    expect(await stored(storage)).not.toContain("8,5");
    await send("oui");
    await send("non");
    const [request] = await services.events.listHandoffs();
    expect(request?.question).toBe("J'ai eu [note] : quelle est la date limite de la VAE pour le master MEEF en Guyane ?");
  });

  it("records a request without contact when the learner declines, and says the answer comes in the chat", async () => {
    const { play, services } = await botConversation({ userId: "visitor", channelId: "directline" });
    await play([
      { user: "talk to an advisor", bot: [/^I will pass your request to an advisor\. What is your question\?/] },
      { user: "Can I change my exam date?", bot: [/^Would you like an advisor to contact you/] },
      { user: "no", bot: ["Understood, I keep no way to contact you.", /^Done: your request no\. H-\d+ .*will show in this conversation when you come back to this page in this browser, normally within 3 working days/] },
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
    const { play, send, services } = await botConversation({ channelId: "directline" });
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
    const { play } = await botConversation({ services, channelId: "directline" });
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
    const { play } = await botConversation({ services, channelId: "directline" });
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
