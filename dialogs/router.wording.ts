import type { Language } from "../domain/language/language";

/** What the router says when the learner cancels, French first. */
export const routerWording: Record<
  Language,
  {
    cancelled: string;
    nothingToCancel: string;
    offerDeclined: string;
    askAfter: (questions: string[]) => string;
    /** The same, when the questions left are offered as buttons under it. */
    askAfterTap: (questions: string[]) => string;
    /** An enrolment check left for later, as the learner can ask it again in a few words. */
    enrolQuestion: (codes: string) => string;
    personalOnly: (link: string | undefined) => string;
  }
> = {
  fr: {
    cancelled: "D'accord, j'abandonne. Que puis-je faire d'autre pour vous ?",
    nothingToCancel: "Il n'y a rien en cours. Que puis-je faire pour vous ?",
    offerDeclined: "Très bien. Que puis-je faire d'autre pour vous ?",
    enrolQuestion: (codes) => `puis-je m'inscrire à ${codes} ?`,
    askAfter: (questions) => `Une question à la fois : reposez-moi ensuite ${questions.length > 1 ? "vos autres questions" : "votre autre question"} (${questions.map((q) => `« ${q} »`).join(", ")}).`,
    askAfterTap: (questions) => `Une question à la fois : pour ${questions.length > 1 ? "vos autres questions" : "votre autre question"} (${questions.map((q) => `« ${q} »`).join(", ")}), ${questions.length > 1 ? "touchez-les" : "touchez-la"} ci-dessous quand vous voulez.`,
    personalOnly: (link) =>
      `Ici, tous les participants lisent mes réponses : je ne parle ni de votre dossier (inscriptions, progression) ni de vos demandes à un conseiller. Écrivez-moi en conversation privée${link ? ` : [ouvrir la conversation privée](${link})` : ""}.`,
  },
  en: {
    cancelled: "All right, I dropped it. What else can I do for you?",
    nothingToCancel: "Nothing is in progress. What can I do for you?",
    offerDeclined: "All right. What else can I do for you?",
    enrolQuestion: (codes) => `can I enrol in ${codes}?`,
    askAfter: (questions) => `One question at a time: ask me ${questions.length > 1 ? "your other questions" : "your other question"} again afterwards (${questions.map((q) => `"${q}"`).join(", ")}).`,
    askAfterTap: (questions) => `One question at a time: for ${questions.length > 1 ? "your other questions" : "your other question"} (${questions.map((q) => `"${q}"`).join(", ")}), tap ${questions.length > 1 ? "them" : "it"} below whenever you like.`,
    personalOnly: (link) =>
      `Everyone here reads my answers: I do not discuss your record (enrolments, progress) or your requests to an advisor here. Write to me in a private chat${link ? `: [open the private chat](${link})` : ""}.`,
  },
};
