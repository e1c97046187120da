import { randomUUID } from "node:crypto";
import { TurnContext, type Activity, type BotAdapter, type ResourceResponse } from "botbuilder";
import { CLEANUP_MARGIN_MS } from "../../infra/config/env";
import { withRequestBudget, withSeparateRequestBudget } from "../../infra/dynamodb/request-budget";
import { collectPuts, type CollectedPut } from "../../infra/dynamodb/collected-writes";
import { conversationKey } from "../../infra/events/conversation-key";
import { CompanionWriteError, TransactionsUnavailableError } from "../../infra/state/dynamodb-storage";
import { StateConflictError, type OptimisticConversationState } from "../../infra/state/optimistic-conversation-state";
import { FunctionsError } from "../app/errors";
import { log } from "../app/logging";
import { runInUnitOfWork, TurnUnitOfWork, type HeldWrite, type WritePolicy } from "./unit-of-work";

/** A turn still conflicting after its last run: the learner gets the apology and may send it again. */
export class TurnConflictError extends FunctionsError {}

/** A write the turn had to make after saving its state failed; the state was put back. */
export class TurnEffectError extends FunctionsError {}

export interface TurnGuardOptions {
  bot: { run(context: TurnContext): Promise<void> };
  conversationState: OptimisticConversationState;
  /** Time the turn may spend on DynamoDB (TURN_BUDGET_MS). */
  budgetMs: number;
  /** One DynamoDB attempt (DYNAMODB_REQUEST_TIMEOUT_MS): the clean-up after a fault gets that much. */
  cleanupMs: number;
  /** Runs of the turn on eTag conflicts (TURN_MAX_ATTEMPTS). */
  maxAttempts: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

/** One run of the turn on its own TurnContext: replies and writes held back, nothing shared with another run. */
class Attempt {
  readonly nonce = randomUUID();
  readonly unit: TurnUnitOfWork;
  readonly replies: Partial<Activity>[] = [];
  readonly context: TurnContext;

  constructor(original: TurnContext) {
    const { channelId, conversation } = original.activity;
    this.unit = new TurnUnitOfWork(channelId && conversation?.id ? conversationKey(channelId, conversation.id) : undefined);
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
 * Runs each turn so that nothing is lost and nothing happens twice, with one read and one write
 * (DynamoDB: one BatchGetItem; one conditional PutItem of the conversation state, or one
 * TransactWriteItems when the turn also records a handoff request, a vote or a statistic):
 * - two turns of one conversation at once both take effect: the conversation state is written with
 *   the eTag it was read with, and the turn that loses runs again on the fresh state, its replies
 *   and writes held back until its state is saved, so the run that was thrown away said nothing;
 * - a redelivered activity (same channel, conversation, activity id: Teams retries after ~15 s,
 *   Direct Line does not de-duplicate) is processed once: each turn writes its activity id in the
 *   state's journal, in the same write as its changes. A redelivery after the turn finds it there
 *   and sends nothing, or for expectReplies the replies the journal kept; one during the turn is a
 *   concurrent turn: whichever saves first stands, the other runs again, finds the activity in the
 *   journal and does the same;
 * - a fault leaves nothing half-done: the turn's records are written with its state, all or none; a
 *   refused statistic is given up and the rest written again. Where the store has no transactions
 *   (dynalite, `npm start`) the records follow the state, and a failed critical one puts the state
 *   back, so a redelivery runs the turn. The adapter's onTurnError sends the apology. A reply that
 *   cannot be sent is logged: the turn stands;
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

  /** `receivedAt`: when the request arrived; a cold start before the turn comes out of its budget. */
  async run(context: TurnContext, receivedAt?: number): Promise<void> {
    const deadline = (receivedAt ?? this.now()) + this.options.budgetMs;
    await withRequestBudget(deadline, () => this.process(context));
  }

  private async process(context: TurnContext): Promise<void> {
    const { conversationState, maxAttempts } = this.options;
    // Without an id (the local chat page, curl) nothing tells a redelivery: concurrency control only.
    const activityId = context.activity.id || undefined;
    const expectReplies = context.activity.deliveryMode === "expectReplies";
    const attempts: Attempt[] = [];
    let outcome: { attempt: Attempt; fresh: boolean } | "applied-earlier" | undefined;
    while (!outcome) {
      let attempt: Attempt | undefined;
      try {
        attempt = new Attempt(context);
        attempts.push(attempt);
        const current = attempt;
        outcome = await runInUnitOfWork(current.unit, async () => {
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
            conversationState.stampTurn(current.context, { activityId, nonce: current.nonce, ...(expectReplies ? { replies: current.replies } : {}) });
          }
          // The bot's own save at the end of its turn waits: the turn's one write is the commit.
          conversationState.holdSaves(current.context);
          await this.options.bot.run(current.context);
          await this.commit(current);
          return { attempt: current, fresh: true };
        });
      } catch (error) {
        if (error instanceof StateConflictError && attempts.length < maxAttempts) {
          log("info", "turn_conflict", { attempt: attempts.length });
          await this.sleep(Math.floor(this.random() * 20 * attempts.length));
          continue;
        }
        await this.cleanUp(attempt);
        if (error instanceof StateConflictError) {
          throw new TurnConflictError(`The conversation kept changing under the turn: ${attempts.length} runs conflicted.`, { cause: error });
        }
        throw error;
      }
    }

    if (outcome === "applied-earlier") {
      // A redelivery, after the turn or during it (the other delivery saved first). Running it again
      // would apply it twice. With expectReplies the caller waits for the replies in the body: the
      // journal's, when kept. With normal delivery the first delivery sent them.
      const last = attempts[attempts.length - 1] as Attempt;
      const replies = expectReplies && activityId ? conversationState.repliesOf(last.context, activityId) : undefined;
      log("info", "turn_duplicate", { channel: context.activity.channelId, replayed: replies?.length ?? 0 });
      if (replies?.length) await this.flush(context, replies as Partial<Activity>[]);
      return;
    }

    const { attempt, fresh } = outcome;
    if (attempts.length > 1) log("info", "turn_retried", { runs: attempts.length });
    try {
      await this.runHeld(attempt.unit, "undo-turn");
    } catch (error) {
      // Only the run that saved can put its state back; an earlier run whose write landed unseen cannot.
      await this.cleanUp(fresh ? attempt : undefined);
      throw error;
    }
    await this.flush(context, attempt.replies);
    // Statistics and the advisors' announcement do not decide the turn: after the learner's replies.
    await this.runHeld(attempt.unit, "log");
  }

