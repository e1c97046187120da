import { statSync } from "node:fs";
import { join, resolve } from "node:path";
import { build, type BuildOptions, type Metafile } from "esbuild";
import { InfraError } from "../errors";
import { productionBuildOptions } from "./bundle-options";
import { ROOT } from "./esbuild-plugins";

export { ROOT };

export class BundleBuildError extends InfraError {}

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

/** Builds one entry point (a path from the repository's root) with the production options into `outdir`. */
export async function buildBundle(entry: string, outdir: string, options: { trimmed: boolean; logLevel?: BuildOptions["logLevel"] }): Promise<BuiltBundle> {
  const start = performance.now();
  const result = await build({
    ...productionBuildOptions({ trimmed: options.trimmed }),
    entryPoints: [join(ROOT, entry)],
    outdir,
    metafile: true,
    logLevel: options.logLevel ?? "warning",
  });
  const buildMs = performance.now() - start;
  const [file, output] = Object.entries(result.metafile.outputs).find(([path]) => path.endsWith(".js")) ?? [];
  if (!file || !output) throw new BundleBuildError(`esbuild produced no JavaScript for ${entry}.`);
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
