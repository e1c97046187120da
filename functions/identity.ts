import { randomBytes } from "node:crypto";
import type { TurnContext } from "botbuilder";
import type { LearnerIdentity } from "../dialogs/advisor-services";
import type { Config } from "../infra/config/env";

/** The demo learners shipped with the sample data. */
const DEMO_LEARNER = /^demo-\d{2}$/;

/**
 * Who the learner is. On the local stage only (loopback, anonymous Bot Framework mode), a visitor
 * may act as one of the shipped demo learners by using its id as their user id: that is the local
 * demo-learner picker, never available on a deployed stage. Deployed stages identify nobody until a
 * channel-verified identity (Teams AAD object id, the website's signed token) is mapped to a learner;
 * until then every visitor is anonymous and gets general answers and what-if checks only.
 */
export function identityResolver(config: Pick<Config, "STAGE">): (context: TurnContext) => Promise<LearnerIdentity | undefined> {
  if (config.STAGE !== "local") return async () => undefined;
  return async (context) => {
    const id = context.activity.from?.id ?? "";
    return DEMO_LEARNER.test(id) ? { learnerId: id } : undefined;
  };
}

const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/** A handoff request number a learner can read out and an advisor can type: date and 5 random characters. */
export function newHandoffId(now: Date): string {
  const date = now.toISOString().slice(2, 10).replace(/-/g, "");
  const suffix = [...randomBytes(5)].map((byte) => ALPHABET[byte % ALPHABET.length]).join("");
  return `${date}-${suffix}`;
}
