import { describe, expect, it, vi } from "vitest";
import { describeFailure, TeamsAnswerDelivery } from "../../../functions/app/answer-delivery";
import type { HandoffRequest } from "../../../domain/events/events.schema";
import { InMemoryEventsRepository } from "../../../infra/events/in-memory-events.repository";
import type { ProactiveSender } from "../../../infra/teams/advisors-channel.notifier";

const NOW = new Date("2026-11-30T10:00:00.000Z");
const request: HandoffRequest = {
  id: "261127-K7Q2X",
  createdAt: "2026-11-27T19:00:00.000Z",
  language: "en",
  channel: "msteams",
  question: "Can I keep my grade?",
  status: "open",
  reach: "teams-chat",
  teamsChat: { serviceUrl: "https://smba.trafficmanager.net/emea/", conversationId: "a:1chat", tenantId: "tenant-1" },
};

async function answered(events = new InMemoryEventsRepository()) {
  await events.recordHandoff(request);
  const outcome = await events.answerHandoff(request.id, { text: "Yes.", by: "Claire", at: NOW.toISOString() }, { status: "pending" });
  if (outcome.outcome !== "answered") throw new Error("not answered");
  return { events, request: outcome.request };
}

function delivery(events: InMemoryEventsRepository, sender: ProactiveSender, timeoutMs = 1_000) {
  const log = vi.fn();
  return { log, delivery: new TeamsAnswerDelivery({ events, sender, appId: "app", now: () => NOW, log, timeoutMs }) };
}

describe("TeamsAnswerDelivery", () => {
  it("posts the answer in the learner's language to the recorded chat, once", async () => {
    const { events, request: pending } = await answered();
    const sent: unknown[] = [];
    const { delivery: d } = delivery(events, { sendToConversation: async (target, activity) => void sent.push({ target, activity }) });
    expect(await d.deliver(pending)).toEqual({ outcome: "delivered", at: NOW.toISOString() });
    expect(sent).toEqual([
      {
        target: expect.objectContaining({ serviceUrl: "https://smba.trafficmanager.net/emea/", conversation: expect.objectContaining({ id: "a:1chat", conversationType: "personal", tenantId: "tenant-1" }) }),
        activity: expect.objectContaining({ text: `An advisor's answer to your request no. ${request.id} ("Can I keep my grade?"):\n\nYes.\n\n— Claire. For another question, write it here.` }),
      },
    ]);
    expect(await d.deliver(pending)).toEqual({ outcome: "not-pending" });
    expect(sent).toHaveLength(1);
  });

  it.each([
    ["a 404", Object.assign(new Error("Not found"), { statusCode: 404 }), "the learner's Teams chat no longer exists (404)"],
    ["a 502", Object.assign(new Error("Bad\n gateway"), { statusCode: 502 }), "Teams answered 502: Bad gateway"],
    ["a network error", new Error("connect ECONNREFUSED"), "could not reach Teams: connect ECONNREFUSED"],
  ])("records %s as failed with its reason, logs it, and does not try again", async (_, error, reason) => {
    const { events, request: pending } = await answered();
    const send = vi.fn(async () => Promise.reject(error));
    const { delivery: d, log } = delivery(events, { sendToConversation: send });
    expect(await d.deliver(pending)).toEqual({ outcome: "failed", error: reason });
    expect((await events.getHandoff(request.id))?.delivery).toEqual({ status: "failed", at: NOW.toISOString(), error: reason });
    expect(log).toHaveBeenCalledWith("warn", "answer_delivery_failed", { requestId: request.id, reason });
    expect(await d.deliverPending()).toEqual([]);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it("gives up on a Teams that does not answer", async () => {
    const { events, request: pending } = await answered();
    const { delivery: d } = delivery(events, { sendToConversation: () => new Promise<void>(() => undefined) }, 30);
    expect(await d.deliver(pending)).toEqual({ outcome: "failed", error: "Teams did not answer within 0.03 s" });
  });

  it("counts a posted answer as delivered even when recording it fails: the request stays 'sending', never posted twice", async () => {
    const events = new InMemoryEventsRepository();
    const { request: pending } = await answered(events);
    vi.spyOn(events, "markDelivery").mockRejectedValue(new Error("DynamoDB unavailable"));
    const send = vi.fn(async () => undefined);
    const { delivery: d, log } = delivery(events, { sendToConversation: send });
    expect(await d.deliver(pending)).toMatchObject({ outcome: "delivered" });
    expect(log).toHaveBeenCalledWith("warn", "answer_delivery_record_failed", { requestId: request.id, message: "DynamoDB unavailable" });
    expect((await events.getHandoff(request.id))?.delivery).toEqual({ status: "sending", at: NOW.toISOString() });
    expect(await d.deliverPending()).toEqual([]);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it("leaves answers that are not its to post: web conversation, by contact, not answered", async () => {
    const events = new InMemoryEventsRepository();
    const { delivery: d } = delivery(events, { sendToConversation: async () => undefined });
    expect(await d.deliver({ ...request, status: "answered", reach: "web-conversation", delivery: { status: "pending" } })).toEqual({ outcome: "not-pending" });
    expect(await d.deliver({ ...request, status: "answered", reach: "contact", delivery: { status: "by-contact" } })).toEqual({ outcome: "not-pending" });
    expect(await d.deliver(request)).toEqual({ outcome: "not-pending" });
    expect(describeFailure(Object.assign(new Error("Forbidden"), { statusCode: 403 }), 5000)).toMatch(/^Teams refused the post \(403\)/);
  });
});
