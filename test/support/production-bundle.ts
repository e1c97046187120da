import { createRequire } from "node:module";
import { inject } from "vitest";

export type MessagesModule = typeof import("../../functions/messages");

/**
 * A fresh instance of the Lambda module as `serverless package` ships it: the bundle built by the
 * global setup with the production options that serverless.yml packages with
 * (infra/build/bundle-options.ts: what the assistant never runs left out, the Bot Framework's
 * modules loaded on first use). Each call loads it anew, so the app inside is built from the
 * environment of the test that asks.
 */
export function productionBundle(): MessagesModule {
  const file = inject("productionBundle");
  const require = createRequire(import.meta.url);
  const loaded = require(file) as MessagesModule;
  delete require.cache[require.resolve(file)];
  return loaded;
}

/** The Lambda handler from the source (as vitest transforms it) and from the production bundle. */
export const HANDLER_VARIANTS: ReadonlyArray<readonly [string, () => Promise<MessagesModule>]> = [
  ["source", () => import("../../functions/messages")],
  ["production bundle", async () => productionBundle()],
];
