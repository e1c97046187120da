/**
 * The production bundle's esbuild settings, read from serverless.yml (custom.esbuild) the way
 * serverless-esbuild reads them, so `npm run bench` measures exactly what `serverless package`
 * ships. serverless.yml stays the only place the settings are written.
 */
import { readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { build, type BuildOptions, type Metafile, type Plugin } from "esbuild";
import { parse } from "yaml";

export const ROOT = resolve(__dirname, "..");

/** Options serverless-esbuild consumes itself and removes before calling esbuild (its bundle.js). */
const PLUGIN_ONLY_OPTIONS = [
  "config",
  "concurrency",
  "zipConcurrency",
  "exclude",
  "nativeZip",
  "packager",
  "packagePath",
  "watch",
  "keepOutputDirectory",
  "packagerOptions",
  "installExtraArgs",
  "outputFileExtension",
  "outputBuildFolder",
  "outputWorkFolder",
  "nodeExternals",
  "skipBuild",
  "skipRebuild",
  "skipBuildExcludeFns",
  "stripEntryResolveExtensions",
  "disposeContext",
] as const;

/**
 * Settings whose only purpose is to leave out what the assistant never runs. The floor bots are
 * bundled without them: the floor is the framework as it ships.
 */
export const TRIMMING_OPTIONS = ["plugins", "mainFields", "alias"] as const;

export class BundleConfigError extends Error {
  override readonly name = "BundleConfigError";
}

type RawOptions = Record<string, unknown> & { plugins?: unknown; exclude?: unknown; external?: unknown };

interface ServerlessYml {
  custom?: { esbuild?: RawOptions };
  provider?: { environment?: Record<string, unknown> };
}

function readServerlessYml(file = join(ROOT, "serverless.yml")): ServerlessYml {
  // CloudFormation tags (!GetAtt, !Sub) are irrelevant here: parsed as plain values, warnings muted.
  return parse(readFileSync(file, "utf8"), { logLevel: "silent" }) as ServerlessYml;
}

/** The NODE_OPTIONS the function runs with (provider.environment), for the bench to run bundles alike. */
export function readServerlessNodeOptions(): string[] {
  const options = readServerlessYml().provider?.environment?.NODE_OPTIONS;
  if (options === undefined) return [];
  if (typeof options !== "string" || options.includes("${")) throw new BundleConfigError("provider.environment.NODE_OPTIONS must be a literal string.");
  return options.split(/\s+/).filter(Boolean);
}

/** custom.esbuild of serverless.yml, as written. */
export function readServerlessEsbuildSettings(): RawOptions {
  const settings = readServerlessYml().custom?.esbuild;
  if (!settings) throw new BundleConfigError("serverless.yml has no custom.esbuild section.");
  if (JSON.stringify(settings).includes("${")) {
    throw new BundleConfigError("custom.esbuild uses serverless variables; the bench reads it without resolving them: keep it literal.");
  }
  return settings;
}

/** The plugins as serverless-esbuild loads them: an array, or a file exporting one or a function returning one. */
function loadPlugins(plugins: unknown): Plugin[] {
  if (plugins === undefined) return [];
  if (Array.isArray(plugins)) return plugins as Plugin[];
  if (typeof plugins !== "string") throw new BundleConfigError("custom.esbuild.plugins must be a file path or a list.");
  let loaded = createRequire(join(ROOT, "package.json"))(join(ROOT, plugins)) as unknown;
  if (typeof loaded === "object" && loaded !== null && "default" in loaded) loaded = (loaded as { default: unknown }).default;
  return (typeof loaded === "function" ? (loaded as () => Plugin[])() : loaded) as Plugin[];
}

/** esbuild options of the production bundle; `trimmed: false` drops the trimming settings (the floor). */
export function productionBuildOptions(options: { trimmed: boolean }): BuildOptions {
  const raw: RawOptions = { ...readServerlessEsbuildSettings() };
  if (!options.trimmed) for (const key of TRIMMING_OPTIONS) delete raw[key];
  const exclude = [raw.exclude ?? []].flat() as string[];
  const external = [...([raw.external ?? []].flat() as string[]), ...(exclude.includes("*") ? [] : exclude)];
  const plugins = loadPlugins(raw.plugins);
  for (const key of [...PLUGIN_ONLY_OPTIONS, "plugins"]) delete raw[key];
  return { ...(raw as BuildOptions), external, plugins };
}

export interface BuiltBundle {
  /** The bundle's JavaScript file (what Lambda loads). */
  file: string;
  bytes: number;
  /** Size of the linked source map, shipped beside it but not loaded unless an error is mapped. */
  mapBytes: number;
  /** Bytes of the bundle per npm package (or first-level folder of this repository). */
  byPackage: Record<string, number>;
  buildMs: number;
}

/** Builds one entry point with the production settings into `outdir`. */
export async function buildBundle(entry: string, outdir: string, options: { trimmed: boolean; logLevel?: BuildOptions["logLevel"] }): Promise<BuiltBundle> {
  const start = performance.now();
  const result = await build({
    ...productionBuildOptions(options),
    entryPoints: [join(ROOT, entry)],
    outdir,
    metafile: true,
    logLevel: options.logLevel ?? "warning",
  });
  const buildMs = performance.now() - start;
  const [file, output] = Object.entries(result.metafile.outputs).find(([path]) => path.endsWith(".js")) ?? [];
  if (!file || !output) throw new BundleConfigError(`esbuild produced no JavaScript for ${entry}.`);
  const absolute = resolve(file);
  let mapBytes = 0;
  try {
    mapBytes = statSync(`${absolute}.map`).size;
  } catch {
    // no source map configured
  }
  return { file: absolute, bytes: output.bytes, mapBytes, byPackage: bytesByPackage(output), buildMs };
}

function bytesByPackage(output: Metafile["outputs"][string]): Record<string, number> {
  const sizes: Record<string, number> = {};
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
    const name = match?.[1] ?? (input.includes(":") ? input.split(":")[0]! : input.replace(/^(\.\.\/)+/, "").split("/")[0]!);
    sizes[name] = (sizes[name] ?? 0) + bytesInOutput;
  }
  return Object.fromEntries(Object.entries(sizes).sort((a, b) => b[1] - a[1]));
}
