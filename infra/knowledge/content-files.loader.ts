import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import type { ContentEntry } from "../../domain/knowledge/content-entry.schema";
import { validateContentEntries, type ContentProblem } from "../../domain/knowledge/content-set";
import { InfraError } from "../errors";
import { lineOf, parseYamlFile, type YamlFile } from "../yaml/yaml-file";

/** The folder of the admins' answer files (infra/content/), which holds nothing else. */
export const CONTENT_DIR = join(__dirname, "..", "content");

/** A problem in the answer files, located by file, entry, field and line. */
export interface ContentFileProblem extends ContentProblem {
  /** Path of the file, relative to the working directory. */
  file: string;
  /** 1-based line of the field (or of the entry, when the field is missing). */
  line?: number;
  /** 1-based column, for a YAML syntax error. */
  column?: number;
}

export type ContentFilesResult =
  | { valid: true; entries: ContentEntry[]; files: string[]; warnings: ContentFileProblem[] }
  | { valid: false; problems: ContentFileProblem[]; warnings: ContentFileProblem[] };

/** The answer files could not be read at all (missing folder, permissions): a fault, not bad content. */
export class ContentFilesError extends InfraError {}

interface ParsedFile extends YamlFile {
  file: string;
}

/**
 * Reads and validates every `*.yaml` file of a folder as one content set: YAML syntax, each
 * entry against the schema, then the rules across files (unique ids, no question claimed by two
 * entries). Problems name the file, the entry, the field and its line.
 *
 * Only the folder's own files: a subfolder (the admins' drafts/) is never read, so never published.
 *
 * @param today ISO date for review-date warnings (entries whose reviewBy has passed).
 * @param extraFiles files checked with the folder's as one set (a draft, against the published answers).
 */
export async function loadContentFiles(dir: string = CONTENT_DIR, options: { today?: string; extraFiles?: readonly string[] } = {}): Promise<ContentFilesResult> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => /\.ya?ml$/.test(name)).sort();
  } catch (error) {
    throw new ContentFilesError(`Cannot read the content folder ${dir}: ${(error as Error).message}`, { cause: error });
  }
  const problems: ContentFileProblem[] = [];
  if (names.length === 0) {
    problems.push({ file: displayPath(dir), field: "", message: "no content file (*.yaml) in this folder" });
    return { valid: false, problems, warnings: [] };
  }

  const rawEntries: unknown[] = [];
  const origins: { parsed: ParsedFile; index: number }[] = [];
  const paths = [...names.map((name) => join(dir, name)), ...(options.extraFiles ?? [])];
  for (const path of paths) {
    let text: string;
    try {
      text = await readFile(path, "utf8");
    } catch (error) {
      throw new ContentFilesError(`Cannot read ${path}: ${(error as Error).message}`, { cause: error });
    }
    const parsed: ParsedFile = { file: displayPath(path), ...parseYamlFile(text) };
    if (parsed.syntaxErrors.length > 0) {
      for (const error of parsed.syntaxErrors) {
        problems.push({ file: parsed.file, field: "", line: error.line, column: error.column, message: `YAML syntax: ${error.message}` });
      }
      continue;
    }
    const content: unknown = parsed.document.toJS();
    const shape = fileShapeProblem(content);
    if (shape) {
      problems.push({ file: parsed.file, field: shape.field, line: 1, message: shape.message });
      continue;
    }
    (content as { entries: unknown[] }).entries.forEach((entry, index) => {
      rawEntries.push(entry);
      origins.push({ parsed, index });
    });
  }

  const validation = validateContentEntries(rawEntries, options.today, (entryIndex) => {
    const origin = origins[entryIndex];
    return origin ? `${origin.parsed.file}:${lineOf(origin.parsed, ["entries", origin.index]) ?? "?"}` : `entry #${entryIndex + 1}`;
  });
  const locate = (problem: ContentProblem): ContentFileProblem => {
    const origin = problem.entryIndex !== undefined ? origins[problem.entryIndex] : undefined;
    if (!origin) return { ...problem, file: "(unknown file)" };
    return {
      ...problem,
      entryIndex: origin.index,
      file: origin.parsed.file,
      line: lineOf(origin.parsed, ["entries", origin.index, ...problem.field.split(".").filter(Boolean)]),
    };
  };
  const warnings = validation.warnings.map(locate);
  if (!validation.valid || problems.length > 0) {
    return { valid: false, problems: [...problems, ...(validation.valid ? [] : validation.problems.map(locate))], warnings };
  }
  return { valid: true, entries: validation.entries, files: paths.map(displayPath), warnings };
}

/** One line per problem: `file:line entry "id" (#n) field path: message` (`file:line:column` for a YAML syntax error). */
export function formatContentProblem(problem: ContentFileProblem): string {
  const where = [problem.file, problem.line, problem.column].filter((part) => part !== undefined).join(":");
  const entry =
    problem.entryId !== undefined
      ? ` entry "${problem.entryId}"`
      : problem.entryIndex !== undefined
        ? ` entry #${problem.entryIndex + 1}`
        : "";
  const field = problem.field ? ` field ${problem.field}` : "";
  return `${where}${entry}${field}: ${problem.message}`;
}

function fileShapeProblem(content: unknown): { field: string; message: string } | undefined {
  if (!content || typeof content !== "object" || Array.isArray(content)) {
    return { field: "", message: "a content file is a mapping with an `entries` list" };
  }
  const keys = Object.keys(content);
  const unknown = keys.filter((key) => key !== "entries");
  if (unknown.length > 0) return { field: unknown[0] as string, message: `unknown top-level key "${unknown[0]}": only \`entries\` is allowed` };
  const entries = (content as { entries?: unknown }).entries;
  if (!Array.isArray(entries) || entries.length === 0) return { field: "entries", message: "`entries` must be a non-empty list" };
  return undefined;
}

/** A path as an admin reads it: relative to the working folder when inside it. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith("..") ? rel : path;
}
