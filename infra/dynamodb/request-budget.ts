import { AsyncLocalStorage } from "node:async_hooks";
import { InfraError } from "../errors";

/**
 * A time budget for the DynamoDB calls of one unit of work (a learner's turn), so that SDK retries
 * can never push a reply past the channel's ~15 s: within a budget, an attempt starts only if it can
 * end (one request timeout) before the deadline, and a retry only if its backoff and a whole attempt
 * still fit. Outside any budget (cold start, command-line tools) calls are bounded by attempts ×
 * timeout + backoff alone.
 *
 * Worst case of one call, no budget: maxAttempts × requestTimeout + Σ backoff caps
 * (defaults 3 × 2 s + 0.5 s + 1 s = 7.5 s when throttled). Within a budget: nothing after the deadline.
 */
const budgets = new AsyncLocalStorage<{ deadline: number }>();

export class RequestBudgetExceededError extends InfraError {}

/** Runs `work` with DynamoDB calls limited to `deadline` (epoch ms). Nested budgets keep the earlier deadline. */
export function withRequestBudget<T>(deadline: number, work: () => Promise<T>): Promise<T> {
  const outer = budgets.getStore()?.deadline;
  return budgets.run({ deadline: outer === undefined ? deadline : Math.min(outer, deadline) }, work);
}

/**
 * Runs `work` with its own deadline, ignoring any enclosing one: for the clean-up after a failed turn
 * (putting back the state the turn wrote), which must run even when the turn's budget is spent.
 */
export function withSeparateRequestBudget<T>(deadline: number, work: () => Promise<T>): Promise<T> {
  return budgets.run({ deadline }, work);
}

export function currentDeadline(): number | undefined {
  return budgets.getStore()?.deadline;
}

/** Backoff before retry number `retry` (0 for the first retry): full jitter under an exponential cap. */
export const BACKOFF = {
  /** Base delay for transient errors (timeouts, 5xx, connection resets). */
  transientBaseMs: 50,
  /** Base delay for throttling: DynamoDB needs longer to recover capacity. */
  throttlingBaseMs: 500,
  maxDelayMs: 2_000,
} as const;

export function backoffCapMs(retry: number, errorType: string): number {
  const base = errorType === "THROTTLING" ? BACKOFF.throttlingBaseMs : BACKOFF.transientBaseMs;
  return Math.min(BACKOFF.maxDelayMs, base * 2 ** retry);
}

/** The worst time one call may take without a budget: every attempt timing out, every backoff at its cap. */
export function worstCaseCallMs(options: { maxAttempts: number; requestTimeoutMs: number }): number {
  let total = options.maxAttempts * options.requestTimeoutMs;
  for (let retry = 0; retry < options.maxAttempts - 1; retry++) total += backoffCapMs(retry, "THROTTLING");
  return total;
}

interface RetryToken {
  getRetryCount(): number;
  getRetryDelay(): number;
}

interface RetryErrorInfo {
  errorType: string;
}

export interface BudgetedRetryStrategyOptions {
  maxAttempts: number;
  requestTimeoutMs: number;
  now?: () => number;
  random?: () => number;
}

function token(retries: number, delay: number): RetryToken {
  return { getRetryCount: () => retries, getRetryDelay: () => delay };
}

/**
 * The SDK's retry strategy (RetryStrategyV2), made explicit: the same retryable errors as the SDK's
 * standard mode (throttling and transient), a fixed number of attempts, a stated backoff, and no retry
 * that would end after the current budget's deadline. The SDK's own defaults change between versions
 * (its 2026 backoff differs from 2025's); these do not.
 */
export class BudgetedRetryStrategy {
  readonly mode = "standard";
  private readonly now: () => number;
  private readonly random: () => number;

  constructor(private readonly options: BudgetedRetryStrategyOptions) {
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
  }

  async acquireInitialRetryToken(_scope: string): Promise<RetryToken> {
    return token(0, 0);
  }

  async refreshRetryTokenForRetry(previous: RetryToken, errorInfo: RetryErrorInfo): Promise<RetryToken> {
    const retries = previous.getRetryCount();
    if (errorInfo.errorType !== "THROTTLING" && errorInfo.errorType !== "TRANSIENT") throw new Error("not retryable");
    if (retries + 1 >= this.options.maxAttempts) throw new Error("no attempt left");
    const delay = Math.floor(this.random() * backoffCapMs(retries, errorInfo.errorType));
    const deadline = currentDeadline();
    if (deadline !== undefined && this.now() + delay + this.options.requestTimeoutMs > deadline) throw new Error("no time left in the budget");
    return token(retries + 1, delay);
  }

  recordSuccess(_token: RetryToken): void {}
}

type Next = (args: unknown) => Promise<unknown>;

/**
 * A middleware run before each attempt (after the retry middleware): refuses to start an attempt that
 * could not end before the budget's deadline, so the SDK never works past it.
 */
export function budgetedAttempt(requestTimeoutMs: number, now: () => number = Date.now) {
  return (next: Next) => async (args: unknown) => {
    const deadline = currentDeadline();
    if (deadline !== undefined && now() + requestTimeoutMs > deadline) {
      throw new RequestBudgetExceededError(`DynamoDB call refused: ${Math.max(0, deadline - now())} ms left in the turn's budget, an attempt may take ${requestTimeoutMs} ms.`);
    }
    return next(args);
  };
}
