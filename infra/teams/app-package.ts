import { unzipSync, zipSync } from "fflate";

/**
 * A Teams app package is a zip of its files at the top level. Each entry carries the same date
 * (DOS dates start in 1980), so the same files always give the same bytes.
 */
const FIXED_DATE = new Date(1980, 0, 1);

export function zipAppPackage(files: Readonly<Record<string, Buffer>>): Buffer {
  return Buffer.from(zipSync(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, { mtime: FIXED_DATE, level: 9 }]]))));
}

/** The package's files by name; throws when `archive` is not a zip. */
export function unzipAppPackage(archive: Buffer): Record<string, Buffer> {
  return Object.fromEntries(Object.entries(unzipSync(archive)).map(([name, data]) => [name, Buffer.from(data)]));
}
