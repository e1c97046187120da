import { randomUUID } from "node:crypto";
import { TurnContext, type Activity, type BotAdapter, type ResourceResponse } from "botbuilder";
import { CLEANUP_MARGIN_MS } from "../infra/config/env";
import { withRequestBudget, withSeparateRequestBudget } from "../infra/dynamodb/request-budget";
import { StateConflictError, type OptimisticConversationState } from "../infra/state/optimistic-conversation-state";
import type { TurnKey, TurnLedger, TurnRecord } from "../infra/state/turn-ledger";
import { log } from "./logging";
import { newTurnScope, runInTurnScope, type TurnScope } from "./turn-effects";

/** A turn still conflicting after its last run: the learner gets the apology and may send it again. */
export class TurnConflictError extends Error {
  override readonly name = "TurnConflictError";
}

/** A write the turn had to make after saving its state failed; the state was put back. */
export class TurnEffectError extends Error {
  override readonly name = "TurnEffectError";
}

export interface TurnGuardOptions {
  bot: { run(context: TurnContext): Promise<void> };
  conversationState: OptimisticConversationState;
  ledger: TurnLedger;
  /** Time the turn may spend on DynamoDB (TURN_BUDGET_MS). */
  budgetMs: number;
  /** One DynamoDB attempt (DYNAMODB_REQUEST_TIMEOUT_MS): the clean-up after a fault gets that much. */
  cleanupMs: number;
  /** Runs of the turn on eTag conflicts (TURN_MAX_ATTEMPTS). */
  maxAttempts: number;
  /** How long a redelivery waits for the first delivery's replies (DUPLICATE_WAIT_MS). */
  duplicateWaitMs: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

interface Claimed {
  key: TurnKey;
  owner: string;
}

/** One run of the turn on its own TurnContext: replies and writes held back, nothing shared with another run. */
class Attempt {
  readonly nonce = randomUUID();
  readonly scope: TurnScope = newTurnScope();
  readonly replies: Partial<Activity>[] = [];
  readonly context: TurnContext;

  constructor(original: TurnContext) {
    // A fresh context per run: botbuilder caches loaded state and the bot its per-turn values in
    // turnState, which a run after a conflict must not inherit. The adapter's entries (connector
    // client, identity) are copied; replies go to the original context only once the state is saved.
    this.context = new TurnContext(original.adapter as BotAdapter, original.activity);
    for (const [key, value] of original.turnState) this.context.turnState.set(key, value);
    // From the activity: TurnContext's locale getter throws when no locale was ever set.
    if (original.activity.locale) this.context.locale = original.activity.locale;
    this.context.onSendActivities(async (context, activities): Promise<ResourceResponse[]> => {
      this.replies.push(...activities);
      // Prompts check `responded` before re-prompting: it must read as if the replies had left.
      if (activities.some((activity) => activity.type !== "trace")) context.responded = true;
      return activities.map(() => ({ id: "" }));
    });
  }
}

/**
 * Runs each turn so that nothing is lost and nothing happens twice:
 * - a redelivered activity (same channel, conversation, activity id) is processed once: claimed in the
 *   turn ledger with a conditional put; a redelivery after the turn replays its stored replies for
 *   expectReplies (nothing reached a channel) and sends nothing otherwise; one during the turn waits
 *   briefly for those replies (expectReplies) or answers at once without replies; after the claim's
 *   lease, the conversation state's journal still tells the activity took effect;
 * - two turns of one conversation at once both take effect: the conversation state is written with
 *   the eTag it was read with, and the turn that loses runs again on the fresh state, its replies
 *   and writes held back until its state is saved, so the run that was thrown away said nothing;
 * - a fault leaves nothing half-done: before the state is saved nothing was written; after, a failed
 *   critical write puts the state back; the claim is released so a redelivery can run the turn; the
 *   adapter's onTurnError sends the apology. A reply that cannot be sent is logged: the turn stands;
 * - DynamoDB work stops at the turn's budget, so the reply leaves within the channel's ~15 s.
 */
export class TurnGuard {
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;

  constructor(private readonly options: TurnGuardOptions) {
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.random = options.random ?? Math.random;
  }

  async run(context: TurnContext): Promise<void> {
    const deadline = this.now() + this.options.budgetMs;
    await withRequestBudget(deadline, () => this.guarded(context, deadline));
  }

