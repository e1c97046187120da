import { z } from "zod/v4";
import type { Language } from "../language/language";
import { whenMissing } from "../validation/validation-problems";

/**
 * The admins' answer files (infra/content/*.yaml): one entry per answer, in French and English.
 * This zod schema is the single definition; infra/content/content.schema.json is generated from it
 * (`npm run content:schema`) so that editors offer completion and flag mistakes while admins type.
 *
 * The schemas are built on first use (contentSchemas()): entries are validated when they are
 * published, and a cold start reads entries already validated (see CONTENT_ENTRY_SCHEMA_VERSION),
 * so the assistant need not spend the milliseconds zod takes to build them at every cold start.
 */

/**
 * Version of the entry schema: bump it with any change to what an entry may hold, so that versions
 * published under another schema are validated again when they are read. A test holds a digest of
 * the JSON Schema generated from it and fails until the version is bumped.
 */
export const CONTENT_ENTRY_SCHEMA_VERSION = 5;

const ENTRY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TAG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Learners read answers in a chat bubble: a long text belongs on a web page, linked. */
export const MAX_ANSWER_LENGTH = 900;
export const MAX_QUESTION_LENGTH = 200;

function buildContentSchemas() {
  const questionText = z
    .string()
    .trim()
    .min(3, "a question variant needs at least 3 characters")
    .max(MAX_QUESTION_LENGTH, `a question variant is at most ${MAX_QUESTION_LENGTH} characters`);

  const answerText = (language: string) =>
    z
      .string({ error: whenMissing(`the answer in ${language} is required`) })
      .trim()
      .min(20, "an answer needs at least 20 characters")
      .max(MAX_ANSWER_LENGTH, `an answer is at most ${MAX_ANSWER_LENGTH} characters: link to a page for more`);

  const questionVariants = (language: string) =>
    z
      .array(questionText, { error: whenMissing(`give at least 2 question variants in ${language}`) })
      .min(2, "give at least 2 question variants: learners never ask the same way twice")
      .describe("How learners ask it. The first variant is the canonical wording, shown in suggestions.");

  const contentLinkSchema = z
    .object({
      label: z
        .object({
          fr: z.string().trim().min(1).max(80).describe("Link text in French"),
          en: z.string().trim().min(1).max(80).describe("Link text in English"),
        })
        .strict(),
      url: z.url({ protocol: /^https$/, error: "a link must be an https URL" }).describe("https URL of the page"),
    })
    .strict();

  const claimSchema = z
    .object({
      fr: z.string().trim().min(5).max(MAX_QUESTION_LENGTH).describe("The fact, in French, as an affirmative sentence"),
      en: z.string().trim().min(5).max(MAX_QUESTION_LENGTH).describe("The fact, in English, as an affirmative sentence"),
      holds: z.boolean().describe("true if the fact is true, false if it is false"),
    })
    .strict();

  const contentEntrySchema = z
    .object({
      id: z
        .string({ error: whenMissing("every entry has an id, in kebab-case (e.g. exam-id)") })
        .regex(ENTRY_ID, "an id is kebab-case: lower-case letters, digits and single dashes")
        .describe("Stable identifier of the answer (kebab-case). Never reuse an id for another answer."),
      questions: z
        .object(
          {
            fr: questionVariants("French").describe("Question variants in French. The first one is shown in suggestions."),
            en: questionVariants("English").describe("Question variants in English. The first one is shown in suggestions."),
          },
          { error: whenMissing("give the question variants, under questions.fr and questions.en") },
        )
        .strict(),
      answer: z
        .object(
          {
            fr: answerText("French").describe("The answer in French: short, plain, in the project's own words"),
            en: answerText("English").describe("The answer in English: short, plain, in the project's own words"),
          },
          { error: whenMissing("every entry has an answer, under answer.fr and answer.en") },
        )
        .strict(),
      links: z.array(contentLinkSchema).max(3, "at most 3 links per answer").optional().describe("Optional pages for more detail"),
      asks: z
        .enum(["grade", "credits-or-hours", "unit"])
        .optional()
        .describe(
          "What the answer asks the learner for at its end (« Dites-moi votre note », « Donnez-moi un nombre de crédits ou d'heures », « donnez-moi le code de l'UE »): the next message is read as that (« 11 », « pour une UE de 4 », « NFA032 ») and answered by the rule (a unit: whether the learner may enrol in it).",
        ),
      claims: z
        .array(claimSchema)
        .max(6, "at most 6 claims per answer")
        .optional()
        .describe(
          "Yes/no facts the answer settles, each an affirmative sentence and whether it holds. A yes/no question close to one gets the true « Oui » or « Non » before the answer; write the answer itself without a leading yes or no.",
        ),
      tags: z
        .array(z.string().regex(TAG, "a tag is kebab-case"), { error: whenMissing("give at least one tag, e.g. tags: [exams]") })
        .min(1, "give at least one tag")
        .describe("Topics, for admins and reports"),
      source: z
        // An answer without a source cannot be re-read against anything: say so, not "expected string".
        .string({ error: whenMissing("every answer names its source, the reference it is taken from (e.g. cnam-ue-en-cours-du-soir.md § UE)") })
        .trim()
        .min(3, "name the reference the answer comes from")
        .describe("The reference the answer is taken from, e.g. cnam-ue-en-cours-du-soir.md § UE"),
      reviewBy: z.iso
        .date({ error: whenMissing("the date by which an admin re-reads the answer against its source, as YYYY-MM-DD") })
        .describe("Date (YYYY-MM-DD) by which an admin re-reads the answer against its source"),
    })
    .strict();

  const contentFileSchema = z
    .object({
      entries: z.array(contentEntrySchema).min(1, "a content file holds at least one entry"),
    })
    .strict()
    .describe("A file of the assistant's answers (ue-advisor)");

  return { link: contentLinkSchema, entry: contentEntrySchema, file: contentFileSchema };
}

type ContentSchemas = ReturnType<typeof buildContentSchemas>;
let schemas: ContentSchemas | undefined;

/** The schemas of a link, an entry and an answer file, built on first use. */
export function contentSchemas(): ContentSchemas {
  schemas ??= buildContentSchemas();
  return schemas;
}

export type ContentEntry = z.infer<ContentSchemas["entry"]>;
export type ContentLink = z.infer<ContentSchemas["link"]>;
export type ContentClaim = NonNullable<ContentEntry["claims"]>[number];
export type ContentFile = z.infer<ContentSchemas["file"]>;

/** What the dialogs show for an entry: the answer and its links, in the learner's language. */
export interface LocalizedAnswer {
  entryId: string;
  text: string;
  links: { label: string; url: string }[];
  /** The true yes or no to the learner's yes/no question, when one of the entry's claims settles it. */
  verdict?: "yes" | "no";
}

/** The answer of an entry in one language, links included. */
export function localizedAnswer(entry: ContentEntry, language: Language): LocalizedAnswer {
  return {
    entryId: entry.id,
    text: entry.answer[language],
    links: (entry.links ?? []).map((link) => ({ label: link.label[language], url: link.url })),
  };
}

/** The canonical question of an entry (its first variant), the wording used in suggestions. */
export function canonicalQuestion(entry: ContentEntry, language: Language): string {
  return entry.questions[language][0] ?? entry.id;
}
