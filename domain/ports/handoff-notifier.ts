import type { HandoffRequest } from "../events/events.schema";

/**
 * Tells advisors that a learner's request is waiting (in Teams: a message in the advisors' channel).
 * Best effort: the request is already recorded when this is called, and the inbox lists it anyway.
 */
export interface HandoffNotifier {
  notify(request: HandoffRequest): Promise<void>;
}