  private async guarded(context: TurnContext, deadline: number): Promise<void> {
    const key = turnKeyOf(context.activity);
    if (!key) {
      // Nothing identifies a redelivery (the local chat page sends no id): concurrency control only.
      await this.process(context);
      return;
    }
    const claim = await this.options.ledger.claim(key, { participants: participantsOf(context.activity) });
    if (claim.outcome === "claimed") return this.process(context, { key, owner: claim.owner });
    log("info", "turn_duplicate", { status: claim.outcome, channel: key.channelId });
    if (claim.outcome === "done") return this.replay(context, claim.record);
    return this.awaitFirstDelivery(context, key, deadline);
  }

  /**
   * A redelivery that found its activity in progress. With expectReplies the caller waits for the
   * replies in the body: poll for them a little while, and take the turn over if the first delivery
   * failed (claim released) or died (lease passed). Otherwise the first delivery sends the replies.
   */
  private async awaitFirstDelivery(context: TurnContext, key: TurnKey, deadline: number): Promise<void> {
    if (context.activity.deliveryMode !== "expectReplies") return;
    // Leave at least half the budget for running the turn if it has to be taken over.
    const until = Math.min(this.now() + this.options.duplicateWaitMs, deadline - this.options.budgetMs / 2);
    for (let delay = 50; this.now() + delay < until; delay = Math.min(delay * 2, 500)) {
      await this.sleep(delay);
      const record = await this.options.ledger.read(key);
      if (record?.status === "done") return this.replay(context, record);
      const abandoned = !record || (record.leaseUntil !== undefined && record.leaseUntil * 1000 <= this.now());
      if (abandoned) {
        const claim = await this.options.ledger.claim(key, { participants: participantsOf(context.activity) });
        if (claim.outcome === "claimed") return this.process(context, { key, owner: claim.owner });
        if (claim.outcome === "done") return this.replay(context, claim.record);
      }
    }
    log("info", "turn_duplicate_unanswered", { channel: key.channelId });
  }

  private async replay(context: TurnContext, record: TurnRecord): Promise<void> {
    if (context.activity.deliveryMode !== "expectReplies" || !record.replies?.length) return;
    await context.sendActivities(record.replies as Partial<Activity>[]);
  }

  private async process(context: TurnContext, claim?: Claimed): Promise<void> {
    const { conversationState, maxAttempts } = this.options;
    const activityId = context.activity.id;
    const attempts: Attempt[] = [];
    let outcome: { attempt: Attempt; fresh: boolean } | "applied-earlier" | undefined;
    while (!outcome) {
      let attempt: Attempt | undefined;
      try {
        // Inside the try: whatever fails once the activity is claimed must release the claim.
        attempt = new Attempt(context);
        attempts.push(attempt);
        const current = attempt;
        outcome = await runInTurnScope(current.scope, async () => {
          await conversationState.load(current.context);
          if (activityId) {
            const applied = conversationState.appliedBy(current.context, activityId, attempts.map((a) => a.nonce));
            if (applied === "earlier") return "applied-earlier" as const;
            if (applied === "this-attempt") {
              // An earlier run's write landed although its acknowledgement was lost (timeout, then a
              // retry that saw its own eTag change): that run's replies and writes are the turn's.
              const landed = attempts.find((a) => conversationState.appliedBy(current.context, activityId, [a.nonce]) === "this-attempt");
              return { attempt: landed ?? current, fresh: false };
            }
            conversationState.stampTurn(current.context, { activityId, nonce: current.nonce });
          }
          await this.options.bot.run(current.context);
          // The bot saves at the end of its turn; this writes the journal for the activity types it does not save for.
          await conversationState.saveChanges(current.context);
          return { attempt: current, fresh: true };
        });
      } catch (error) {
        if (error instanceof StateConflictError && attempts.length < maxAttempts) {
          log("info", "turn_conflict", { attempt: attempts.length });
          await this.sleep(Math.floor(this.random() * 20 * attempts.length));
          continue;
        }
        await this.cleanUp(attempt, claim);
        if (error instanceof StateConflictError) {
          throw new TurnConflictError(`The conversation kept changing under the turn: ${attempts.length} runs conflicted.`, { cause: error });
        }
        throw error;
      }
    }

    if (outcome === "applied-earlier") {
      // Already in the state: a redelivery after the claim's lease (normal delivery), or after an
      // earlier delivery saved the turn and died before recording it. Running it again would apply
      // it twice; its replies, if any were kept, are not known here.
      log("info", "turn_already_applied", { channel: context.activity.channelId });
      if (claim) await this.complete(claim, context, [], new Set());
      return;
    }

    const { attempt, fresh } = outcome;
    if (attempts.length > 1) log("info", "turn_retried", { runs: attempts.length });
    try {
      await this.runEffects(attempt.scope, true);
    } catch (error) {
      // Only the run that saved can put its state back; an earlier run whose write landed unseen cannot.
      await this.cleanUp(fresh ? attempt : undefined, claim);
      throw error;
    }
    if (claim) await this.complete(claim, context, attempt.replies, attempt.scope.learnerIds);
    await this.flush(context, attempt.replies);
    // Statistics and the advisors' announcement do not decide the turn: after the learner's replies.
    await this.runEffects(attempt.scope, false);
  }

