import { randomBytes } from "node:crypto";
import type { TurnContext } from "botbuilder";
import type { LearnerIdentity } from "../dialogs/advisor-services";
import { learnerIdSchema } from "../domain/learner/learner.schema";
import type { Config } from "../infra/config/env";

/** The demo learners shipped with the sample data. */
const DEMO_LEARNER = /^demo-\d{2}$/;

/** The user id the webchat-token function binds into a Direct Line token: `dl_` + the learner's id. */
export const DIRECT_LINE_USER_PREFIX = "dl_";

/** The Direct Line user id of a learner (Direct Line's enhanced authentication wants the `dl_` prefix). */
export function directLineUserId(learnerId: string): string {
  return `${DIRECT_LINE_USER_PREFIX}${learnerId}`;
}

/**
 * Who the learner is. On the local stage only (loopback, anonymous Bot Framework mode), a visitor
 * may act as one of the shipped demo learners by using its id, or its Direct Line form `dl_demo-05`
 * that the local Direct Line emulation binds into the page's token: that is the local demo-learner
 * picker, never available on a deployed stage.
 *
 * On a deployed stage, a website learner is identified only through a Direct Line token minted by
 * the webchat-token function for the learner the website signed in (`dl_<learnerId>`), and only
 * when the Direct Line channel's enhanced authentication makes Direct Line enforce that id in
 * from.id (DIRECT_LINE_ENHANCED_AUTH). Nothing else the client sends counts. Everyone else is
 * anonymous and gets general answers and what-if checks only.
 */
export function identityResolver(
  config: Pick<Config, "STAGE"> & Partial<Pick<Config, "DIRECT_LINE_ENHANCED_AUTH">>,
): (context: TurnContext) => Promise<LearnerIdentity | undefined> {
  if (config.STAGE === "local") {
    return async (context) => {
      const id = withoutPrefix(context.activity.from?.id ?? "");
      return DEMO_LEARNER.test(id) ? { learnerId: id } : undefined;
    };
  }
  if (config.DIRECT_LINE_ENHANCED_AUTH !== "true") return async () => undefined;
  return async (context) => {
    const { channelId, from } = context.activity;
    const id = from?.id ?? "";
    if (channelId !== "directline" || !id.startsWith(DIRECT_LINE_USER_PREFIX)) return undefined;
    const learnerId = id.slice(DIRECT_LINE_USER_PREFIX.length);
    return learnerIdSchema.safeParse(learnerId).success ? { learnerId } : undefined;
  };
}

function withoutPrefix(id: string): string {
  return id.startsWith(DIRECT_LINE_USER_PREFIX) ? id.slice(DIRECT_LINE_USER_PREFIX.length) : id;
}

const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/** A handoff request number a learner can read out and an advisor can type: date and 5 random characters. */
export function newHandoffId(now: Date): string {
  const date = now.toISOString().slice(2, 10).replace(/-/g, "");
  const suffix = [...randomBytes(5)].map((byte) => ALPHABET[byte % ALPHABET.length]).join("");
  return `${date}-${suffix}`;
}
