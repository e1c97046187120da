import { calculateChangeHash, ConversationState, type Storage, type TurnContext } from "botbuilder";

/**
 * Conversation state written with optimistic concurrency. botbuilder's BotState.saveChanges writes
 * with eTag "*" (last writer wins): two turns of one conversation processed at once would each
 * overwrite the other's changes. This class writes with the eTag it loaded, so the second writer
 * gets a StateConflictError and can run its turn again on the fresh state.
 *
 * It also keeps, inside the state (so atomically with each turn's changes):
 * - a journal of the activities whose turn changed it (`$turns`: activity id and the attempt's
 *   nonce, last JOURNAL_SIZE), which tells whether an activity already took effect, even when the
 *   write's acknowledgement was lost (timeout after DynamoDB applied it);
 * - the channel accounts that spoke in the conversation (`$participants`: from.id and Teams'
 *   aadObjectId), so an erasure can find every conversation of a learner.
 */
export const JOURNAL_SIZE = 32;
export const MAX_PARTICIPANTS = 8;
/** The state properties this class owns, beside the bot's own. */
export const JOURNAL_PROPERTY = "$turns";
export const PARTICIPANTS_PROPERTY = "$participants";

/**
 * The eTag of a state that was absent when loaded. It never equals a stored eTag, and the Storage
 * contract lets a conditional write on an absent (or expired) item succeed: so the first write of a
 * conversation succeeds only if no other turn created it meanwhile.
 */
export const ABSENT_ETAG = "ue-advisor:absent";

export class StateConflictError extends Error {
  override readonly name = "StateConflictError";
}

export class StateRestoreError extends Error {
  override readonly name = "StateRestoreError";
}

export interface JournalEntry {
  /** Activity id. */
  a: string;
  /** Nonce of the attempt that wrote it. */
  n: string;
}

interface Cached {
  key: string;
  state: Record<string, unknown>;
  hash: string;
  /** The eTag the next write is conditional on. */
  eTag: string;
  /** The state as loaded, for restore(). */
  snapshot: string;
  /** The eTag of this turn's own write, once it has written. */
  committedETag?: string;
}

interface Stamp {
  activityId: string;
  nonce: string;
}

const STAMP_KEY = Symbol("ue-advisor.turn-stamp");

export class OptimisticConversationState extends ConversationState {
  private readonly cacheKey = Symbol("ue-advisor.optimistic-state");

  constructor(storage: Storage, namespace?: string) {
    super(storage, namespace);
  }

  /** Asks the next write of this turn to record the activity in the journal and its sender as a participant. */
  stampTurn(context: TurnContext, stamp: Stamp): void {
    context.turnState.set(STAMP_KEY, stamp);
  }

  /**
   * Whether the activity already changed this conversation's state as loaded: "this-attempt" when the
   * nonce is the given one (our own write landed though its acknowledgement was lost), "earlier" for
   * another processing of the same activity, undefined when it has not.
   */
  appliedBy(context: TurnContext, activityId: string, nonces: readonly string[]): "this-attempt" | "earlier" | undefined {
    const entry = journalOf(this.cached(context)?.state).find((e) => e.a === activityId);
    if (!entry) return undefined;
    return nonces.includes(entry.n) ? "this-attempt" : "earlier";
  }

  /** True once this turn's write of the conversation state succeeded. */
  committed(context: TurnContext): boolean {
    return this.cached(context)?.committedETag !== undefined;
  }

  override async load(context: TurnContext, force = false): Promise<Record<string, unknown>> {
    const cached = this.cached(context);
    if (!force && cached) return cached.state;
    const key = await this.storageKey(context);
    const items = await this.storage.read([key]);
    const found = items[key] as Record<string, unknown> | undefined;
    const { eTag, ...state } = found ?? {};
    const loadedETag = typeof eTag === "string" && eTag !== "*" && found ? eTag : ABSENT_ETAG;
    const snapshot = JSON.stringify(found ? state : {});
    context.turnState.set(this.cacheKey, { key, state, hash: calculateChangeHash(state), eTag: loadedETag, snapshot } satisfies Cached);
    return state;
  }

