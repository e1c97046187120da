import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { ROOT } from "../infra/build/build-bundle";

/**
 * The NODE_OPTIONS the deployed function runs with (serverless.yml, provider.environment), so the
 * bench runs the bundles as Lambda does (source maps enabled: they cost at load).
 */
export function readServerlessNodeOptions(): string[] {
  // CloudFormation tags (!GetAtt, !Sub) are irrelevant here: parsed as plain values, warnings muted.
  const yml = parse(readFileSync(join(ROOT, "serverless.yml"), "utf8"), { logLevel: "silent" }) as { provider?: { environment?: Record<string, unknown> } };
  const options = yml.provider?.environment?.NODE_OPTIONS;
  if (options === undefined) return [];
  if (typeof options !== "string" || options.includes("${")) throw new Error("serverless.yml: provider.environment.NODE_OPTIONS must be a literal string.");
  return options.split(/\s+/).filter(Boolean);
}
