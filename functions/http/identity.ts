import { randomBytes } from "node:crypto";
import type { Activity, TurnContext } from "botbuilder";
import type { LearnerIdentity } from "../../dialogs/advisor-services";
import type { LearnerRepository } from "../../domain/ports/learner.repository";
import type { Config } from "../../infra/config/env";

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

/** What identity.ts reads of the configuration. */
export type IdentityConfig = Pick<Config, "STAGE"> & Partial<Pick<Config, "DIRECT_LINE_ENHANCED_AUTH">>;

/**
 * What the channel established about who is writing, before any lookup: a learner id the channel
 * binds, or a Teams account to look up in the learner records; undefined for an anonymous visitor.
 * The one place these rules are written: identityResolver and the reads made along with the
 * conversation state (learner-read-along.ts) both follow it.
 */
export type ChannelAccount = { learnerId: string; teams?: undefined } | { learnerId?: undefined; teams: { tenantId: string; objectId: string } };

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
export function channelAccount(config: IdentityConfig, activity: Partial<Activity>): ChannelAccount | undefined {
  const local = config.STAGE === "local";
  const directLineBindsUser = local || config.DIRECT_LINE_ENHANCED_AUTH === "true";
  const fromId = activity.from?.id ?? "";
  if (activity.channelId === "msteams") {
    const objectId = activity.from?.aadObjectId;
    const tenantId = activity.conversation?.tenantId ?? (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
    if (typeof objectId !== "string" || typeof tenantId !== "string") return undefined;
    return { teams: { tenantId, objectId } };
  }
  if (activity.channelId === "directline" && directLineBindsUser) {
    const bound = DIRECT_LINE_LEARNER.exec(fromId)?.[1];
    if (bound) return { learnerId: bound };
  }
  if (local && DEMO_LEARNER.test(fromId)) return { learnerId: fromId };
  return undefined;
}

/** The identified learner of a turn (channelAccount, then for Teams the lookup of the account in the learner records). */
export function identityResolver(
  config: IdentityConfig,
  learners: Pick<LearnerRepository, "findByTeamsAccount">,
): (context: TurnContext) => Promise<LearnerIdentity | undefined> {
  const resolve = async (context: TurnContext): Promise<LearnerIdentity | undefined> => {
    const account = channelAccount(config, context.activity);
    if (!account) return undefined;
    if (account.learnerId !== undefined) return { learnerId: account.learnerId };
    const learnerId = await learners.findByTeamsAccount(account.teams.tenantId, account.teams.objectId);
    return learnerId ? { learnerId } : undefined;
  };
  // Several steps of one turn ask who the learner is (eligibility, handoff); the answer is kept for
  // the rest of the turn. Each new turn asks the channel again.
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
