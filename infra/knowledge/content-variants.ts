import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { isMap, isSeq, stringify, type Node } from "yaml";
import type { Language } from "../../domain/language/language";
import { closestIds } from "../../domain/text/edit-distance";
import { foldText } from "../../domain/understanding/text-normalizer";
import { parseYamlFile } from "../yaml/yaml-file";
import { loadContentFiles, type ContentFileProblem } from "./content-files.loader";

export type AddVariantsOutcome =
  | { outcome: "added"; file: string; added: { text: string; language: Language }[]; skipped: { text: string; language: Language }[] }
  | { outcome: "unchanged"; file: string; skipped: { text: string; language: Language }[] }
  | { outcome: "not-found"; closest: string[] }
  | { outcome: "invalid"; file: string; problems: ContentFileProblem[] };

/**
 * Appends question variants to an entry of the admins' answer files, in place: each new variant is a
 * line inserted after the last one of its language, with the same indentation, so the rest of the
 * file (comments, folded answers, flow mappings) is left byte for byte. Variants the entry already
 * has (same words, ignoring case and accents) are skipped. The folder is then validated as a whole:
 * if the change makes it invalid (a variant another entry claims, one too long), the file is put
 * back as it was and the problems are returned.
 */
export async function addContentVariants(dir: string, entryId: string, variants: readonly { text: string; language: Language }[]): Promise<AddVariantsOutcome> {
  const names = (await readdir(dir)).filter((name) => /\.ya?ml$/.test(name)).sort();
  const ids: string[] = [];
  for (const name of names) {
    const path = join(dir, name);
    const text = await readFile(path, "utf8");
    const parsed = parseYamlFile(text);
    const entries = parsed.document.get("entries", true);
    if (!isSeq(entries)) continue;
    for (const entry of entries.items) {
      if (!isMap(entry)) continue;
      const id = entry.get("id");
      if (typeof id === "string") ids.push(id);
      if (id !== entryId) continue;
      return insertVariants(dir, path, text, entry.getIn(["questions"], true) as Node | undefined, variants);
    }
  }
  const closest = closestIds(ids, entryId);
  return { outcome: "not-found", closest };
}

async function insertVariants(dir: string, path: string, original: string, questions: Node | undefined, variants: readonly { text: string; language: Language }[]): Promise<AddVariantsOutcome> {
  const lines = original.split("\n");
  const skipped: { text: string; language: Language }[] = [];
  const added: { text: string; language: Language }[] = [];
  // Insertions from the bottom of the file up, so earlier line numbers stay right.
  const inserts: { after: number; line: string }[] = [];
  for (const language of ["fr", "en"] as const) {
    const seq = isMap(questions) ? questions.get(language, true) : undefined;
    if (!isSeq(seq) || seq.items.length === 0) continue;
    const known = new Set(seq.items.map((item) => fold(String((item as { value?: unknown }).value ?? ""))));
    const last = seq.items[seq.items.length - 1] as Node;
    const lastLine = lineIndexOf(original, last.range?.[0] ?? 0);
    // A block sequence item: reuse its "  - " prefix; the last item may span lines (a folded scalar).
    const prefix = /^(\s*-\s+)/.exec(lines[lastLine] ?? "")?.[1];
    if (!prefix) return { outcome: "invalid", file: path, problems: [{ file: path, field: `questions.${language}`, message: "the variants are not a block list (one « - » per line): add them by hand" }] };
    const endLine = lineIndexOf(original, Math.max((last.range?.[1] ?? 1) - 1, 0));
    for (const variant of variants.filter((v) => v.language === language)) {
      const text = variant.text.trim();
      if (known.has(fold(text))) {
        skipped.push(variant);
        continue;
      }
      known.add(fold(text));
      added.push({ text, language });
      inserts.push({ after: endLine, line: `${prefix}${stringify(text, { lineWidth: 0 }).trimEnd()}` });
    }
  }
  if (added.length === 0) return { outcome: "unchanged", file: path, skipped };
  // Same anchor line: keep the order given.
  const byAnchor = new Map<number, string[]>();
  for (const insert of inserts) byAnchor.set(insert.after, [...(byAnchor.get(insert.after) ?? []), insert.line]);
  for (const after of [...byAnchor.keys()].sort((a, b) => b - a)) lines.splice(after + 1, 0, ...(byAnchor.get(after) ?? []));
  await writeFile(path, lines.join("\n"));

  const check = await loadContentFiles(dir);
  if (!check.valid) {
    await writeFile(path, original);
    return { outcome: "invalid", file: path, problems: check.problems };
  }
  return { outcome: "added", file: path, added, skipped };
}

function lineIndexOf(text: string, offset: number): number {
  let line = 0;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === "\n") line++;
  return line;
}

function fold(text: string): string {
  return foldText(text).replace(/[^a-z0-9]+/g, " ").trim();
}
