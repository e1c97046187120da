import { createHash } from "node:crypto";
import { calculateChangeHash, ConversationState, type Activity, type Storage, type StoreItems, type TurnContext } from "botbuilder";
import type { CollectedPut } from "../dynamodb/collected-writes";
import { InfraError } from "../errors";
import { ETagConflictError, type AlongRead } from "./dynamodb-storage";

/** Turns the journal remembers: a redelivery comes long before 32 more turns of its conversation. */
export const JOURNAL_SIZE = 32;
/** Channel accounts remembered per conversation: its learner's (from.id and aadObjectId), with room to spare. */
export const MAX_PARTICIPANTS = 8;
/** Journal entries that keep their replies; redeliveries come within seconds or minutes. */
export const REPLAY_ENTRIES = 3;
export const REPLAY_SECONDS = 3600;
/** Larger replies are not kept (the entry says so): the state document stays far from DynamoDB's 400 KB. */
export const MAX_REPLAY_BYTES = 64 * 1024;
/**
 * Longer ids (activity ids, channel accounts) are kept as their hash: the HTTP check refuses them
 * (functions/http/bot-http.ts), and a state document must never grow with what a caller sends.
 */
export const MAX_STORED_ID_CHARS = 512;
/** The state properties this class owns, beside the bot's own. */
export const JOURNAL_PROPERTY = "$turns";
export const PARTICIPANTS_PROPERTY = "$participants";

/**
 * The eTag of a state that was absent when loaded. It never equals a stored eTag, and the Storage
 * contract lets a conditional write on an absent (or expired) item succeed: so the first write of a
 * conversation succeeds only if no other turn created it meanwhile.
 */
export const ABSENT_ETAG = "ue-advisor:absent";

/**
 * botbuilder's ConversationState key (default namespace); test/infra/state/optimistic-conversation-state.test.ts
 * checks they agree. With a member: the state of one participant of a shared conversation.
 */
export function conversationStateKey(channelId: string, conversationId: string, memberId?: string): string {
  return `${channelId}/conversations/${conversationId}/${memberId === undefined ? "" : `members/${storedId(memberId)}/`}`;
}

export class StateConflictError extends InfraError {}

export class StateRestoreError extends InfraError {}

/**
 * One entry of the journal (JOURNAL_PROPERTY): a turn that changed the conversation's state. Its
 * keys are one letter because the journal is written into the state document at every turn, and
 * they stay so because conversations already stored hold them.
 */
export interface JournalEntry {
  /** a, activity: the id of the activity whose turn wrote the state. */
  a: string;
  /** n, nonce: the attempt's nonce, which tells this run's own write from an earlier run's. */
  n: string;
  /** t, time: when the entry was written (epoch seconds), on entries that keep replies (REPLAY_SECONDS). */
  t?: number;
  /** r, replies: the turn's replies when they went back in the HTTP response (deliveryMode expectReplies), for a redelivery. */
  r?: Record<string, unknown>[];
  /** o, over: 1 when those replies were over MAX_REPLAY_BYTES and not kept. */
  o?: 1;
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
  /**
   * The turn's replies, to keep for a redelivery (expectReplies): the list the turn fills as it
   * replies, read when the state is written, after the last reply.
   */
  replies?: readonly Partial<Activity>[];
}

const STAMP_KEY = Symbol("ue-advisor.turn-stamp");
const HOLD_KEY = Symbol("ue-advisor.hold-saves");

/** A storage that can write other items with a state document, all or nothing (DynamoDbStorage). */
interface WritesWith {
  readonly writesTogether: boolean;
  writeWith(key: string, value: Record<string, unknown>, puts: readonly CollectedPut[]): Promise<void>;
}

function writesWith(storage: Storage): storage is Storage & WritesWith {
  return typeof (storage as Partial<WritesWith>).writeWith === "function";
}

/**
 * What a turn reads along with its conversation state, in the same request, and who receives those
 * items (in the order asked, undefined for an absent one); undefined or no reads: the state alone.
 */
export type ReadAlong = (context: TurnContext) => { reads: readonly AlongRead[]; received(items: readonly (Record<string, unknown> | undefined)[]): void } | undefined;

/** A storage that can read other items in the same request as state documents (DynamoDbStorage). */
interface AlongReadingStorage extends Storage {
  readAlong(keys: string[], along: readonly AlongRead[]): Promise<{ items: StoreItems; along: (Record<string, unknown> | undefined)[] }>;
}

