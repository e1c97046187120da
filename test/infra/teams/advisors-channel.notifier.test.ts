import { describe, expect, it } from "vitest";
import type { HandoffRequest } from "../../../domain/events/events.schema";
import { advisorsAnnouncement } from "../../../infra/teams/advisors-announcement.card";
import { cardProblems } from "../../support/adaptive-card";
import { TeamsChannelNotifier, type ChannelConversation, type ChannelPost, type ProactiveSender } from "../../../infra/teams/advisors-channel.notifier";

/**
 * The notifier alone, with a sender that records what it is given: what is posted, to which
 * conversation, and the time budget. The post through botbuilder's CloudAdapter to a Bot Connector is
 * tested in test/functions/app/advisors-channel.test.ts.
 */
const APP_ID = "00000000-0000-4000-8000-000000000001";
const CHANNEL = { serviceUrl: "https://smba.trafficmanager.net/emea/", conversationId: "19:advisors0123456789abcdef@thread.tacv2", tenantId: "tenant-1" };

const request: HandoffRequest = {
  id: "261127-K7Q2X",
  createdAt: "2026-11-27T19:00:00.000Z",
  language: "en",
  channel: "msteams",
  question: "I got 8.5/20 in UTC505: is an average of 9.5 enough?",
  status: "open",
  origin: "after-unanswered",
  learnerId: "demo-03",
};

function recordingSender(): ProactiveSender & { sent: { target: ChannelConversation; activity: ChannelPost }[] } {
  const sent: { target: ChannelConversation; activity: ChannelPost }[] = [];
  return { sent, sendToConversation: async (target, activity) => void sent.push({ target: target as ChannelConversation, activity: activity as ChannelPost }) };
}

describe("TeamsChannelNotifier", () => {
  it("hands the sender the channel's conversation and an Adaptive Card in plain JSON, in French, without grades", async () => {
    const sender = recordingSender();
    await new TeamsChannelNotifier(sender, APP_ID, CHANNEL).notify(request);

    expect(sender.sent).toHaveLength(1);
    const [{ target, activity }] = sender.sent as [{ target: ChannelConversation; activity: ChannelPost }];
    expect(target).toEqual({
      channelId: "msteams",
      serviceUrl: CHANNEL.serviceUrl,
      conversation: { id: CHANNEL.conversationId, isGroup: true, conversationType: "channel", tenantId: "tenant-1", name: "advisors" },
      bot: { id: APP_ID, name: "ue-advisor" },
    });
    expect(activity).toMatchObject({ type: "message", channelId: "msteams", conversation: target.conversation, from: target.bot, channelData: { tenant: { id: "tenant-1" } } });
    expect(activity.summary).toBe("Nouvelle demande n° 261127-K7Q2X");
    const [card] = activity.attachments;
    expect(card?.contentType).toBe("application/vnd.microsoft.card.adaptive");
    expect(card?.content).toMatchObject({ type: "AdaptiveCard", version: "1.4" });
    const facts = (card?.content.body as { type: string; facts?: unknown[] }[]).find((block) => block.type === "FactSet")?.facts;
    expect(facts).toEqual(
      expect.arrayContaining([
        { title: "Langue", value: "anglais" },
        { title: "Demandée", value: "après une question restée sans réponse" },
        { title: "Contact", value: "aucun : impossible de lui répondre" },
        { title: "Apprenant", value: "demo-03" },
      ]),
    );
    expect(JSON.parse(JSON.stringify(activity))).toEqual(activity);
    expect(JSON.stringify(activity)).not.toMatch(/8\.5|9\.5|\/20(?!\d)/);
    expect(JSON.stringify(activity)).toContain("I got [note] in UTC505: is an average of [note] enough?");
  });

  it("offers « Répondre »: a form whose submit carries the request's id, valid for the Adaptive Cards library; the contact says where the answer goes", async () => {
    const card = advisorsAnnouncement({ ...request, reach: "teams-chat" }).attachments[0]?.content as {
      actions: { type: string; title: string; card: { body: { type: string; id: string; maxLength: number }[]; actions: { type: string; data: unknown }[] } }[];
      body: { type: string; facts?: unknown[] }[];
    };
    expect(cardProblems(card)).toEqual([]);
    expect(card.actions).toHaveLength(1);
    const [reply] = card.actions;
    expect(reply).toMatchObject({ type: "Action.ShowCard", title: "Répondre" });
    expect(reply?.card.body).toEqual([expect.objectContaining({ type: "Input.Text", id: "answer", maxLength: 2000, isMultiline: true })]);
    expect(reply?.card.actions).toEqual([expect.objectContaining({ type: "Action.Submit", data: { action: "handoff-answer", requestId: "261127-K7Q2X" } })]);
    expect(card.body.find((block) => block.type === "FactSet")?.facts).toContainEqual({ title: "Contact", value: "aucun : la réponse sera postée dans sa conversation Teams avec l'assistant" });
    expect(cardProblems(advisorsAnnouncement({ ...request, contact: { kind: "email", value: "a@example.org" }, reach: "contact" }).attachments[0]?.content)).toEqual([]);
  });

  it("gives up after its time budget so the learner's reply is not held", async () => {
    const stuck: ProactiveSender = { sendToConversation: () => new Promise<void>(() => undefined) };
    const notifier = new TeamsChannelNotifier(stuck, APP_ID, CHANNEL, 50);
    await expect(notifier.notify(request)).rejects.toMatchObject({ name: "AnnouncementTimeoutError" });
  });
});
