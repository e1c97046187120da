import { readdir, readFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { z } from "zod/v4";
import { catalogIssues, createCatalog, type CatalogData, type DataIssue, type InvalidRecords } from "../../domain/catalog/catalog";
import { diplomaSchema, type Diploma } from "../../domain/catalog/diploma.schema";
import { unitSchema, type Unit } from "../../domain/catalog/unit.schema";
import { learnerIssues } from "../../domain/learner/learner-record";
import { learnerSchema, type LearnerRecord } from "../../domain/learner/learner.schema";
import type { CatalogRepository } from "../../domain/ports/catalog.repository";
import type { LearnerRepository } from "../../domain/ports/learner.repository";
import { formatField, validate } from "../../domain/validation/validation-problems";
import { lineOf, parseYamlFile, partialContent, type YamlFile } from "../yaml/yaml-file";

/**
 * Admins' data files: a folder of YAML (or JSON) files, each holding any of three lists:
 *
 *   units:      [ ...unit records (domain/catalog/unit.schema.ts) ]
 *   diplomas:   [ ...diploma records (domain/catalog/diploma.schema.ts) ]
 *   learners:   [ ...learner records (domain/learner/learner.schema.ts) ]
 *
 * Every file is parsed and validated, then the records are checked against each other and against
 * the catalog already stored, all before the first write: a folder with any invalid file loads
 * nothing. Each error names the file (and line), the record and the field, once: a record that
 * fails its schema is reported there, and what refers to it says so instead of calling it missing,
 * while every other check of the folder still runs.
 */
export const SAMPLE_DATA_FOLDER = resolve(__dirname, "..", "data", "sample");

const COLLECTIONS = ["units", "diplomas", "learners"] as const;
type Collection = (typeof COLLECTIONS)[number];

const fileSchema = z.strictObject({
  units: z.array(z.unknown()).optional(),
  diplomas: z.array(z.unknown()).optional(),
  learners: z.array(z.unknown()).optional(),
});

export interface DataError {
  /** Path of the file, relative to the folder. */
  readonly file: string;
  readonly line?: number;
  /** For a syntax error, where on the line the parser stopped. */
  readonly column?: number;
  /** e.g. "units[3] (NFA031)". */
  readonly record?: string;
  /** e.g. "prerequisites.allOf[0]". */
  readonly field?: string;
  readonly message: string;
}

export interface DataFileSummary {
  readonly file: string;
  readonly units: number;
  readonly diplomas: number;
  readonly learners: number;
}

export interface DataSet {
  readonly units: Unit[];
  readonly diplomas: Diploma[];
  readonly learners: LearnerRecord[];
  readonly files: DataFileSummary[];
}

export type ReadResult = { readonly ok: true; readonly data: DataSet } | { readonly ok: false; readonly errors: DataError[] };

export type LoadResult =
  | { readonly ok: true; readonly folder: string; readonly loaded: { units: number; diplomas: number; learners: number }; readonly files: DataFileSummary[] }
  | { readonly ok: false; readonly folder: string; readonly errors: DataError[] };

/** "file:line: record › field: message", the format the CLI prints ("file:line:column" for a syntax error). */
export function formatDataError(error: DataError): string {
  const where = [error.file, error.line, error.line ? error.column : undefined].filter(Boolean).join(":");
  const what = [error.record, error.field].filter(Boolean).join(" › ");
  return `${where}: ${what ? `${what}: ` : ""}${error.message}`;
}

interface Origin {
  file: string;
  index: number;
  label: string;
  yaml: YamlFile;
}

async function dataFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && /\.(ya?ml|json)$/i.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function recordLabel(collection: Collection, index: number, raw: unknown): string {
  const key = readableKey(collection, raw);
  return `${collection}[${index}]${key !== undefined ? ` (${key})` : ""}`;
}

function readableKey(collection: Collection, raw: unknown): string | undefined {
  const value = raw && typeof raw === "object" ? (raw as Record<string, unknown>)[collection === "learners" ? "id" : "code"] : undefined;
  return typeof value === "string" ? value : undefined;
}

/** Records given in the folder that cannot be used: failed their schema, or sit in a file that does not parse. */
class InvalidRecordsFound implements InvalidRecords {
  readonly units = new Map<string, { ects?: number }>();
  readonly diplomas = new Set<string>();

  add(collection: Collection, raw: unknown): void {
    const key = readableKey(collection, raw);
    if (key === undefined) return;
    if (collection === "units") {
      const ects = (raw as { ects?: unknown }).ects;
      this.units.set(key, Number.isInteger(ects) ? { ects: ects as number } : {});
    } else if (collection === "diplomas") {
      this.diplomas.add(key);
    }
  }

  /** The records a file that does not parse seems to hold, as far as the parser got. */
  addAllOf(content: unknown): void {
    if (!content || typeof content !== "object") return;
    for (const collection of COLLECTIONS) {
      const list = (content as Record<string, unknown>)[collection];
      if (Array.isArray(list)) for (const raw of list) this.add(collection, raw);
    }
  }
}

/**
 * Reads and validates a folder without writing anything. `known` is the catalog already stored:
 * records of the folder may refer to it (a folder of learners only, say), and replace its records.
 */
export async function readDataFolder(folder: string, known: CatalogData = { units: [], diplomas: [] }): Promise<ReadResult> {
  const errors: DataError[] = [];
  let paths: string[];
  try {
    paths = await dataFiles(folder);
  } catch (error) {
    return { ok: false, errors: [{ file: folder, message: `cannot read the folder: ${(error as Error).message}` }] };
  }
  if (paths.length === 0) return { ok: false, errors: [{ file: folder, message: "no .yaml, .yml or .json file in this folder" }] };

  const units: { value: Unit; origin: Origin }[] = [];
  const diplomas: { value: Diploma; origin: Origin }[] = [];
  const learners: { value: LearnerRecord; origin: Origin }[] = [];
  const files: DataFileSummary[] = [];
  const invalid = new InvalidRecordsFound();

  for (const path of paths) {
    const file = relative(folder, path) || path;
    const yaml = parseYamlFile(await readFile(path, "utf8"));
    if (yaml.syntaxErrors.length > 0) {
      for (const e of yaml.syntaxErrors) errors.push({ file, line: e.line, column: e.column, message: `not valid YAML/JSON: ${e.message}` });
      invalid.addAllOf(partialContent(yaml));
      continue;
    }
    const content = yaml.document.toJS() as unknown;
    if (content === null || content === undefined) {
      errors.push({ file, message: `the file is empty; expected ${COLLECTIONS.join(", ")} lists` });
      continue;
    }
    const top = validate(fileSchema, content);
    if (!top.ok) {
      for (const problem of top.problems) {
        errors.push({ file, line: lineOf(yaml, problem.path), field: formatField(problem.path) || undefined, message: problem.message });
      }
      invalid.addAllOf(content);
      continue;
    }
    const counts = { units: 0, diplomas: 0, learners: 0 };
    const validateAll = <T>(collection: Collection, schema: z.ZodType<T>, sink: { value: T; origin: Origin }[]) => {
      (top.value[collection] ?? []).forEach((raw, index) => {
        const origin: Origin = { file, index, label: recordLabel(collection, index, raw), yaml };
        const parsed = validate(schema, raw);
        if (!parsed.ok) {
          const located = parsed.problems.map((problem) => ({
            file,
            line: lineOf(yaml, [collection, index, ...problem.path]),
            record: origin.label,
            field: formatField(problem.path) || undefined,
            message: problem.message,
          }));
          // In the order of the file: zod reports unknown keys after every other problem of the record.
          errors.push(...located.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
          invalid.add(collection, raw);
          return;
        }
        sink.push({ value: parsed.value, origin });
        counts[collection]++;
      });
    };
    validateAll("units", unitSchema, units);
    validateAll("diplomas", diplomaSchema, diplomas);
    validateAll("learners", learnerSchema, learners);
    files.push({ file, ...counts });
  }

  // Duplicates across the folder, named at their second definition with a pointer to the first.
  const unique = <T>(collection: Collection, items: { value: T; origin: Origin }[], key: (value: T) => string) => {
    const first = new Map<string, Origin>();
    return items.filter(({ value, origin }) => {
      const seen = first.get(key(value));
      if (seen) {
        errors.push({
          file: origin.file,
          line: lineOf(origin.yaml, [collection, origin.index]),
          record: origin.label,
          message: `${key(value)} is defined twice; first in ${seen.file} ${seen.label}`,
        });
        return false;
      }
      first.set(key(value), origin);
      return true;
    });
  };
  const uniqueUnits = unique("units", units, (u) => u.code);
  const uniqueDiplomas = unique("diplomas", diplomas, (d) => d.code);
  const uniqueLearners = unique("learners", learners, (l) => l.id);

  // References between records: the folder's own records, and the stored ones it does not replace
  // (an invalid record of the folder replaces its stored version too: it is what the admin means).
  const data: CatalogData = { units: uniqueUnits.map((u) => u.value), diplomas: uniqueDiplomas.map((d) => d.value) };
  const keptKnown: CatalogData = {
    units: known.units.filter((u) => !invalid.units.has(u.code) && !data.units.some((v) => v.code === u.code)),
    diplomas: known.diplomas.filter((d) => !invalid.diplomas.has(d.code) && !data.diplomas.some((v) => v.code === d.code)),
  };
  const origins = new Map<string, Origin>();
  for (const { value, origin } of uniqueUnits) origins.set(`units ${value.code}`, origin);
  for (const { value, origin } of uniqueDiplomas) origins.set(`diplomas ${value.code}`, origin);
  for (const { value, origin } of uniqueLearners) origins.set(`learners ${value.id}`, origin);
  const located = (issue: DataIssue): DataError => {
    const origin = origins.get(`${issue.collection} ${issue.key}`);
    if (!origin) return { file: "(stored catalog)", record: `${issue.collection} ${issue.key}`, field: formatField(issue.path) || undefined, message: issue.message };
    return {
      file: origin.file,
      line: lineOf(origin.yaml, [issue.collection, origin.index, ...issue.path]),
      record: origin.label,
      field: formatField(issue.path) || undefined,
      message: issue.message,
    };
  };
  errors.push(...catalogIssues(data, keptKnown, invalid).map(located));
  const catalog = createCatalog({ units: [...keptKnown.units, ...data.units], diplomas: [...keptKnown.diplomas, ...data.diplomas] });
  for (const { value } of uniqueLearners) errors.push(...learnerIssues(value, catalog, invalid).map(located));

  if (errors.length > 0) return { ok: false, errors: errors.map(withoutUndefined) };
  return { ok: true, data: { units: data.units as Unit[], diplomas: data.diplomas as Diploma[], learners: uniqueLearners.map((l) => l.value), files } };
}

function withoutUndefined(error: DataError): DataError {
  return Object.fromEntries(Object.entries(error).filter(([, value]) => value !== undefined)) as unknown as DataError;
}

/**
 * Loads a folder of data files into the repositories, or nothing at all when any file is invalid.
 * The catalog already stored is read first, so that the folder's records may refer to it.
 * This is what `npm run data:load` runs, and what `npm start` calls to seed its local store.
 */
export async function loadDataFolder(
  folder: string,
  repositories: { catalog: CatalogRepository; learners: LearnerRepository },
): Promise<LoadResult> {
  const known = await repositories.catalog.loadCatalog();
  const read = await readDataFolder(folder, known);
  if (!read.ok) return { ok: false, folder, errors: read.errors };
  const { units, diplomas, learners, files } = read.data;
  // Catalog first: a learner record written before its units would refer to nothing.
  await repositories.catalog.saveUnits(units);
  await repositories.catalog.saveDiplomas(diplomas);
  await repositories.learners.saveLearners(learners);
  return { ok: true, folder, loaded: { units: units.length, diplomas: diplomas.length, learners: learners.length }, files };
}