function readsAlong(storage: Storage): storage is AlongReadingStorage {
  return typeof (storage as Partial<AlongReadingStorage>).readAlong === "function";
}

/**
 * Conversation state written with optimistic concurrency. botbuilder's BotState.saveChanges writes
 * with eTag "*" (last writer wins): two turns of one conversation processed at once would each
 * overwrite the other's changes. This class writes with the eTag it loaded, so the second writer
 * gets a StateConflictError and can run its turn again on the fresh state. (It tells a conflict by
 * the storage's ETagConflictError, which DynamoDbStorage throws; another storage's refusal is
 * thrown as it is.)
 *
 * It also keeps, inside the state (so atomically with each turn's changes, in the turn's one write):
 * - a journal of the activities whose turn changed it (JOURNAL_PROPERTY, entries as JournalEntry,
 *   the last JOURNAL_SIZE), which tells whether an activity already took effect, even when the
 *   write's acknowledgement was lost (timeout after DynamoDB applied it), so a redelivered activity
 *   is processed once without a record of its own to read or write;
 * - for a turn whose replies went back in the HTTP response (deliveryMode expectReplies), those
 *   replies, so a redelivery gets them again: on the last REPLAY_ENTRIES such entries, for
 *   REPLAY_SECONDS (older ones are dropped at the next write), at most MAX_REPLAY_BYTES each;
 * - the channel accounts that spoke in the conversation (PARTICIPANTS_PROPERTY: from.id and Teams'
 *   aadObjectId), so an erasure can find every conversation of a learner.
 * In a conversation kept per member (`perMember`), each participant's state is a document of its own,
 * with its own journal and participants.
 */
export class OptimisticConversationState extends ConversationState {
  private readonly cacheKey = Symbol("ue-advisor.optimistic-state");

  constructor(
    storage: Storage,
    namespace?: string,
    private readonly now: () => number = Date.now,
    /** Items read in the same request as the state (a storage that cannot, such as MemoryStorage, reads the state alone). */
    private readonly readAlong?: ReadAlong,
    /**
     * Conversations whose participants each have a state of their own (a Teams channel or group
     * chat): one participant's prompt, offer or dialog is never answered by another's message.
     */
    private readonly perMember?: (activity: Activity) => boolean,
  ) {
    super(storage, namespace);
  }

  /** botbuilder's key, and in a conversation kept per member, the sender's part of it (see conversationStateKey). */
  override getStorageKey(context: TurnContext): string | undefined {
    const key = super.getStorageKey(context);
    const member = context.activity.from?.id;
    if (key === undefined || !member || !this.perMember?.(context.activity)) return key;
    return `${key}members/${storedId(member)}/`;
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
    const entry = journalOf(this.cached(context)?.state).find((e) => e.a === storedId(activityId));
    if (!entry) return undefined;
    return nonces.includes(entry.n) ? "this-attempt" : "earlier";
  }

  /**
   * The replies kept for the activity (expectReplies), as the turn that applied it sent them;
   * undefined when none were kept (normal delivery, too large, or too old).
   */
  repliesOf(context: TurnContext, activityId: string): Record<string, unknown>[] | undefined {
    return journalOf(this.cached(context)?.state).find((e) => e.a === storedId(activityId))?.r;
  }

  /** True once this turn's write of the conversation state succeeded. */
  committed(context: TurnContext): boolean {
    return this.cached(context)?.committedETag !== undefined;
  }

  override async load(context: TurnContext, force = false): Promise<Record<string, unknown>> {
    const cached = this.cached(context);
    if (!force && cached) return cached.state;
    const key = await this.storageKey(context);
    const along = this.readAlong && readsAlong(this.storage) ? this.readAlong(context) : undefined;
    let items: StoreItems;
    if (along && along.reads.length > 0) {
      const read = await (this.storage as AlongReadingStorage).readAlong([key], along.reads);
      along.received(read.along);
      items = read.items;
    } else {
      items = await this.storage.read([key]);
    }
    const found = items[key] as Record<string, unknown> | undefined;
    const { eTag, ...state } = found ?? {};
    const loadedETag = typeof eTag === "string" && eTag !== "*" && found ? eTag : ABSENT_ETAG;
    const snapshot = JSON.stringify(found ? state : {});
    context.turnState.set(this.cacheKey, { key, state, hash: calculateChangeHash(state), eTag: loadedETag, snapshot } satisfies Cached);
    return state;
  }