  /**
   * Writes the state if it changed (always when the turn is stamped and not yet journaled),
   * conditionally on the loaded eTag. Throws StateConflictError when another turn wrote first.
   */
  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    let cached = this.cached(context);
    if (!cached) {
      if (!force && !context.turnState.get(STAMP_KEY)) return;
      await this.load(context);
      cached = this.cached(context) as Cached;
    }
    this.applyStamp(context, cached.state);
    if (!force && cached.hash === calculateChangeHash(cached.state)) return;
    const document: Record<string, unknown> = { ...cached.state, eTag: cached.eTag };
    try {
      await this.storage.write({ [cached.key]: document });
    } catch (error) {
      if (/eTag conflict/i.test((error as Error).message ?? "")) {
        throw new StateConflictError(`Conversation state "${cached.key}" was changed by another turn.`, { cause: error });
      }
      throw error;
    }
    // DynamoDbStorage hands back the new eTag on the written document; a storage that does not
    // (botbuilder's MemoryStorage) makes a second write in the same turn conflict, never overwrite.
    const written = typeof document.eTag === "string" && document.eTag !== cached.eTag ? document.eTag : `${cached.eTag}:written`;
    cached.eTag = written;
    cached.committedETag = written;
    cached.hash = calculateChangeHash(cached.state);
  }

  /**
   * Puts back the state as it was loaded, over this turn's own write only (conditional on the eTag
   * that write produced): used when something the turn must do after saving failed, so a fault leaves
   * nothing half-done. Throws StateRestoreError if another turn wrote since.
   */
  async restore(context: TurnContext): Promise<void> {
    const cached = this.cached(context);
    if (!cached?.committedETag) return;
    try {
      await this.storage.write({ [cached.key]: { ...(JSON.parse(cached.snapshot) as Record<string, unknown>), eTag: cached.committedETag } });
    } catch (error) {
      throw new StateRestoreError(`Conversation state "${cached.key}" could not be put back as it was before the turn.`, { cause: error });
    }
    context.turnState.delete(this.cacheKey);
  }

  override get(context: TurnContext): Record<string, unknown> | undefined {
    return this.cached(context)?.state;
  }

  override async clear(context: TurnContext): Promise<void> {
    const cached = this.cached(context);
    if (cached) {
      cached.state = {};
      cached.hash = "";
    } else {
      const key = await this.storageKey(context);
      // Never loaded: the eTag is unknown, so clearing must not depend on what is stored.
      context.turnState.set(this.cacheKey, { key, state: {}, hash: "", eTag: "*", snapshot: "{}" } satisfies Cached);
    }
  }

  override async delete(context: TurnContext): Promise<void> {
    context.turnState.delete(this.cacheKey);
    await this.storage.delete([await this.storageKey(context)]);
  }

  private cached(context: TurnContext): Cached | undefined {
    return context.turnState.get(this.cacheKey) as Cached | undefined;
  }

  private applyStamp(context: TurnContext, state: Record<string, unknown>): void {
    const stamp = context.turnState.get(STAMP_KEY) as Stamp | undefined;
    if (!stamp) return;
    const journal = journalOf(state);
    if (!journal.some((e) => e.a === stamp.activityId && e.n === stamp.nonce)) {
      state[JOURNAL_PROPERTY] = [...journal.filter((e) => e.a !== stamp.activityId), { a: stamp.activityId, n: stamp.nonce }].slice(-JOURNAL_SIZE);
    }
    const from = context.activity.from;
    const accounts = [from?.id, from?.aadObjectId].filter((id): id is string => typeof id === "string" && id !== "");
    const participants = Array.isArray(state[PARTICIPANTS_PROPERTY]) ? (state[PARTICIPANTS_PROPERTY] as string[]) : [];
    const added = accounts.filter((id) => !participants.includes(id));
    if (added.length > 0) state[PARTICIPANTS_PROPERTY] = [...participants, ...added].slice(-MAX_PARTICIPANTS);
  }
}

export function journalOf(state: Record<string, unknown> | undefined): JournalEntry[] {
  const journal = state?.[JOURNAL_PROPERTY];
  return Array.isArray(journal) ? (journal as JournalEntry[]).filter((e) => typeof e?.a === "string" && typeof e?.n === "string") : [];
}
