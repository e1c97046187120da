import { AsyncLocalStorage } from "node:async_hooks";
import type { TurnItems } from "../../infra/learners/turn-items";

/**
 * What one attempt at a turn does outside its conversation state: writes to other tables (handoff
 * requests, votes, statistics) held back until the turn's state is saved, and the learners the turn
 * identified. A turn run again after a conflict must not have recorded anything the first time; a
 * turn whose state could not be saved must have recorded nothing at all.
 */
export interface TurnScope {
  effects: DeferredEffect[];
  learnerIds: Set<string>;
  /** The learner's items this run read (along with its state, or once by the repository): for this run only. */
  items: TurnItems;
}

export interface DeferredEffect {
  name: string;
  /** A critical effect that fails undoes the turn (apology); another is logged and the turn stands. */
  critical: boolean;
  /**
   * Its writes are DynamoDB puts (infra/dynamodb/collected-writes.ts) that can travel in the turn's
   * one write, with the conversation state: all written or none.
   */
  withState: boolean;
  /** Set by TurnGuard: carried by the state's write, or given up (a statistic refused): not run after it. */
  settled?: "with-state" | "dropped";
  run(): Promise<unknown>;
}

const scopes = new AsyncLocalStorage<TurnScope>();

export function newTurnScope(): TurnScope {
  return { effects: [], learnerIds: new Set(), items: new Map() };
}

export function runInTurnScope<T>(scope: TurnScope, work: () => Promise<T>): Promise<T> {
  return scopes.run(scope, work);
}

export interface DeferOptions {
  /** Which methods write (and are deferred); the others (reads) pass through. */
  isWrite(method: string): boolean;
  /** Which deferred writes must succeed for the turn to stand. */
  isCritical(method: string): boolean;
  /** Whether the writes are DynamoDB puts that can be written with the conversation state. */
  withState: boolean;
}

/**
 * The same object, whose writes made inside a turn scope return at once and run after the turn's
 * state is saved (TurnGuard). Outside a turn (tools, tests of the dialogs alone) writes run directly.
 * Methods are matched by name, so one the wrapped port gains later is deferred by the same rule.
 */
export function deferWrites<T extends object>(target: T, options: DeferOptions): T {
  return new Proxy(target, {
    get(object, property) {
      const value: unknown = Reflect.get(object, property, object);
      if (typeof value !== "function") return value;
      const method = value as (...args: unknown[]) => unknown;
      if (typeof property !== "string" || !options.isWrite(property)) return method.bind(object);
      return (...args: unknown[]) => {
        const scope = scopes.getStore();
        if (!scope) return method.apply(object, args);
        // A copy: the caller may reuse or change its objects after the call returned.
        const copies = structuredClone(args);
        scope.effects.push({ name: property, critical: options.isCritical(property), withState: options.withState, run: async () => method.apply(object, copies) });
        return Promise.resolve();
      };
    },
  });
}

/**
 * The events repository's writes are its record* methods, puts written with the conversation state.
 * What the learner did on purpose (a handoff request, a vote) must not be lost: if it cannot be
 * written the turn is undone and the learner told to try again. Statistics drawn from a question
 * (unanswered, answered) are not worth an apology: their failure is logged.
 */
export const EVENT_WRITES: DeferOptions = {
  isWrite: (method) => method.startsWith("record"),
  isCritical: (method) => method === "recordHandoff" || method === "recordFeedback",
  withState: true,
};

/**
 * The announcement of a new handoff request to the advisors' channel: sent once the request is
 * saved, and best effort (the advisors' inbox lists the request anyway).
 */
export const ANNOUNCEMENTS: DeferOptions = {
  isWrite: (method) => method === "notify",
  isCritical: () => false,
  withState: false,
};

/** Wraps an identity resolver so the learners a turn identified are known to the turn (erasure). */
export function noteIdentities<A extends unknown[], R extends { learnerId: string } | undefined>(
  resolve: (...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  return async (...args) => {
    const identity = await resolve(...args);
    if (identity) scopes.getStore()?.learnerIds.add(identity.learnerId);
    return identity;
  };
}

/** The items read in the current run of a turn; undefined outside a turn. */
export function currentTurnItems(): TurnItems | undefined {
  return scopes.getStore()?.items;
}
