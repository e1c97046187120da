import { z } from "zod/v4";
import { editDistance } from "../text/edit-distance";

/**
 * What admins read when a record of their files does not fit its schema: one message per problem
 * that says what to write ("write 9.5 (a dot), not "9,5"", "did you mean authorizationRequired?"),
 * not zod's defaults ("Invalid input: expected number, received string"). Every validation of the
 * admins' files (answers, catalog, learners) and of the records read back from the tables goes
 * through validate(), so the wording is written once. Messages a schema gives itself (a unit code's
 * form, a rule across fields) are kept as they are.
 */

export type ValidationPath = readonly (string | number)[];

export interface ValidationProblem {
  /** Where in the record, e.g. ["prerequisites", "allOf", 0]; an unknown key's path ends with the key. */
  readonly path: ValidationPath;
  readonly message: string;
}

export type Validation<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: ValidationProblem[] };

type RawIssue = z.core.$ZodRawIssue;

/** Validates `input` against `schema`, with messages that say what to write. */
export function validate<T>(schema: z.ZodType<T>, input: unknown): Validation<T> {
  // Unknown keys are reported one by one with the closest known key: the keys a mapping accepts are
  // only known while zod reports the issue, so they are kept aside for the split below.
  const knownKeys = new Map<string, string[]>();
  const result = schema.safeParse(input, {
    // The input is kept on each issue to tell a missing field from a wrong one.
    reportInput: true,
    error: (issue) => {
      if (issue.code === "unrecognized_keys") knownKeys.set(pathKey(issue.path ?? []), shapeKeys(issue.inst));
      return issueMessage(issue);
    },
  });
  if (result.success) return { ok: true, value: result.data };

  const problems: (ValidationProblem & { missing: boolean })[] = [];
  // A misspelt key is one mistake, not two: "sauce" for "source" is reported as the unknown key with
  // its correction, and the missing "source" it leaves is not reported again.
  const corrected = new Set<string>();
  for (const issue of result.error.issues) {
    const path = issue.path.filter((part): part is string | number => typeof part !== "symbol");
    if (issue.code === "unrecognized_keys") {
      const known = knownKeys.get(pathKey(path)) ?? [];
      for (const key of issue.keys) {
        const closest = closestOf(key, known);
        if (closest) corrected.add(pathKey([...path, closest]));
        problems.push({ path: [...path, key], message: unknownKeyMessage(key, closest, known), missing: false });
      }
    } else {
      problems.push({ path, message: issue.message, missing: (issue.code === "invalid_type" || issue.code === "invalid_value") && issue.input === undefined });
    }
  }
  const seen = new Set<string>();
  const kept = problems.filter((problem) => {
    const key = `${pathKey(problem.path)} ${problem.message}`;
    if (seen.has(key) || (problem.missing && corrected.has(pathKey(problem.path)))) return false;
    seen.add(key);
    return true;
  });
  return { ok: false, problems: kept.map(({ path, message }) => ({ path, message })) };
}

/** A field's path as admins read it: `prerequisites.allOf[0]`. */
export function formatField(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, part) => (typeof part === "number" ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part)), "");
}

/** Problems on one line, for an error message about a stored record: `ects: write a whole number (got 6.5); title: …`. */
export function problemsInOneLine(problems: readonly ValidationProblem[]): string {
  return problems.map((problem) => `${formatField(problem.path) || "(record)"}: ${problem.message}`).join("; ");
}

/**
 * A schema's own message for a missing field (`z.string({ error: whenMissing("…") })`), leaving any
 * other problem of the field to the shared wording.
 */
export function whenMissing(what: string): (issue: { readonly input?: unknown }) => string | undefined {
  return (issue) => (issue.input === undefined ? `missing: ${what}` : undefined);
}

function pathKey(path: readonly PropertyKey[]): string {
  return JSON.stringify(path.map(String));
}

function issueMessage(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      return typeMessage(issue.expected, issue.input, issue.inst);
    case "invalid_value":
      return choiceMessage(issue.values, issue.input);
    case "invalid_format":
      return formatMessage(issue.format, issue.input);
    case "invalid_union":
      return unionMessage(issue);
    case "too_small":
      return sizeMessage("small", issue.origin, Number(issue.minimum), issue.input);
    case "too_big":
      return sizeMessage("big", issue.origin, Number(issue.maximum), issue.input);
    case "unrecognized_keys":
      return issue.keys.map((key) => `unknown field "${key}"`).join(", ");
    default:
      return undefined;
  }
}

function typeMessage(expected: string, input: unknown, inst: unknown): string {
  const what = expectedText(expected, inst);
  if (input === undefined) return `missing: write ${what}`;
  if ((expected === "number" || expected === "int") && typeof input === "string") {
    const text = input.trim();
    if (/^[-+]?\d+,\d+$/.test(text)) return `write ${text.replace(",", ".")} (a dot), not "${text}"`;
    if (/^[-+]?\d+(\.\d+)?$/.test(text)) return `write ${text} without quotes: a number, not a text`;
  }
  if (expected === "int" && typeof input === "number") return `write a whole number (got ${input})`;
  if (expected === "string" && (typeof input === "number" || typeof input === "boolean")) return `write a text: put quotes around it, "${String(input)}"`;
  if (expected === "array" && (typeof input === "string" || typeof input === "number")) return `write a list: [${String(input)}], or one "- " line per item`;
  return `write ${what} (got ${shown(input)})`;
}

