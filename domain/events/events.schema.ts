import { z } from "zod/v4";

/**
 * What the assistant records for advisors: handoff requests, feedback votes and unanswered questions.
 * None of them carries grades or enrolments; feedback and unanswered questions carry no identity.
 */
/** open: waiting for an advisor; answered: an advisor answered (see delivery); closed: done. */
export const handoffStatusSchema = z.enum(["open", "answered", "closed"]);

/**
 * How an advisor's answer reaches the learner, decided when the request is made and said to the
 * learner then: in their Teams chat with the assistant; in this web conversation when they come
 * back to the page; by the email or phone they consented to; or no way at all.
 */
export const handoffReachSchema = z.enum(["teams-chat", "web-conversation", "contact", "none"]);

/** The learner's personal Teams chat with the assistant, as the Bot Framework names it: where to post the answer. */
export const teamsChatSchema = z.object({
  serviceUrl: z.url(),
  conversationId: z.string().min(1).max(512),
  tenantId: z.string().max(100).optional(),
});

export const handoffAnswerSchema = z.object({
  text: z.string().trim().min(1).max(2_000),
  by: z.string().min(1).max(200),
  at: z.iso.datetime(),
});

/**
 * Where the answer is: pending (to post in Teams, or to show when the learner comes back to the
 * web conversation), sending (the assistant took it to post it: nobody else posts it twice), delivered, failed (the post was refused: the error says why), by-contact (the
 * advisor answers by the email or phone given), undeliverable (no way to reach the learner).
 */
export const handoffDeliverySchema = z.object({
  status: z.enum(["pending", "sending", "delivered", "failed", "by-contact", "undeliverable"]),
  at: z.iso.datetime().optional(),
  error: z.string().max(500).optional(),
});

export const contactSchema = z.object({
  /** How the learner agreed to be reached, in their own words (an email or a phone number). */
  value: z.string().min(3).max(200),
  kind: z.enum(["email", "phone"]),
});

/**
 * What came just before a handoff request in its conversation, for the deflection rate:
 * - `after-answer`: the assistant had answered (`answerId`), and the learner still wanted an advisor;
 * - `after-unanswered`: the assistant had just said it could not answer (already an unanswered question);
 * - `direct`: the learner asked for an advisor without asking the assistant first.
 */
export const handoffOriginSchema = z.enum(["direct", "after-answer", "after-unanswered"]);

export const handoffRequestSchema = z.object({
  id: z.string().min(1),
  createdAt: z.iso.datetime(),
  language: z.enum(["fr", "en"]),
  channel: z.string().min(1),
  /** The learner's question, redacted of contact details and student numbers. */
  question: z.string().min(1).max(1_000),
  /** Present only when the learner consented to be contacted. */
  contact: contactSchema.optional(),
  /** The learner's id when the learner was identified; never grades or enrolments. */
  learnerId: z.string().optional(),
  /** Conversation reference, so an advisor's answer can reach the learner in the chat. */
  conversationId: z.string().optional(),
  status: handoffStatusSchema,
  /** Absent on requests recorded before origins were (they count as direct in reports). */
  origin: handoffOriginSchema.optional(),
  /** With origin `after-answer`: the answer the learner had been given (entry id or feature name). */
  answerId: z.string().min(1).max(200).optional(),
  closedAt: z.iso.datetime().optional(),
  closedBy: z.string().optional(),
  resolution: z.string().max(1_000).optional(),
  /** Absent on requests recorded before it was decided (they are answered by contact, or not at all). */
  reach: handoffReachSchema.optional(),
  teamsChat: teamsChatSchema.optional(),
  answer: handoffAnswerSchema.optional(),
  delivery: handoffDeliverySchema.optional(),
});

export const feedbackSchema = z.object({
  id: z.string().min(1),
  at: z.iso.datetime(),
  /** The answer voted on: a content entry id or a feature name ("credit-hours", "eligibility"...). */
  answerId: z.string().min(1).max(200),
  useful: z.boolean(),
  language: z.enum(["fr", "en"]),
});

/**
 * An opaque key of the conversation a statistic was recorded in: a one-way hash of the channel and
 * the conversation's id, never the id itself, so it names no learner. It ties a question to what
 * followed it in the same conversation (a learner who left right after « je ne sais pas » abandoned
 * it). Absent on statistics recorded outside a learner's turn or before keys were recorded.
 */
export const conversationKeySchema = z.string().regex(/^[0-9a-f]{16}$/);

/**
 * A question the assistant answered (a content entry or a rule-based feature), one per question
 * turn: the other half of the deflection rate. No text and no identity: what was answered, when.
 */
export const answeredQuestionSchema = z.object({
  id: z.string().min(1),
  at: z.iso.datetime(),
  /** A content entry id or a feature name ("credit-hours", "eligibility", "unit-info"...). */
  answerId: z.string().min(1).max(200),
  language: z.enum(["fr", "en"]),
  conversation: conversationKeySchema.optional(),
});

export const unansweredQuestionSchema = z.object({
  id: z.string().min(1),
  at: z.iso.datetime(),
  /** Redacted question text (contact details, numbers that could identify a learner, grades and titled names removed). */
  question: z.string().min(1).max(500),
  language: z.enum(["fr", "en"]),
  /** Up to three suggestions that were offered, if any. */
  suggested: z.array(z.string()).max(3),
  conversation: conversationKeySchema.optional(),
});

export type HandoffRequest = z.infer<typeof handoffRequestSchema>;
export type HandoffStatus = z.infer<typeof handoffStatusSchema>;
export type HandoffReach = z.infer<typeof handoffReachSchema>;
export type HandoffAnswer = z.infer<typeof handoffAnswerSchema>;
export type HandoffDelivery = z.infer<typeof handoffDeliverySchema>;
export type TeamsChat = z.infer<typeof teamsChatSchema>;
export type HandoffOrigin = z.infer<typeof handoffOriginSchema>;
export type AnsweredQuestion = z.infer<typeof answeredQuestionSchema>;
export type Contact = z.infer<typeof contactSchema>;
export type Feedback = z.infer<typeof feedbackSchema>;
export type UnansweredQuestion = z.infer<typeof unansweredQuestionSchema>;