  /**
   * The turn's one write: its conversation state, and with it the puts of its held-back writes that
   * travel with the state (run now, their puts collected instead of sent), in one request where the
   * store allows.
   */
  private async commit(attempt: Attempt): Promise<void> {
    const { conversationState } = this.options;
    const carried = conversationState.writesTogether ? attempt.unit.writes.filter((write) => write.policy.travels === "with-state") : [];
    if (carried.length === 0) return conversationState.commit(attempt.context);
    const collected: { write: HeldWrite; puts: CollectedPut[] }[] = [];
    for (const write of carried) {
      collected.push({ write, puts: await collectPuts(() => write.run()) });
      // Written with the state if the write lands; if it does not, this run is over.
      write.settled = "with-state";
    }
    const putsOf = (entries: typeof collected) => entries.flatMap((entry) => entry.puts);
    try {
      await conversationState.commit(attempt.context, putsOf(collected));
    } catch (error) {
      if (error instanceof TransactionsUnavailableError) {
        // Found once per container: the writes follow the state, as runHeld makes them.
        for (const write of carried) write.settled = undefined;
        return conversationState.commit(attempt.context);
      }
      if (!(error instanceof CompanionWriteError)) throw error;
      // Which writes were refused: by index of their puts (none named: any statistic may be).
      const owners = collected.flatMap((entry) => entry.puts.map(() => entry.write));
      const refused = new Set(error.failed.length > 0 ? error.failed.map((index) => owners[index]) : carried.filter((write) => write.policy.onFailure === "log"));
      if (refused.size === 0 || [...refused].some((write) => !write || write.policy.onFailure === "undo-turn")) throw error;
      for (const write of refused as Set<HeldWrite>) {
        write.settled = "dropped";
        log("warn", "turn_effect_failed", { effect: write.name, error });
      }
      await conversationState.commit(attempt.context, putsOf(collected.filter((entry) => !refused.has(entry.write))));
    }
  }

  /** Makes the held-back writes of one kind the state's write did not carry, in the order the turn made them. */
  private async runHeld(unit: TurnUnitOfWork, onFailure: WritePolicy["onFailure"]): Promise<void> {
    for (const write of unit.pending(onFailure)) {
      try {
        await write.run();
      } catch (error) {
        if (onFailure === "undo-turn") throw new TurnEffectError(`${write.name} failed after the turn's state was saved.`, { cause: error });
        log("warn", "turn_effect_failed", { effect: write.name, error });
      }
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
      log("error", "reply_send_failed", { error, replies: replies.length, ...(typeof status === "number" ? { status } : {}) });
    }
  }

  /** After a fault: put back the state if this run saved it (one attempt), so a redelivery runs the turn. */
  private async cleanUp(attempt: Attempt | undefined): Promise<void> {
    const { conversationState, cleanupMs } = this.options;
    if (!attempt || !conversationState.committed(attempt.context)) return;
    await withSeparateRequestBudget(this.now() + cleanupMs + CLEANUP_MARGIN_MS, async () => {
      try {
        await conversationState.restore(attempt.context);
        log("warn", "turn_state_restored");
      } catch (error) {
        log("error", "turn_half_written", { error });
      }
    });
  }
}
