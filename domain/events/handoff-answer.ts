import type { HandoffDelivery, HandoffRequest } from "./events.schema";

/** Longest answer an advisor may give: a Teams message and a chat bubble stay readable, and the schema holds it. */
export const ANSWER_MAX_LENGTH = 2_000;

/**
 * How the « Répondre » form of a request's card in the advisors' channel comes back: a message whose
 * value is { action: ADVISOR_ANSWER_ACTION, requestId, [ANSWER_INPUT]: the text typed }.
 */
export const ADVISOR_ANSWER_ACTION = "handoff-answer";
export const ANSWER_INPUT = "answer";

/** An advisor's answer as typed, checked: its trimmed text, or why it is refused. */
export type AnswerTextCheck = { ok: true; text: string } | { ok: false; problem: "empty" } | { ok: false; problem: "too-long"; length: number };

/**
 * The bad-input rule for an advisor's answer: blank is refused (nothing would reach the learner), and
 * so is one over ANSWER_MAX_LENGTH characters once trimmed (say it shorter, or by email).
 */
export function checkAnswerText(raw: string): AnswerTextCheck {
  const text = raw.trim();
  if (text.length === 0) return { ok: false, problem: "empty" };
  if (text.length > ANSWER_MAX_LENGTH) return { ok: false, problem: "too-long", length: text.length };
  return { ok: true, text };
}

/**
 * Where an answer stands the moment it is recorded, from how the learner can be reached (the promise
 * made when the request was taken): Teams and the web conversation wait for the assistant to post or
 * show it; a consented contact leaves it to the advisor (email, phone); with no way at all it cannot
 * reach the learner. Requests recorded before `reach` existed are answered by contact when they have one.
 */
export function deliveryOnAnswer(request: Pick<HandoffRequest, "reach" | "teamsChat" | "contact">): HandoffDelivery {
  const reach = request.reach ?? (request.contact ? "contact" : "none");
  switch (reach) {
    case "teams-chat":
      return request.teamsChat ? { status: "pending" } : { status: "undeliverable", error: "the Teams chat was not recorded with the request" };
    case "web-conversation":
      return { status: "pending" };
    case "contact":
      return { status: "by-contact" };
    case "none":
      return request.contact ? { status: "by-contact" } : { status: "undeliverable" };
  }
}

/** An answer the assistant has to post in the learner's Teams chat, and nobody has started posting. */
export function awaitsTeamsDelivery(request: Pick<HandoffRequest, "status" | "reach" | "teamsChat" | "delivery">): boolean {
  return request.status === "answered" && request.reach === "teams-chat" && request.teamsChat !== undefined && request.delivery?.status === "pending";
}
