import type { FieldChange, RecordsDiff } from "../../domain/diff/record-diff";

/** A value as an admin reads it in a diff: text quoted, lists and objects as compact JSON. */
export function showValue(value: unknown): string {
  if (value === undefined) return "(none)";
  if (typeof value === "string") return JSON.stringify(value);
  return JSON.stringify(value);
}

/** One line per changed field, indented under its record. */
export function formatFieldChange(change: FieldChange): string {
  if (change.kind === "list") {
    const parts = [...change.added.map((value) => `+ ${showValue(value)}`), ...change.removed.map((value) => `- ${showValue(value)}`)];
    if (change.reordered) parts.push("same values, new order");
    return `${change.field}: ${parts.join("  ")}`;
  }
  if (change.before === undefined) return `${change.field}: added ${showValue(change.after)}`;
  if (change.after === undefined) return `${change.field}: removed (was ${showValue(change.before)})`;
  return `${change.field}: ${showValue(change.before)} → ${showValue(change.after)}`;
}

/**
 * The lines of a diff between the stored records and the files:
 *
 *     + exam-fraud                      (added)
 *     - old-entry                       (removed)
 *     ~ exams-when
 *         answer.fr: "…" → "…"
 *         questions.en: + "When are the exams?"  - "Exam dates?"
 */
export function formatRecordsDiff<T>(diff: RecordsDiff<T>, keyOf: (record: T) => string, removedNote = "removed"): string[] {
  const lines: string[] = [];
  for (const record of diff.added) lines.push(`  + ${keyOf(record)} (added)`);
  for (const record of diff.removed) lines.push(`  - ${keyOf(record)} (${removedNote})`);
  for (const changed of diff.changed) {
    lines.push(`  ~ ${changed.key}`);
    for (const field of changed.fields) lines.push(`      ${formatFieldChange(field)}`);
  }
  return lines;
}

/** "2 added, 1 removed, 3 changed, 40 unchanged". */
export function diffSummary(diff: RecordsDiff<unknown>, removedWord = "removed"): string {
  return `${diff.added.length} added, ${diff.removed.length} ${removedWord}, ${diff.changed.length} changed, ${diff.unchanged} unchanged`;
}
