import type { Language } from "../domain/language/language";

/** What the router says when the learner cancels, French first. */
export const routerWording: Record<Language, { cancelled: string; nothingToCancel: string; offerDeclined: string; askAfter: (questions: string[]) => string }> = {
  fr: {
    cancelled: "D'accord, j'abandonne. Que puis-je faire d'autre pour vous ?",
    nothingToCancel: "Il n'y a rien en cours. Que puis-je faire pour vous ?",
    offerDeclined: "Très bien. Que puis-je faire d'autre pour vous ?",
    askAfter: (questions) => `Une question à la fois : reposez-moi ensuite ${questions.length > 1 ? "vos autres questions" : "votre autre question"} (${questions.map((q) => `« ${q} »`).join(", ")}).`,
  },
  en: {
    cancelled: "All right, I dropped it. What else can I do for you?",
    nothingToCancel: "Nothing is in progress. What can I do for you?",
    offerDeclined: "All right. What else can I do for you?",
    askAfter: (questions) => `One question at a time: ask me ${questions.length > 1 ? "your other questions" : "your other question"} again afterwards (${questions.map((q) => `"${q}"`).join(", ")}).`,
  },
};