  /** Runs the held-back writes of one kind, in the order the turn made them. */
  private async runEffects(scope: TurnScope, critical: boolean): Promise<void> {
    for (const effect of scope.effects.filter((e) => e.critical === critical)) {
      try {
        await effect.run();
      } catch (error) {
        if (effect.critical) throw new TurnEffectError(`${effect.name} failed after the turn's state was saved.`, { cause: error });
        log("warn", "turn_effect_failed", { effect: effect.name, error: (error as Error).name, message: (error as Error).message });
      }
    }
  }

  /**
   * Records the turn's replies for expectReplies, where a redelivery gets them again. With normal
   * delivery nothing is written (one DynamoDB call less per turn): the claim keeps redeliveries out
   * while its lease lasts, and after it the conversation's journal tells that the turn took effect.
   */
  private async complete(claim: Claimed, context: TurnContext, replies: Partial<Activity>[], learnerIds: Set<string>): Promise<void> {
    if (context.activity.deliveryMode !== "expectReplies") return;
    try {
      const kept = await this.options.ledger.complete(claim.key, claim.owner, {
        replies: replies as Record<string, unknown>[],
        learnerIds: [...learnerIds],
      });
      if (!kept) log("warn", "turn_claim_lost", { channel: claim.key.channelId });
    } catch (error) {
      // The turn took effect: its replies go out. A redelivery finds the activity in the state's journal.
      log("error", "turn_record_failed", { error: (error as Error).name, message: (error as Error).message });
    }
  }

  private async flush(context: TurnContext, replies: Partial<Activity>[]): Promise<void> {
    if (replies.length === 0) return;
    try {
      await context.sendActivities(replies);
    } catch (error) {
      // The state is saved and the turn recorded: a redelivery will not run it again, and an apology
      // would fail the same way. What was lost is logged.
      const status = (error as { statusCode?: unknown }).statusCode;
      log("error", "reply_send_failed", {
        error: (error as Error).name,
        message: (error as Error).message,
        replies: replies.length,
        ...(typeof status === "number" ? { status } : {}),
      });
    }
  }

  /** After a fault: put back the state if this run saved it, and release the claim; one attempt each, in parallel. */
  private async cleanUp(attempt: Attempt | undefined, claim: Claimed | undefined): Promise<void> {
    const { conversationState, ledger, cleanupMs } = this.options;
    const restoring = attempt && conversationState.committed(attempt.context);
    await withSeparateRequestBudget(this.now() + cleanupMs + CLEANUP_MARGIN_MS, async () => {
      const [restored, released] = await Promise.allSettled([
        restoring ? conversationState.restore(attempt.context) : Promise.resolve(),
        claim ? ledger.release(claim.key, claim.owner) : Promise.resolve(),
      ]);
      if (restoring && restored.status === "fulfilled") log("warn", "turn_state_restored");
      if (restored.status === "rejected") {
        const cause = (restored.reason as Error).cause as Error | undefined;
        log("error", "turn_half_written", { error: (restored.reason as Error).name, message: cause?.message ?? (restored.reason as Error).message });
      }
      if (released.status === "rejected") log("warn", "turn_release_failed", { message: (released.reason as Error).message });
    });
  }
}

export function turnKeyOf(activity: Partial<Activity>): TurnKey | undefined {
  const activityId = activity.id;
  const conversationId = activity.conversation?.id;
  if (!activityId || !conversationId || !activity.channelId) return undefined;
  return { channelId: activity.channelId, conversationId, activityId };
}

function participantsOf(activity: Partial<Activity>): string[] {
  return [activity.from?.id, activity.from?.aadObjectId].filter((id): id is string => typeof id === "string" && id !== "");
}
