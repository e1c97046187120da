import type { TurnContext } from "botbuilder";
import type { LearnerRepository } from "../../domain/ports/learner.repository";
import { learnerKey, linkedLearnerId, teamsLinkKey } from "../../infra/learners/dynamodb-learner.repository";
import { turnItemId, type TurnItems } from "../../infra/learners/turn-items";
import type { ReadAlong } from "../../infra/state/optimistic-conversation-state";
import { channelAccount, type IdentityConfig } from "../http/identity";

/** Teams accounts whose learner is remembered per warm container; beyond, the least recently used is forgotten. */
export const MAX_TEAMS_HINTS = 4096;

export interface LearnerReadAlongOptions {
  config: IdentityConfig;
  /** The learners table. */
  tableName: string;
  /** The current run of the turn's items (where the repository looks first); undefined outside a turn. */
  turnItems: () => TurnItems | undefined;
  maxHints?: number;
}

/**
 * The learner's items read in the same BatchGetItem as the conversation state, so that a turn makes
 * one read round trip, whoever the learner is. Which items follows what the channel established
 * (channelAccount, the rules identityResolver applies), never the message:
 * - a learner id the channel binds (Direct Line `dl_<id>`, a demo id on the local stage): the record;
 * - a Teams account: its link, and the record of the learner a lookup of that account last found in
 *   this container (a hint: the record read along is trusted only if it holds the account, checked
 *   by findByTeamsAccount on the items of this turn, exactly as on items it reads itself);
 * - an anonymous visitor: nothing.
 * Only message turns read along (the dialogs, which ask who the learner is, run on messages only).
 * The items go to the turn's items, for the rest of that run of the turn only.
 */
export class LearnerReadAlong {
  private readonly hints = new Map<string, string>();
  private readonly maxHints: number;

  constructor(private readonly options: LearnerReadAlongOptions) {
    this.maxHints = options.maxHints ?? MAX_TEAMS_HINTS;
  }

  /** For OptimisticConversationState: what this turn reads along with its state, and where the items go. */
  readonly plan: ReadAlong = (context: TurnContext) => {
    const items = this.options.turnItems();
    if (!items || context.activity.type !== "message") return undefined;
    const account = channelAccount(this.options.config, context.activity);
    if (!account) return undefined;
    const keys =
      account.learnerId !== undefined
        ? [learnerKey(account.learnerId)]
        : [teamsLinkKey(account.teams.tenantId, account.teams.objectId), ...this.hinted(account.teams.tenantId, account.teams.objectId)];
    const { tableName } = this.options;
    // An item this run already read (a forced reload of the state) is not read again.
    const wanted = keys.filter((key) => !items.has(turnItemId(tableName, key)));
    return {
      reads: wanted.map((key) => ({ tableName, key })),
      received: (found) => {
        wanted.forEach((key, i) => items.set(turnItemId(tableName, key), Promise.resolve(found[i])));
        // A Teams link read along names its learner: their record comes along from the next turn on,
        // even if this turn never asks who the learner is (a hint only: the record must hold the account).
        if (!account.teams) return;
        const hint = hintKey(account.teams.tenantId, account.teams.objectId);
        const learnerId = linkedLearnerId(found[wanted.findIndex((key) => key.pk === hint)]);
        if (learnerId && !this.hints.has(hint)) this.remember(hint, learnerId);
      },
    };
  };

  /**
   * The Teams lookup, remembering which learner a successful one found (and forgetting on a failed
   * one), so the next turns of that account read the record along too.
   */
  remembering(learners: Pick<LearnerRepository, "findByTeamsAccount">): Pick<LearnerRepository, "findByTeamsAccount"> {
    return {
      findByTeamsAccount: async (tenantId, objectId) => {
        const learnerId = await learners.findByTeamsAccount(tenantId, objectId);
        const account = hintKey(tenantId, objectId);
        this.hints.delete(account);
        if (learnerId) this.remember(account, learnerId);
        return learnerId;
      },
    };
  }

  private remember(account: string, learnerId: string): void {
    this.hints.delete(account);
    this.hints.set(account, learnerId);
    if (this.hints.size > this.maxHints) this.hints.delete(this.hints.keys().next().value as string);
  }

  /** How many Teams accounts are remembered (tests). */
  get hintCount(): number {
    return this.hints.size;
  }

  private hinted(tenantId: string, objectId: string): { pk: string; sk: string }[] {
    const learnerId = this.hints.get(hintKey(tenantId, objectId));
    return learnerId ? [learnerKey(learnerId)] : [];
  }
}

function hintKey(tenantId: string, objectId: string): string {
  return teamsLinkKey(tenantId, objectId).pk;
}
