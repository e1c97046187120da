import type { Language } from "../../domain/language/language";

/** Wording of the "useful / not useful" votes, French first. */
export const feedbackWording: Record<Language, { useful: string; notUseful: string; thanksUseful: string; thanksNotUseful: string }> = {
  fr: {
    useful: "👍 Utile",
    notUseful: "👎 Pas utile",
    thanksUseful: "Merci pour votre retour !",
    thanksNotUseful:
      "Merci, c'est noté : cette réponse sera revue. Vous pouvez reformuler votre question, ou je peux la transmettre à un conseiller.",
  },
  en: {
    useful: "👍 Useful",
    notUseful: "👎 Not useful",
    thanksUseful: "Thank you for your feedback!",
    thanksNotUseful: "Thank you, noted: this answer will be reviewed. You can rephrase your question, or I can pass it on to an advisor.",
  },
};
