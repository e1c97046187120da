import { randomBytes } from "node:crypto";
import type { TurnContext } from "botbuilder";
import type { LearnerIdentity } from "../dialogs/advisor-services";
import type { LearnerRepository } from "../domain/ports/learner.repository";
import type { Config } from "../infra/config/env";

/** The demo learners shipped with the sample data. */
const DEMO_LEARNER = /^demo-\d{2}$/;
/**
 * The user id the token function binds into a Direct Line token for a signed-in learner. Direct
 * Line refuses an activity whose from.id differs from the id bound in its token, and only the token
 * function (holding the Direct Line secret) mints tokens, so on Direct Line this id is the website's
 * word, not the visitor's.
 */
export const DIRECT_LINE_LEARNER = /^dl_([a-z0-9][a-z0-9-]{1,62})$/;
const DIRECT_LINE_CHANNELS = new Set(["directline", "webchat"]);

/**
 * Who the learner is, from what the channel established — never from what the learner typed, nor
 * from `from.name` or `channelData`:
 * - Teams: `from.aadObjectId` with the conversation's tenant (both checked by the Bot Framework
 *   token check and the tenant allow-list before the bot runs), looked up in the learner records;
 * - the website (Direct Line): the user id the token function bound into the Direct Line token;
 * - local stage only (loopback, anonymous Bot Framework mode): `from.id` of a shipped demo learner,
 *   so the local chat page can show the checks on demo records.
 * Anyone else is anonymous: general answers and what-if checks only.
 */
export function identityResolver(
  config: Pick<Config, "STAGE">,
  learners: Pick<LearnerRepository, "findByTeamsAccount">,
): (context: TurnContext) => Promise<LearnerIdentity | undefined> {
  return async (context) => {
    const activity = context.activity;
    const fromId = activity.from?.id ?? "";
    if (activity.channelId === "msteams") {
      const objectId = activity.from?.aadObjectId;
      const tenantId = activity.conversation?.tenantId ?? (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
      if (typeof objectId !== "string" || typeof tenantId !== "string") return undefined;
      const learnerId = await learners.findByTeamsAccount(tenantId, objectId);
      return learnerId ? { learnerId } : undefined;
    }
    if (DIRECT_LINE_CHANNELS.has(activity.channelId)) {
      const bound = DIRECT_LINE_LEARNER.exec(fromId)?.[1];
      if (bound) return { learnerId: bound };
    }
    if (config.STAGE === "local" && DEMO_LEARNER.test(fromId)) return { learnerId: fromId };
    return undefined;
  };
}

const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/** A handoff request number a learner can read out and an advisor can type: date and 5 random characters. */
export function newHandoffId(now: Date): string {
  const date = now.toISOString().slice(2, 10).replace(/-/g, "");
  const suffix = [...randomBytes(5)].map((byte) => ALPHABET[byte % ALPHABET.length]).join("");
  return `${date}-${suffix}`;
}
