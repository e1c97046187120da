import type { TurnContext } from "botbuilder";
import type { Catalog } from "../domain/catalog/catalog";
import type { AnswerDeliverer } from "../domain/ports/answer-deliverer";
import type { EventsRepository } from "../domain/ports/events.repository";
import type { HandoffNotifier } from "../domain/ports/handoff-notifier";
import type { LearnerRepository } from "../domain/ports/learner.repository";
import type { Understanding } from "../domain/understanding/understanding";

/** Who the learner is, as established by the channel or the website — never by what they type. */
export interface LearnerIdentity {
  learnerId: string;
}

/**
 * What the dialogs need from the rest of the system, wired by the composition root. Catalog and
 * understanding come from per-container caches: no DynamoDB read per turn for either.
 */
export interface AdvisorServices {
  understanding(): Promise<Understanding>;
  catalog(): Promise<Catalog>;
  learners: LearnerRepository;
  events: EventsRepository;
  /** The identified learner of this turn, or undefined for an anonymous visitor. */
  identify(context: TurnContext): Promise<LearnerIdentity | undefined>;
  now(): Date;
  newId(): string;
  /** A short request number for a handoff, readable by the learner and typed by advisors. */
  newHandoffId(): string;
  /** Working days within which advisors answer a handoff request (configured). */
  handoffResponseDays: number;
  /** Where new handoff requests are announced to advisors (the Teams channel), when configured. */
  advisorsChannel?: HandoffNotifier;
  /**
   * The advisors' Teams channel as configured: only an activity from this channel (and tenant) may
   * answer a request, through the « Répondre » action of the request's card. Absent: nobody can.
   */
  advisorsChannelAddress?: { conversationId: string; tenantId: string };
  /** Posts an advisor's answer in the learner's Teams chat right after the channel's action records it. */
  answers?: AnswerDeliverer;
  /** A structured event for the logs: flat fields only, never what the learner typed or their record. */
  log?(event: string, fields: Record<string, string | number | boolean | undefined>): void;
}
