/**
 * One cold start, in a fresh node process: require the bundle, build its app (prepare), serve one
 * request. Prints the three durations as JSON. Imports nothing else, so every module the bundle needs,
 * node's own included, is loaded inside the timed require. The bench builds this file into .bench/
 * and runs it with plain node, once per sample.
 *
 *     node .bench/cold-start.js <bundle.js> <API Gateway event as JSON>
 */
// node:module is part of node's own loader, already loaded before this file runs.
import { createRequire } from "node:module";

interface ColdSubject {
  prepare(): Promise<void>;
  handler(event: unknown): Promise<{ statusCode?: number; body?: string }>;
}

export interface ColdStart {
  /** Node's own start-up, before the bundle is required. */
  nodeStartMs: number;
  requireMs: number;
  prepareMs: number;
  firstRequestMs: number;
  /**
   * CPU time (user + system) of the same three steps: on a machine shared with other work, less
   * disturbed by the scheduler than the elapsed times (waiting for DynamoDB is not counted).
   */
  requireCpuMs: number;
  prepareCpuMs: number;
  firstRequestCpuMs: number;
  statusCode: number;
}

/** CPU time of this process so far, in milliseconds. */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

async function main(): Promise<void> {
  const [bundle, eventJson] = process.argv.slice(2);
  if (!bundle || !eventJson) throw new Error("usage: cold-start.js <bundle.js> <event json>");
  const event = JSON.parse(eventJson) as unknown;
  const [t0, c0] = [performance.now(), cpuMs()];
  const subject = createRequire(__filename)(bundle) as ColdSubject;
  const [t1, c1] = [performance.now(), cpuMs()];
  await subject.prepare();
  const [t2, c2] = [performance.now(), cpuMs()];
  const response = await subject.handler(event);
  const [t3, c3] = [performance.now(), cpuMs()];
  const result: ColdStart = {
    nodeStartMs: t0,
    requireMs: t1 - t0,
    prepareMs: t2 - t1,
    firstRequestMs: t3 - t2,
    requireCpuMs: c1 - c0,
    prepareCpuMs: c2 - c1,
    firstRequestCpuMs: c3 - c2,
    statusCode: response.statusCode ?? 0,
  };
  process.stdout.write(`\n${JSON.stringify(result)}\n`);
  // The app keeps sockets and timers (cache refreshes) open, as a Lambda container would.
  process.exit(0);
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`);
  process.exit(1);
});
