import { randomBytes } from "node:crypto";
import type { TurnContext } from "botbuilder";
import type { LearnerIdentity } from "../dialogs/advisor-services";
import type { LearnerRepository } from "../domain/ports/learner.repository";
import type { Config } from "../infra/config/env";

/** The demo learners shipped with the sample data. */
const DEMO_LEARNER = /^demo-\d{2}$/;
const IDENTITY_KEY = Symbol("ue-advisor.identity");

/** The prefix of the user id the webchat-token function binds into a Direct Line token. */
export const DIRECT_LINE_USER_PREFIX = "dl_";

/**
 * The user id the token function binds into a Direct Line token for a signed-in learner:
 * `dl_<learnerId>` (Direct Line's enhanced authentication wants the `dl_` prefix).
 */
export const DIRECT_LINE_LEARNER = /^dl_([a-z0-9][a-z0-9-]{1,62})$/;

export function directLineUserId(learnerId: string): string {
  return `${DIRECT_LINE_USER_PREFIX}${learnerId}`;
}

/**
 * Who the learner is, from what the channel established — never from what the learner typed, nor
 * from `from.name` or `channelData`:
 * - Teams: `from.aadObjectId` with the conversation's tenant (both checked by the Bot Framework
 *   token check and the tenant allow-list before the bot runs), looked up in the learner records;
 * - the website: the user id `dl_<learnerId>` that the webchat-token function bound into the Direct
 *   Line token, on the Direct Line channel only, and only where that binding is enforced: Direct
 *   Line writes the token's user id into from.id only with the channel's enhanced authentication on
 *   (DIRECT_LINE_ENHANCED_AUTH declares it), and the local server's Direct Line emulation always does.
 *   The "webchat" channel is not trusted: Azure's Web Chat channel secret sits in the embedding page,
 *   so anyone could mint a token for any user id with it;
 * - local stage only (loopback, anonymous Bot Framework mode): `from.id` of a shipped demo learner,
 *   so curl and the Emulator can show the checks on demo records.
 * Anyone else is anonymous: general answers and what-if checks only.
 */
export function identityResolver(
  config: Pick<Config, "STAGE"> & Partial<Pick<Config, "DIRECT_LINE_ENHANCED_AUTH">>,
  learners: Pick<LearnerRepository, "findByTeamsAccount">,
): (context: TurnContext) => Promise<LearnerIdentity | undefined> {
  const local = config.STAGE === "local";
  const directLineBindsUser = local || config.DIRECT_LINE_ENHANCED_AUTH === "true";
  const resolve = async (context: TurnContext): Promise<LearnerIdentity | undefined> => {
    const activity = context.activity;
    const fromId = activity.from?.id ?? "";
    if (activity.channelId === "msteams") {
      const objectId = activity.from?.aadObjectId;
      const tenantId = activity.conversation?.tenantId ?? (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
      if (typeof objectId !== "string" || typeof tenantId !== "string") return undefined;
      const learnerId = await learners.findByTeamsAccount(tenantId, objectId);
      return learnerId ? { learnerId } : undefined;
    }
    if (activity.channelId === "directline" && directLineBindsUser) {
      const bound = DIRECT_LINE_LEARNER.exec(fromId)?.[1];
      if (bound) return { learnerId: bound };
    }
    if (local && DEMO_LEARNER.test(fromId)) return { learnerId: fromId };
    return undefined;
  };
  // Several steps of one turn ask who the learner is (eligibility, handoff); a Teams lookup costs
  // two reads, so the answer is kept for the rest of the turn. Each new turn asks the channel again.
  return (context) => {
    const known = context.turnState.get(IDENTITY_KEY) as Promise<LearnerIdentity | undefined> | undefined;
    if (known) return known;
    const resolved = resolve(context);
    context.turnState.set(IDENTITY_KEY, resolved);
    return resolved;
  };
}

const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/** A handoff request number a learner can read out and an advisor can type: date and 5 random characters. */
export function newHandoffId(now: Date): string {
  const date = now.toISOString().slice(2, 10).replace(/-/g, "");
  const suffix = [...randomBytes(5)].map((byte) => ALPHABET[byte % ALPHABET.length]).join("");
  return `${date}-${suffix}`;
}