  /**
   * From now on in this turn, saveChanges writes nothing (the bot's own save at the end of its
   * turn): the turn's one write is `commit`, which can carry the turn's other records.
   */
  holdSaves(context: TurnContext): void {
    context.turnState.set(HOLD_KEY, true);
  }

  /** Whether `commit` can write other items with the state, in one request, all or nothing. */
  get writesTogether(): boolean {
    return writesWith(this.storage) && this.storage.writesTogether;
  }

  /**
   * Writes the state if it changed (always when the turn is stamped and not yet journaled),
   * conditionally on the loaded eTag. Throws StateConflictError when another turn wrote first.
   * Writes nothing after `holdSaves`.
   */
  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    if (context.turnState.get(HOLD_KEY)) return;
    await this.write(context, force, []);
  }

  /**
   * The turn's write, held or not: the state as saveChanges writes it, and with it the given puts
   * (only when `writesTogether`), in one request: all are written or none.
   */
  async commit(context: TurnContext, puts: readonly CollectedPut[] = []): Promise<void> {
    if (puts.length > 0 && !this.writesTogether) throw new Error("This storage cannot write other items with the conversation state.");
    await this.write(context, puts.length > 0, puts);
  }

  private async write(context: TurnContext, force: boolean, puts: readonly CollectedPut[]): Promise<void> {
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
      if (puts.length > 0 && writesWith(this.storage)) await this.storage.writeWith(cached.key, document, puts);
      else await this.storage.write({ [cached.key]: document });
    } catch (error) {
      if (error instanceof ETagConflictError) {
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
    const activityId = storedId(stamp.activityId);
    const entry: JournalEntry = { a: activityId, n: stamp.nonce, ...keptReplies(stamp, this.now()) };
    const current = journal.find((e) => e.a === activityId && e.n === stamp.nonce);
    // Written once per run; again only if replies were added after that write (its time kept).
    if (!current || JSON.stringify([current.r, current.o]) !== JSON.stringify([entry.r, entry.o])) {
      const others = journal.filter((e) => e.a !== activityId);
      state[JOURNAL_PROPERTY] = pruneReplies([...others, entry].slice(-JOURNAL_SIZE), this.now());
    }
    const from = context.activity.from;
    const accounts = [from?.id, from?.aadObjectId].filter((id): id is string => typeof id === "string" && id !== "").map(storedId);
    const participants = Array.isArray(state[PARTICIPANTS_PROPERTY]) ? (state[PARTICIPANTS_PROPERTY] as string[]) : [];
    const added = accounts.filter((id) => !participants.includes(id));
    if (added.length > 0) state[PARTICIPANTS_PROPERTY] = [...participants, ...added].slice(-MAX_PARTICIPANTS);
  }
}

/** An id as the state keeps it: itself, or the hash of an absurdly long one. */
export function storedId(id: string): string {
  return id.length <= MAX_STORED_ID_CHARS ? id : `sha256:${createHash("sha256").update(id).digest("hex")}`;
}

/** The replies of a stamped turn as its journal entry keeps them. */
function keptReplies(stamp: Stamp, nowMs: number): Pick<JournalEntry, "t" | "r" | "o"> {
  if (!stamp.replies) return {};
  const json = JSON.stringify(stamp.replies);
  const t = Math.floor(nowMs / 1000);
  return Buffer.byteLength(json, "utf8") <= MAX_REPLAY_BYTES ? { t, r: JSON.parse(json) as Record<string, unknown>[] } : { t, o: 1 };
}

/** Replies are kept on the last REPLAY_ENTRIES entries that have them, for REPLAY_SECONDS. */
function pruneReplies(journal: JournalEntry[], nowMs: number): JournalEntry[] {
  const oldest = Math.floor(nowMs / 1000) - REPLAY_SECONDS;
  let kept = 0;
  return journal
    .reverse()
    .map((entry) => {
      if (entry.r === undefined) return entry;
      kept += 1;
      if (kept <= REPLAY_ENTRIES && (entry.t ?? 0) >= oldest) return entry;
      return { a: entry.a, n: entry.n };
    })
    .reverse();
}

export function journalOf(state: Record<string, unknown> | undefined): JournalEntry[] {
  const journal = state?.[JOURNAL_PROPERTY];
  return Array.isArray(journal) ? (journal as JournalEntry[]).filter((e) => typeof e?.a === "string" && typeof e?.n === "string") : [];
}
