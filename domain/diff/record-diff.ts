/**
 * What changes between two sets of records (answer entries, units, diplomas), field by field, so an
 * admin can review a publish before it happens. Pure: the callers read the two sides.
 */

/** One field of a record that differs. Paths are dotted, with list positions in brackets (`links[0].url`). */
export type FieldChange =
  /** A value that differs, appeared (`before` undefined) or disappeared (`after` undefined). */
  | { field: string; kind: "value"; before?: unknown; after?: unknown }
  /** A list of plain values (question variants, tags): what was added and removed, or only reordered. */
  | { field: string; kind: "list"; added: unknown[]; removed: unknown[]; reordered: boolean };

export interface ChangedRecord<T> {
  key: string;
  before: T;
  after: T;
  fields: FieldChange[];
}

export interface RecordsDiff<T> {
  added: T[];
  removed: T[];
  changed: ChangedRecord<T>[];
  unchanged: number;
}

/**
 * Compares two sets of records matched by key. Added and removed records are listed whole; a record
 * present on both sides is compared field by field (see `diffFields`). Results are sorted by key so
 * the same change always reads the same way, whatever the order of the files.
 */
export function diffRecords<T>(before: readonly T[], after: readonly T[], keyOf: (record: T) => string): RecordsDiff<T> {
  const old = new Map(before.map((record) => [keyOf(record), record]));
  const next = new Map(after.map((record) => [keyOf(record), record]));
  const byKey = (a: T, b: T) => compareText(keyOf(a), keyOf(b));
  const added = [...next.entries()].filter(([key]) => !old.has(key)).map(([, record]) => record).sort(byKey);
  const removed = [...old.entries()].filter(([key]) => !next.has(key)).map(([, record]) => record).sort(byKey);
  const changed: ChangedRecord<T>[] = [];
  let unchanged = 0;
  for (const [key, record] of [...next.entries()].sort(([a], [b]) => compareText(a, b))) {
    const previous = old.get(key);
    if (previous === undefined) continue;
    const fields = diffFields(previous, record);
    if (fields.length === 0) unchanged++;
    else changed.push({ key, before: previous, after: record, fields });
  }
  return { added, removed, changed, unchanged };
}

/**
 * The fields that differ between two versions of a record. Objects are compared field by field;
 * lists of plain values as sets (added, removed, or the same values reordered — the first question
 * variant is the one shown in suggestions, so order matters); lists of objects position by position.
 */
export function diffFields(before: unknown, after: unknown, path = ""): FieldChange[] {
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort(compareText);
    return keys.flatMap((key) => diffFields(before[key], after[key], path ? `${path}.${key}` : key));
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    if (before.every(isScalar) && after.every(isScalar)) {
      const added = after.filter((value) => !before.includes(value));
      const removed = before.filter((value) => !after.includes(value));
      const reordered = added.length === 0 && removed.length === 0 && before.some((value, i) => value !== after[i]);
      return added.length > 0 || removed.length > 0 || reordered || before.length !== after.length
        ? [{ field: path, kind: "list", added, removed, reordered }]
        : [];
    }
    const length = Math.max(before.length, after.length);
    return Array.from({ length }, (_, i) => diffFields(before[i], after[i], `${path}[${i}]`)).flat();
  }
  if (sameValue(before, after)) return [];
  return [{ field: path, kind: "value", ...(before !== undefined ? { before } : {}), ...(after !== undefined ? { after } : {}) }];
}

/** True when the diff has nothing to publish. */
export function isEmptyDiff(diff: RecordsDiff<unknown>): boolean {
  return diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isScalar(value: unknown): boolean {
  return value === null || ["string", "number", "boolean"].includes(typeof value);
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