function expectedText(expected: string, inst: unknown): string {
  switch (expected) {
    case "string":
      return "a text";
    case "number":
      return /int/.test(String((inst as { _zod?: { bag?: { format?: unknown } } } | undefined)?._zod?.bag?.format)) ? "a whole number" : "a number";
    case "int":
      return "a whole number";
    case "boolean":
      return "true or false";
    case "array":
      return "a list";
    case "object": {
      const keys = shapeKeys(inst);
      return keys.length > 0 ? `a mapping with ${keys.join(", ")}` : "a mapping (key: value)";
    }
    default:
      return `a value of type ${expected}`;
  }
}

function choiceMessage(values: readonly unknown[], input: unknown): string {
  const options = values.map((value) => String(value));
  if (input === undefined) return `missing: write ${orList(options)}`;
  const message = `write ${orList(options)} (got ${shown(input)})`;
  const closest = typeof input === "string" ? closestOf(input, options) : undefined;
  return closest ? `${message}: did you mean ${closest}?` : message;
}

function formatMessage(format: string, input: unknown): string | undefined {
  const text = typeof input === "string" ? input : String(input);
  switch (format) {
    case "date": {
      const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
      if (!parts) return `write a date as YYYY-MM-DD, like 2026-10-05 (got ${shown(input)})`;
      const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
      if (month < 1 || month > 12) return `${text} is not a real date: there is no month ${month} (write YYYY-MM-DD)`;
      if (day < 1) return `${text} is not a real date: there is no day 0 (write YYYY-MM-DD)`;
      const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
      return `${text} is not a real date: ${year}-${parts[2]} has ${days} days (write YYYY-MM-DD)`;
    }
    case "email":
      return `write an email address like name@example.org (got ${shown(input)})`;
    case "url":
      return `write a full address starting with https:// (got ${shown(input)})`;
    case "uuid":
    case "guid":
      return `write a GUID like 0f8fad5b-d9cb-469f-a165-70867728950e (got ${shown(input)})`;
    default:
      return undefined;
  }
}

function unionMessage(issue: Extract<RawIssue, { code: "invalid_union" }>): string | undefined {
  // A discriminated union names the key that tells its options apart: say which values it takes.
  const zod = (issue.inst as { _zod?: { def?: { discriminator?: unknown }; propValues?: Record<string, Set<unknown>> } } | undefined)?._zod;
  const discriminator = zod?.def?.discriminator;
  if (typeof discriminator !== "string") return undefined;
  const values = zod?.propValues?.[discriminator];
  const input = issue.input && typeof issue.input === "object" ? (issue.input as Record<string, unknown>)[discriminator] : undefined;
  return values ? choiceMessage([...values], input) : undefined;
}

function sizeMessage(direction: "small" | "big", origin: string, limit: number, input: unknown): string | undefined {
  const bound = direction === "small" ? "at least" : "at most";
  switch (origin) {
    case "string":
      if (direction === "small" && limit === 1) return "must not be empty";
      return `${bound} ${limit} characters (got ${typeof input === "string" ? input.length : "?"})`;
    case "array":
      return `${bound} ${limit} item${limit === 1 ? "" : "s"} (got ${Array.isArray(input) ? input.length : "?"})`;
    case "number":
      return `${bound} ${limit} (got ${String(input)})`;
    default:
      return undefined;
  }
}

function unknownKeyMessage(key: string, closest: string | undefined, known: readonly string[]): string {
  if (closest) return `unknown field "${key}": did you mean ${closest}?`;
  return known.length > 0 ? `unknown field "${key}": the fields here are ${known.join(", ")}` : `unknown field "${key}"`;
}

/** The known word an admin most likely meant: within a third of its length in edits, case aside. */
function closestOf(word: string, candidates: readonly string[]): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance <= Math.max(1, Math.floor(candidate.length / 3)) && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

function shapeKeys(inst: unknown): string[] {
  const shape = (inst as { _zod?: { def?: { shape?: Record<string, unknown> } } } | undefined)?._zod?.def?.shape;
  return shape ? Object.keys(shape) : [];
}

function orList(options: readonly string[]): string {
  if (options.length <= 1) return options.join("");
  return `${options.slice(0, -1).join(", ")} or ${options.at(-1)}`;
}

function shown(input: unknown): string {
  if (input === null) return "nothing";
  if (typeof input === "string") return `"${input.length > 40 ? `${input.slice(0, 40)}…` : input}"`;
  if (Array.isArray(input)) return "a list";
  if (typeof input === "object") return "a mapping";
  return String(input);
}
