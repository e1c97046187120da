import { mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { InfraError } from "../errors";
import { startEmbeddedStore, type EmbeddedStore } from "./embedded-store";

/**
 * The file, in the store's folder, by which the process holding the local store says who it is and
 * where it serves the store. LevelDB lets one process at a time open the files, so `npm start` serves
 * its store on a loopback port and the admins' and advisors' commands go through that port while it
 * runs, instead of opening the files themselves.
 */
export const HOLDER_FILE = "holder.json";

/** Who holds the local store. */
export interface StoreHolder {
  pid: number;
  /** "npm start", or the command that opened the store (e.g. "npm run data:load"). */
  by: string;
  startedAt: string;
  /** The store's DynamoDB endpoint on loopback, once it is served. */
  storeEndpoint?: string;
  /** The assistant's address, once `npm start` listens. */
  url?: string;
}

export const NPM_START = "npm start";

/** How long a command or `npm start` waits for a command holding the store to finish (LOCAL_STORE_WAIT_MS). */
export const DEFAULT_WAIT_FOR_COMMAND_MS = 10_000;

/** A wait as a sentence says it: "10 s", "300 ms". */
export function formatWait(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`;
}

/** LOCAL_STORE_WAIT_MS, or the default. */
export function waitForCommandMs(env: Record<string, string | undefined>): number {
  const value = Number(env.LOCAL_STORE_WAIT_MS);
  return env.LOCAL_STORE_WAIT_MS !== undefined && Number.isFinite(value) && value >= 0 ? value : DEFAULT_WAIT_FOR_COMMAND_MS;
}

/** This process opened the store, or another live process holds it. */
export type LocalStoreAccess = { kind: "opened"; store: HeldStore } | { kind: "held"; holder: StoreHolder; file: string };

export interface HeldStore extends EmbeddedStore {
  /** Adds to the holder file what others need to find the holder (the assistant's address). */
  announce(fields: Pick<StoreHolder, "url">): void;
}

/** The holder file cannot be written or read: the message says which file and why. */
export class LocalStoreError extends InfraError {}

/**
 * Opens the local store at `path` for this process, unless a live process holds it (then returns
 * that holder). A holder file whose process is dead is stale: it is replaced. The file is created
 * exclusively, so two processes starting together cannot both believe they hold the store. A store
 * held by a command (not by `npm start`) is waited for up to `waitForCommandMs`: commands are short.
 */
export async function openLocalStore(path: string, by: string, options: { waitForCommandMs?: number } = {}): Promise<LocalStoreAccess> {
  mkdirSync(path, { recursive: true });
  const file = join(path, HOLDER_FILE);
  const mine: StoreHolder = { pid: process.pid, by, startedAt: new Date().toISOString() };
  const waitUntil = Date.now() + (options.waitForCommandMs ?? DEFAULT_WAIT_FOR_COMMAND_MS);
  for (let staleRemoved = 0; ; ) {
    try {
      writeFileSync(file, JSON.stringify(mine), { flag: "wx" });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST" || staleRemoved > 5) {
        throw new LocalStoreError(`Cannot write ${file}: ${(error as Error).message}`, { cause: error });
      }
    }
    const holder = await readHolder(file);
    // A live pid whose store does not answer is a pid reused since its holder died: stale too (if
    // the holder is only stuck, LevelDB's own lock still refuses the open below).
    if (holder && isAlive(holder.pid) && (!holder.storeEndpoint || (await answers(holder.storeEndpoint)))) {
      if (holder.by === NPM_START || Date.now() >= waitUntil) return { kind: "held", holder, file };
      await new Promise((resolve) => setTimeout(resolve, 100));
      continue;
    }
    removeFile(file);
    staleRemoved += 1;
  }
  let store: EmbeddedStore;
  try {
    store = await startEmbeddedStore({ path });
  } catch (error) {
    // Only if still ours: a process that raced us for a stale file may hold the store and the file.
    await removeIfMine(file, mine);
    throw error;
  }
  const write = (holder: StoreHolder) => {
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(holder));
    renameSync(temporary, file);
  };
  let current: StoreHolder = { ...mine, storeEndpoint: store.endpoint };
  write(current);
  return {
    kind: "opened",
    store: {
      endpoint: store.endpoint,
      announce: (fields) => {
        current = { ...current, ...fields };
        write(current);
      },
      close: async () => {
        await removeIfMine(file, current);
        await store.close();
      },
    },
  };
}

/**
 * The holder file, or undefined when there is none or it is unreadable. A file just created
 * exclusively may be empty for an instant before its holder writes it: read again a few times.
 */
async function readHolder(file: string, retries = 5): Promise<StoreHolder | undefined> {
  for (let attempt = 0; ; attempt++) {
    try {
      const parsed = JSON.parse(readFileSync(file, "utf8")) as Partial<StoreHolder>;
      if (typeof parsed.pid === "number" && typeof parsed.by === "string" && typeof parsed.startedAt === "string") return parsed as StoreHolder;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    }
    if (attempt >= retries) return undefined;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Whether anything answers HTTP at the endpoint within a second. */
async function answers(endpoint: string): Promise<boolean> {
  try {
    await fetch(endpoint, { method: "GET", signal: AbortSignal.timeout(1_000) });
    return true;
  } catch {
    return false;
  }
}

/** Signal 0 checks the process exists without touching it; EPERM means it exists under another user. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function removeIfMine(file: string, mine: StoreHolder): Promise<void> {
  const holder = await readHolder(file, 0);
  if (holder?.pid === mine.pid && holder.startedAt === mine.startedAt) removeFile(file);
}

function removeFile(file: string): void {
  try {
    unlinkSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw new LocalStoreError(`Cannot remove ${file}: ${(error as Error).message}`, { cause: error });
  }
}

/** The local server's route by which a command that changed the store asks the assistant to re-read it. */
export const REFRESH_PATH = "/local/refresh";
