import type { Language } from "../domain/language/language";

/** Said when a turn fails for a reason that is not the learner's. */
export const apologyWording: Record<Language, string> = {
  fr: "Désolé, un incident technique m'empêche de vous répondre. Réessayez dans un instant ; si cela persiste, un conseiller peut vous aider.",
  en: "Sorry, a technical problem is keeping me from answering. Please try again in a moment; if it persists, an advisor can help.",
};
