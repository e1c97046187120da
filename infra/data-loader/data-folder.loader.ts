import { readdir, readFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { LineCounter, parseDocument, type Document } from "yaml";
import { z } from "zod/v4";
import { catalogIssues, createCatalog, type CatalogData, type DataIssue } from "../../domain/catalog/catalog";
import { diplomaSchema, type Diploma } from "../../domain/catalog/diploma.schema";
import { unitSchema, type Unit } from "../../domain/catalog/unit.schema";
import { learnerIssues } from "../../domain/learner/learner-record";
import { learnerSchema, type LearnerRecord } from "../../domain/learner/learner.schema";
import type { CatalogRepository } from "../../domain/ports/catalog.repository";
import type { LearnerRepository } from "../../domain/ports/learner.repository";

/**
 * Admins' data files: a folder of YAML (or JSON) files, each holding any of three lists:
 *
 *   units:      [ ...unit records (domain/catalog/unit.schema.ts) ]
 *   diplomas:   [ ...diploma records (domain/catalog/diploma.schema.ts) ]
 *   learners:   [ ...learner records (domain/learner/learner.schema.ts) ]
 *
 * Every file is parsed and validated, then the records are checked against each other and against
 * the catalog already stored, all before the first write: a folder with any invalid file loads
 * nothing. Each error names the file (and line), the record and the field.
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

export function formatField(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, part) => (typeof part === "number" ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part)), "");
}

/** "file:line: record › field: message", the format the CLI prints. */
export function formatDataError(error: DataError): string {
  const where = `${error.file}${error.line ? `:${error.line}` : ""}`;
  const what = [error.record, error.field].filter(Boolean).join(" › ");
  return `${where}: ${what ? `${what}: ` : ""}${error.message}`;
}

interface Origin {
  file: string;
  index: number;
  label: string;
  doc: Document;
  lines: LineCounter;
}

async function dataFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && /\.(ya?ml|json)$/i.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function lineOf(origin: Pick<Origin, "doc" | "lines">, path: readonly (string | number)[]): number | undefined {
  // The deepest node that exists: a missing field is reported at its record.
  for (let depth = path.length; depth >= 0; depth--) {
    const node = origin.doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return origin.lines.linePos(node.range[0]).line;
  }
  return undefined;
}

function recordLabel(collection: Collection, index: number, raw: unknown): string {
  const key = collection === "learners" ? "id" : "code";
  const value = raw && typeof raw === "object" ? (raw as Record<string, unknown>)[key] : undefined;
  return `${collection}[${index}]${typeof value === "string" ? ` (${value})` : ""}`;
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

  for (const path of paths) {
    const file = relative(folder, path) || path;
    const lines = new LineCounter();
    const doc = parseDocument(await readFile(path, "utf8"), { lineCounter: lines, prettyErrors: false });
    if (doc.errors.length > 0) {
      for (const e of doc.errors) errors.push({ file, line: lines.linePos(e.pos[0]).line, message: `not valid YAML/JSON: ${e.message.split("\n")[0]}` });
      continue;
    }
    const content = doc.toJS() as unknown;
    if (content === null || content === undefined) {
      errors.push({ file, message: `the file is empty; expected ${COLLECTIONS.join(", ")} lists` });
      continue;
    }
    const top = fileSchema.safeParse(content);
    if (!top.success) {
      for (const issue of top.error.issues) {
        const unknownKeys = issue.code === "unrecognized_keys" ? ` (${issue.keys.join(", ")}); expected ${COLLECTIONS.join(", ")}` : "";
        errors.push({ file, line: lineOf({ doc, lines }, issue.path as (string | number)[]), field: formatField(issue.path) || undefined, message: `${issue.message}${unknownKeys}` });
      }
      continue;
    }
    const counts = { units: 0, diplomas: 0, learners: 0 };
    const validate = <T>(collection: Collection, schema: z.ZodType<T>, sink: { value: T; origin: Origin }[]) => {
      (top.data[collection] ?? []).forEach((raw, index) => {
        const origin: Origin = { file, index, label: recordLabel(collection, index, raw), doc, lines };
        const parsed = schema.safeParse(raw);
        if (!parsed.success) {
          for (const issue of parsed.error.issues) {
            errors.push({
              file,
              line: lineOf(origin, [collection, index, ...(issue.path as (string | number)[])]),
              record: origin.label,
              field: formatField(issue.path) || undefined,
              message: issue.message,
            });
          }
          return;
        }
        sink.push({ value: parsed.data, origin });
        counts[collection]++;
      });
    };
    validate("units", unitSchema, units);
    validate("diplomas", diplomaSchema, diplomas);
    validate("learners", learnerSchema, learners);
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
          line: lineOf(origin, [collection, origin.index]),
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

  // References between records: the folder's own records, and the stored ones it does not replace.
  const data: CatalogData = { units: uniqueUnits.map((u) => u.value), diplomas: uniqueDiplomas.map((d) => d.value) };
  const keptKnown: CatalogData = {
    units: known.units.filter((u) => !data.units.some((v) => v.code === u.code)),
    diplomas: known.diplomas.filter((d) => !data.diplomas.some((v) => v.code === d.code)),
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
      line: lineOf(origin, [issue.collection, origin.index, ...issue.path]),
      record: origin.label,
      field: formatField(issue.path) || undefined,
      message: issue.message,
    };
  };
  errors.push(...catalogIssues(data, keptKnown).map(located));
  const catalog = createCatalog({ units: [...keptKnown.units, ...data.units], diplomas: [...keptKnown.diplomas, ...data.diplomas] });
  for (const { value } of uniqueLearners) errors.push(...learnerIssues(value, catalog).map(located));

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
