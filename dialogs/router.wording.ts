import type { Language } from "../domain/language/language";

/** What the router says when the learner cancels, French first. */
export const routerWording: Record<Language, { cancelled: string; nothingToCancel: string; offerDeclined: string }> = {
  fr: {
    cancelled: "D'accord, j'abandonne. Que puis-je faire d'autre pour vous ?",
    nothingToCancel: "Il n'y a rien en cours. Que puis-je faire pour vous ?",
    offerDeclined: "Très bien. Que puis-je faire d'autre pour vous ?",
  },
  en: {
    cancelled: "All right, I dropped it. What else can I do for you?",
    nothingToCancel: "Nothing is in progress. What can I do for you?",
    offerDeclined: "All right. What else can I do for you?",
  },
};
