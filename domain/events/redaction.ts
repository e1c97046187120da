/**
 * Removes what could identify a learner from a free-text question before it is stored for advisors:
 * email addresses, phone numbers, long digit runs (student numbers) and URLs. Bounded in length.
 * Implements the rule "unanswered questions and feedback are recorded without personal data".
 */
export function redactPersonalData(text: string, maxLength = 500): string {
  const redacted = text
    .replace(/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu, "[email]")
    .replace(/https?:\/\/\S+/gi, "[lien]")
    .replace(/(?:\+|00)\d[\d .-]{7,}\d/g, "[téléphone]")
    .replace(/\b0\d(?:[ .-]?\d{2}){4}\b/g, "[téléphone]")
    .replace(/\d{6,}/g, "[numéro]")
    .replace(/\s+/g, " ")
    .trim();
  return redacted.length > maxLength ? `${redacted.slice(0, maxLength - 1)}…` : redacted;
}

/** Recognizes a contact the learner typed: an email address or a phone number, else undefined. */
export function parseContact(text: string): { kind: "email" | "phone"; value: string } | undefined {
  const email = text.match(/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/u)?.[0];
  if (email) return { kind: "email", value: email };
  const phone = text.match(/(?:\+|00)?\d[\d .-]{7,}\d/)?.[0];
  if (phone && phone.replace(/\D/g, "").length >= 9) return { kind: "phone", value: phone.trim() };
  return undefined;
}

/**
 * Removes grades from a text an advisor or the advisors' channel reads: "8,5/20", "12 sur 20",
 * "note de 9,5", "grade: 14". Implements the rule "no grades in what is stored or posted": an
 * advisor who needs the grade reads it in the learner's record.
 */
export function redactGrades(text: string): string {
  return text
    .replace(/\b\d{1,2}(?:[.,]\d{1,2})?\s*(?:\/|sur|out of)\s*20\b/gi, "[note]")
    .replace(/\b(notes?|moyenne|grades?|marks?|average)(\s*(?:de|d'|of|:|=|est de|was|is)?\s*)\d{1,2}(?:[.,]\d{1,2})?\b/gi, "$1$2[note]");
}

/** Titles a learner writes before someone's name (« M. Dupont », « la prof Martin », "Dr Smith"). */
const TITLED_NAME =
  /\b(M\.|MM\.|Mme|Mmes|Mlle|[Mm]onsieur|[Mm]adame|[Mm]ademoiselle|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Pr\.?|[Dd]octeure?|[Pp]rofesseure?|[Pp]rof|[Ee]nseignante?|[Tt]uteur|[Tt]utrice)(\s+)\p{Lu}\p{Ll}[\p{L}'-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'-]*)?(?![\p{L}\p{N}])/gu;

/** Longest question kept for an advisor. */
export const MAX_ADVISOR_QUESTION_CHARS = 1_000;
/** Longest unanswered question kept for the report. */
export const MAX_UNANSWERED_QUESTION_CHARS = 500;

/**
 * A learner's question as it is kept for an advisor (a handoff request, the offer to hand it on
 * while it waits for « oui », and an unanswered question for the report): identifiers removed (redactPersonalData), grades (redactGrades), and
 * the names a learner writes after a title (« Mme Lefèvre » → « Mme [nom] »), at most 1,000
 * characters (or `maxLength`). A name written without a title is not recognised and stays.
 * Implements the rules "a handoff request holds no grades and no identifier but the contact given on
 * purpose" and "unanswered questions are recorded without personal data".
 */
export function redactQuestionForAdvisor(text: string, maxLength = MAX_ADVISOR_QUESTION_CHARS): string {
  return redactGrades(redactPersonalData(text, maxLength)).replace(TITLED_NAME, "$1$2[nom]");
}
