import { AsyncLocalStorage } from "node:async_hooks";
import type { TurnItems } from "../../infra/learners/turn-items";

/**
 * How a write held back by the turn is settled. Each write the turn can make declares it where it is
 * made (turn/held-back-ports.ts), so a new write does not compile until someone decides.
 */
export interface WritePolicy {
  /**
   * "undo-turn": what the learner did on purpose (a handoff request, a vote) must not be lost: if it
   * cannot be written, the turn is undone and the learner told to try again. "log": a statistic, not
   * worth an apology; its failure is logged and the turn stands.
   */
  readonly onFailure: "undo-turn" | "log";
  /**
   * "with-state": its writes are DynamoDB puts (infra/dynamodb/collected-writes.ts) that travel in the
   * turn's one write with the conversation state, all written or none. "after-state": it runs once the
   * state is saved (a message to another service).
   */
  readonly travels: "with-state" | "after-state";
}

/** A write held back until the turn's state is saved, with its arguments as they were at the call. */
export interface HeldWrite {
  /** The port's method, for the logs. */
  readonly name: string;
  readonly policy: WritePolicy;
  /** Set by TurnGuard: carried by the state's write, or given up (a statistic refused): not run after it. */
  settled?: "with-state" | "dropped";
  run(): Promise<void>;
}

/**
 * What one attempt at a turn does outside its conversation state: the writes to other tables and
 * services it held back (handoff requests, votes, statistics, the advisors' announcement), and the
 * learner's items it read. A turn run again after a conflict must not have written anything the first
 * time; a turn whose state could not be saved must have written nothing at all.
 */
export class TurnUnitOfWork {
  /** In the order the turn made them. */
  readonly writes: HeldWrite[] = [];
  /** The learner's items this run read (along with its state, or once by the repository): for this run only. */
  readonly items: TurnItems = new Map();

  /**
   * @param conversation the key of the turn's conversation that its statistics carry
   *   (infra/events/conversation-key.ts), when the activity names a conversation.
   */
  constructor(readonly conversation?: string) {}

  /** The writes of one kind the state's write did not settle, in the order the turn made them. */
  pending(onFailure: WritePolicy["onFailure"]): HeldWrite[] {
    return this.writes.filter((write) => write.policy.onFailure === onFailure && !write.settled);
  }
}

const units = new AsyncLocalStorage<TurnUnitOfWork>();

export function runInUnitOfWork<T>(unit: TurnUnitOfWork, work: () => Promise<T>): Promise<T> {
  return units.run(unit, work);
}

/**
 * Inside a turn, records the write to run after the turn's state is saved (TurnGuard) and returns at
 * once; outside a turn (tools, tests of the dialogs alone) writes directly.
 */
export function holdBack<T>(name: string, policy: WritePolicy, input: T, write: (input: T) => Promise<void>): Promise<void> {
  const unit = units.getStore();
  if (!unit) return write(input);
  // A copy: the caller may reuse or change its object after the call returned.
  const copy = structuredClone(input);
  unit.writes.push({ name, policy, run: () => write(copy) });
  return Promise.resolve();
}

/** The key of the current turn's conversation, for its statistics; undefined outside a turn. */
export function currentConversationKey(): string | undefined {
  return units.getStore()?.conversation;
}

/** The items read in the current run of a turn; undefined outside a turn. */
export function currentTurnItems(): TurnItems | undefined {
  return units.getStore()?.items;
}
