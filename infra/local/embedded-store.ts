import { mkdirSync } from "node:fs";
import type { AddressInfo } from "node:net";
import dynalite from "dynalite";
import { Level } from "level";
import { InfraError } from "../errors";

export interface EmbeddedStore {
  endpoint: string;
  close(): Promise<void>;
}

/** Another process (or this one) has the store's LevelDB files open: LevelDB lets one holder at a time. */
export class EmbeddedStoreBusyError extends InfraError {}

/**
 * Starts dynalite, a DynamoDB-compatible store in pure JavaScript, on loopback. With a folder, its
 * LevelDB files persist there so local conversations survive a restart; without, it lives in memory.
 * A folder another process holds is refused with EmbeddedStoreBusyError before dynalite starts:
 * dynalite opens its files lazily and would then fail each request with an uncaught
 * « Database is closed ».
 */
export async function startEmbeddedStore(options: { path?: string; port?: number } = {}): Promise<EmbeddedStore> {
  if (options.path) {
    mkdirSync(options.path, { recursive: true });
    await assertNotHeld(options.path);
  }
  const server = dynalite({ path: options.path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** Opens and closes the folder's LevelDB once: the open fails with LEVEL_LOCKED while someone holds it. */
async function assertNotHeld(path: string): Promise<void> {
  const db = new Level(path);
  try {
    await db.open();
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    if (cause?.code === "LEVEL_LOCKED") throw new EmbeddedStoreBusyError(`the store at ${path} is open in another process`, { cause: error });
    throw new InfraError(`the store at ${path} cannot be opened: ${(error as Error).message}`, { cause: error });
  } finally {
    await db.close().catch(() => undefined);
  }
}
