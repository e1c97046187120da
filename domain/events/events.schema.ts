import { z } from "zod/v4";

/**
 * What the assistant records for advisors: handoff requests, feedback votes and unanswered questions.
 * None of them carries grades or enrolments; feedback and unanswered questions carry no identity.
 */
export const handoffStatusSchema = z.enum(["open", "closed"]);

export const contactSchema = z.object({
  /** How the learner agreed to be reached, in their own words (an email or a phone number). */
  value: z.string().min(3).max(200),
  kind: z.enum(["email", "phone"]),
});

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
  closedAt: z.iso.datetime().optional(),
  closedBy: z.string().optional(),
  resolution: z.string().max(1_000).optional(),
});

export const feedbackSchema = z.object({
  id: z.string().min(1),
  at: z.iso.datetime(),
  /** The answer voted on: a content entry id or a feature name ("credit-hours", "eligibility"...). */
  answerId: z.string().min(1).max(200),
  useful: z.boolean(),
  language: z.enum(["fr", "en"]),
});

export const unansweredQuestionSchema = z.object({
  id: z.string().min(1),
  at: z.iso.datetime(),
  /** Redacted question text (contact details, numbers that could identify a learner removed). */
  question: z.string().min(1).max(500),
  language: z.enum(["fr", "en"]),
  /** Up to three suggestions that were offered, if any. */
  suggested: z.array(z.string()).max(3),
});

export type HandoffRequest = z.infer<typeof handoffRequestSchema>;
export type HandoffStatus = z.infer<typeof handoffStatusSchema>;
export type Contact = z.infer<typeof contactSchema>;
export type Feedback = z.infer<typeof feedbackSchema>;
export type UnansweredQuestion = z.infer<typeof unansweredQuestionSchema>;
