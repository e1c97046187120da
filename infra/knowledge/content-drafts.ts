import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { Document, isMap, isScalar, isSeq, type Node } from "yaml";
import type { HandoffRequest } from "../../domain/events/events.schema";
import type { Language } from "../../domain/language/language";
import { STOP_WORDS } from "../../domain/understanding/chat-lexicon";
import { foldText } from "../../domain/understanding/text-normalizer";
import { parseYamlFile } from "../yaml/yaml-file";
import { CONTENT_DIR, displayPath, type ContentFileProblem } from "./content-files.loader";

/**
 * Drafts of answers (infra/content/drafts/*.yaml): entries an advisor's answer to a learner started,
 * in the answer files' own format, for an admin to complete. The loader reads only the content
 * folder's own files, so a draft is never published; `content:check --drafts` checks them. A draft
 * becomes an answer when the admin moves it into the content folder and publishes as usual.
 */
export const DRAFTS_FOLDER = "drafts";
export const DRAFTS_DIR = join(CONTENT_DIR, DRAFTS_FOLDER);

/** What marks a field the admin still has to write, in the language of the field. */
export const TO_COMPLETE: Record<Language, string> = { fr: "À COMPLÉTER", en: "TO COMPLETE" };

/** Months until an advisor's answer is re-read: advisors answer about the current year's rules. */
export const DRAFT_REVIEW_MONTHS = 6;

const LANGUAGE_NAME: Record<Language, Record<Language, string>> = { fr: { fr: "en français", en: "in French" }, en: { fr: "en anglais", en: "in English" } };

function todo(language: Language, what: string): string {
  return `${TO_COMPLETE[language]}${language === "fr" ? " : " : ": "}${what}`;
}

/** A kebab-case entry id from the significant words of a question: « Puis-je changer de groupe de TP ? » → changer-groupe-tp. */
export function draftEntryId(question: string, language: Language, fallback: string): string {
  const words = foldText(question)
    .replace(/[^a-z0-9]+/g, " ")
    .split(" ")
    .filter((word) => word.length > 1 && !STOP_WORDS[language].has(word));
  let id = "";
  for (const word of words.slice(0, 6)) {
    if (id.length + word.length + 1 > 48) break;
    id = id ? `${id}-${word}` : word;
  }
  return id || fallback;
}

/**
 * The draft of an answer from an advisor's request, as YAML: the learner's (already redacted)
 * question as the first variant in its language, the advisor's answer (when given) as the answer in
 * that language, every other required field marked {@link TO_COMPLETE}; source "advisors" with the
 * request, a review date {@link DRAFT_REVIEW_MONTHS} months ahead.
 */
export function renderDraft(request: HandoffRequest, options: { today: string; entryId?: string }): string {
  const asked: Language = request.language;
  const other: Language = asked === "fr" ? "en" : "fr";
  const entryId = options.entryId ?? draftEntryId(request.question, asked, `advisors-${request.id.toLowerCase()}`);
  const questions: Record<Language, string[]> = { fr: [], en: [] };
  questions[asked] = [request.question.trim(), todo(asked, asked === "fr" ? "une autre façon de poser la question, en français" : "another way learners ask it, in English")];
  questions[other] = [
    todo(other, other === "fr" ? "la question en français" : "the question in English"),
    todo(other, other === "fr" ? "une autre façon de la poser, en français" : "another way learners ask it, in English"),
  ];
  const answer: Record<Language, string> = { fr: "", en: "" };
  answer[asked] = request.answer?.text.trim() ?? todo(asked, asked === "fr" ? "la réponse en français" : "the answer in English");
  answer[other] = todo(other, other === "fr" ? `la réponse en français (traduire la réponse ${LANGUAGE_NAME.en.fr})` : `the answer in English (translate the answer ${LANGUAGE_NAME.fr.en})`);
  const answered = request.answer ? `, answered by ${request.answer.by} on ${request.answer.at.slice(0, 10)}` : "";

  const document = new Document({
    entries: [
      {
        id: entryId,
        questions,
        answer,
        tags: ["advisors"],
        source: `advisors (request ${request.id}${answered})`,
        reviewBy: addMonths(options.today, DRAFT_REVIEW_MONTHS),
      },
    ],
  });
  const header = [
    "# yaml-language-server: $schema=../content.schema.json",
    `# Draft answer from advisor request ${request.id} (${request.createdAt.slice(0, 10)}, ${request.channel}, asked in ${asked === "fr" ? "French" : "English"})${answered}.`,
    "# Not published: drafts are never read by content:publish. To make it an answer:",
    `#   1. replace every « ${TO_COMPLETE.fr} » / « ${TO_COMPLETE.en} » text; re-read the advisor's answer: it was written`,
    "#      for one learner, the entry answers everyone (no name, no case detail); keep the id or choose one.",
    "#   2. npm run content:check -- --drafts      (says what is left to complete)",
    `#   3. git mv infra/content/drafts/<this file> infra/content/ (or copy the entry into the file of its topic)`,
    "#   4. npm run content:check, npm run content:diff, npm run content:publish (or merge: the deploy publishes).",
  ];
  return `${header.join("\n")}\n${document.toString({ lineWidth: 100 })}`;
}

/** The date `months` calendar months after an ISO date (the last day of the month when shorter). */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, last));
  return target.toISOString().slice(0, 10);
}

/** The drafts of a content folder (its drafts/ subfolder), absolute paths, sorted; none when it has no drafts folder. */
export async function draftFiles(contentDir: string = CONTENT_DIR): Promise<string[]> {
  const dir = join(contentDir, DRAFTS_FOLDER);
  try {
    return (await readdir(dir)).filter((name) => /\.ya?ml$/.test(name)).sort().map((name) => join(dir, name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}

/**
 * The fields of a draft still marked {@link TO_COMPLETE}, each at its line with what to write there
 * (the marker's own words): what `content:check --drafts` prints for an untouched draft.
 */
export async function incompleteFields(path: string): Promise<ContentFileProblem[]> {
  const parsed = parseYamlFile(await readFile(path, "utf8"));
  const file = displayPath(path);
  const problems: ContentFileProblem[] = [];
  const markers = Object.values(TO_COMPLETE);
  const walk = (node: Node | null | undefined, field: (string | number)[], entryId: string | undefined) => {
    if (isMap(node)) {
      const id = field.length === 2 && field[0] === "entries" ? node.get("id") : undefined;
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        walk(pair.value as Node, [...field, key], typeof id === "string" ? id : entryId);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => walk(item as Node, [...field, index], entryId));
    } else if (isScalar(node) && typeof node.value === "string") {
      const text = node.value;
      const marker = markers.find((candidate) => text.includes(candidate));
      if (!marker) return;
      const what = text.slice(text.indexOf(marker) + marker.length).replace(/^\s*:\s*/, "").trim();
      problems.push({
        file,
        line: node.range ? parsed.lines.linePos(node.range[0]).line : undefined,
        ...(entryId !== undefined ? { entryId } : {}),
        field: field.slice(2).join("."),
        message: `still to complete: ${what || "this field"} (replace the « ${marker} » text)`,
      });
    }
  };
  walk(parsed.document.contents as Node, [], undefined);
  return problems;
}
