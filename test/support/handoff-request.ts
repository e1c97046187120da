import type { HandoffRequest } from "../../domain/events/events.schema";

/** An open handoff request, in French, from the website; a test says in `overrides` what it cares about. */
export function handoffRequest(id: string, createdAt: string, overrides: Partial<HandoffRequest> = {}): HandoffRequest {
  return { id, createdAt, language: "fr", channel: "webchat", question: "Une question", status: "open", ...overrides };
}
