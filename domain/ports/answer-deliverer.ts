import type { HandoffRequest } from "../events/events.schema";

/** What posting an advisor's answer did: posted, refused by the channel (why), or not the deliverer's to post. */
export type AnswerDeliveryResult = { outcome: "delivered"; at: string } | { outcome: "failed"; error: string } | { outcome: "not-pending" };

/**
 * Posts an advisor's answer in the learner's Teams chat with the assistant, once: a request whose
 * answer is not pending for Teams, or that another deliverer took, is left alone. Records the result
 * on the request (delivered, or failed with the error); a failure is not retried.
 */
export interface AnswerDeliverer {
  deliver(request: HandoffRequest): Promise<AnswerDeliveryResult>;
}
