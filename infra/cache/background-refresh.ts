/**
 * The schedule of the per-container caches (catalog, content): one check at a time, concurrent
 * callers sharing it, and a turn that finds the last check older than the interval starts the next
 * one in the background without waiting for it — the turn is served from what is in memory.
 */
export class BackgroundRefresh<R> {
  private lastStartedAt: number;
  private inFlight: Promise<R> | undefined;

  constructor(
    private readonly check: () => Promise<R>,
    private readonly intervalMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.lastStartedAt = now();
  }

  /** Whether a check is under way (a caller may join it with `run`). */
  get running(): boolean {
    return this.inFlight !== undefined;
  }

  /** For each turn: starts a check in the background when one is due. Never waits. */
  poke(): void {
    if (!this.inFlight && this.now() - this.lastStartedAt >= this.intervalMs) void this.run();
  }

  /** Checks now, or joins the check under way. */
  run(): Promise<R> {
    if (!this.inFlight) {
      this.lastStartedAt = this.now();
      this.inFlight = this.check().finally(() => {
        this.inFlight = undefined;
      });
    }
    return this.inFlight;
  }

  /** Resolves when no check is running (tests, graceful shutdown). */
  async settled(): Promise<void> {
    while (this.inFlight) await this.inFlight;
  }
}

/** Until a cache's first read succeeds: how long after a failed read a turn may read again. */
export const FIRST_LOAD_BACKOFF = { firstMs: 1_000, maxMs: 30_000 } as const;

/**
 * When a cache whose cold-start read failed (DynamoDB unreachable) may read again, in the turn that
 * needs its data: at once after the cold start's failure, then 1 s, 2 s, 4 s… up to 30 s after each
 * failed read, rather than after the refresh interval (minutes). Meanwhile those turns get the
 * apology, never an answer from empty data.
 */
export class FirstLoadRetry {
  private failures = 0;
  private lastFailedAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly now: () => number = Date.now) {}

  due(): boolean {
    if (this.failures <= 1) return true;
    const wait = Math.min(FIRST_LOAD_BACKOFF.maxMs, FIRST_LOAD_BACKOFF.firstMs * 2 ** (this.failures - 2));
    return this.now() - this.lastFailedAt >= wait;
  }

  failed(): void {
    this.failures += 1;
    this.lastFailedAt = this.now();
  }
}
