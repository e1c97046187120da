import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

type Level = "info" | "warn" | "error";

interface TurnLogContext {
  correlationId: string;
}

const turns = new AsyncLocalStorage<TurnLogContext>();
/** Set while library code runs whose console.error lines are held back (withoutConsoleErrors). */
const quieted = new AsyncLocalStorage<true>();

/** Longest string value a log line carries: logs hold events, never free text or documents. */
const MAX_VALUE_LENGTH = 200;
/** Field names that could carry what a learner typed, a record or a secret: never logged. */
const FORBIDDEN_FIELDS = /^(text|question|answer|body|grade|grades|results?|record|token|authorization|password|secret|email|phone|contact)$/i;

/**
 * Runs one request with a correlation id that every log line of that request carries (the API
 * Gateway request id on Lambda, a new id elsewhere), across the awaits of the whole turn.
 */
export function withCorrelation<T>(correlationId: string | undefined, run: () => Promise<T>): Promise<T> {
  return turns.run({ correlationId: correlationId || randomUUID() }, run);
}

export function currentCorrelationId(): string | undefined {
  return turns.getStore()?.correlationId;
}

/** Causes a log line follows: deeper is a loop or noise. */
const MAX_CAUSES = 5;

const bounded = (value: string) => (value.length > MAX_VALUE_LENGTH ? `${value.slice(0, MAX_VALUE_LENGTH)}…` : value);

/**
 * A fault as flat fields: `error` its name, `message`, and `cause` the chain of what caused it
 * ("Name: message", outermost first), so a wrapped DynamoDB or SDK error is not lost.
 */
function errorFields(error: unknown): Record<string, unknown> {
  const causes: string[] = [];
  let cause = error instanceof Error ? error.cause : undefined;
  while (cause !== undefined && causes.length < MAX_CAUSES) {
    causes.push(cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause));
    cause = cause instanceof Error ? cause.cause : undefined;
  }
  return {
    error: error instanceof Error ? error.name : typeof error,
    message: error instanceof Error ? error.message : String(error),
    ...(causes.length > 0 ? { cause: causes } : {}),
  };
}

function sanitize(fields: Record<string, unknown>): Record<string, unknown> {
  const clean: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (FORBIDDEN_FIELDS.test(key)) continue;
    if (key === "error" && typeof value !== "string") Object.assign(clean, sanitize(errorFields(value)));
    else if (typeof value === "string") clean[key] = bounded(value);
    else if (typeof value === "number" || typeof value === "boolean" || value === null) clean[key] = value;
    else if (Array.isArray(value) && value.every((item) => typeof item === "string")) clean[key] = value.slice(0, 10).map(bounded);
  }
  return clean;
}

/**
 * One structured JSON line per event, with the turn's correlation id. Only flat, bounded fields
 * pass: nested objects, free text and fields named like user text, grades or secrets are dropped,
 * so a careless call cannot write a learner's record or a token to the logs. A caught fault goes in
 * `error` as it was thrown: the line carries its name, message and cause chain.
 */
export function log(level: Level, event: string, fields: Record<string, unknown> = {}): void {
  const line = JSON.stringify({ level, time: new Date().toISOString(), event, correlationId: currentCorrelationId(), ...sanitize(fields) });
  // The logger's own lines always pass, even from inside withoutConsoleErrors.
  if (level === "error") quieted.exit(() => console.error(line));
  else if (level === "warn") console.warn(line);
  else console.log(line);
}

/** Refusals of forged or stale credentials logged per minute and per container; the others are counted. */
export const REFUSAL_LOG_LINES_PER_MINUTE = 20;

/**
 * One event's lines, at most `perMinute` a minute: a caller can make the function refuse requests as
 * fast as it likes, but not fill the logs. Lines over the limit are counted; the next line written
 * says how many were left out (`suppressed`). One per container: its memory is the window's.
 */
export class RateLimitedLog {
  private windowStart = Number.NEGATIVE_INFINITY;
  private written = 0;
  private suppressed = 0;

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = () => Date.now(),
  ) {}

  log(level: Level, event: string, fields: Record<string, unknown> = {}): void {
    const now = this.now();
    if (now - this.windowStart >= 60_000) {
      this.windowStart = now;
      this.written = 0;
    }
    if (this.written >= this.perMinute) {
      this.suppressed += 1;
      return;
    }
    this.written += 1;
    const suppressed = this.suppressed;
    this.suppressed = 0;
    log(level, event, { ...fields, ...(suppressed > 0 ? { suppressed } : {}) });
  }
}

const QUIETS = Symbol.for("ue-advisor.quiet-console-error");
type ConsoleError = typeof console.error & { [QUIETS]?: true };

/**
 * Runs library code whose console.error lines must not reach the logs: botbuilder prints each
 * refused token there (the token's error, or the signing key's PEM), and CloudAdapter each refusal
 * again, unstructured and without the correlation id. The caller logs one structured line of its own
 * instead; `log` itself always writes. Only this call's lines are held back (other requests' go
 * through): console.error is wrapped once, and the wrapper asks whether the line comes from inside
 * such a call.
 */
export function withoutConsoleErrors<T>(work: () => Promise<T>): Promise<T> {
  const current = console.error as ConsoleError;
  if (!current[QUIETS]) {
    const wrapper: ConsoleError = (...args: unknown[]) => {
      if (!quieted.getStore()) current.apply(console, args);
    };
    wrapper[QUIETS] = true;
    console.error = wrapper;
  }
  return quieted.run(true, work);
}
