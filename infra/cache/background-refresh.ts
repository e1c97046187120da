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
