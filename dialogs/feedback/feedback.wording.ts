import type { Language } from "../../domain/language/language";

/** Wording of the replies to "utile / pas utile", French first (the buttons' labels are common wording). */
export const feedbackWording: Record<Language, { thanksUseful: string; thanksNotUseful: string }> = {
  fr: {
    thanksUseful: "Merci pour votre retour !",
    thanksNotUseful: "Merci, c'est noté : cette réponse sera revue. Vous pouvez reformuler votre question, ou je peux la transmettre à un conseiller.",
  },
  en: {
    thanksUseful: "Thank you for your feedback!",
    thanksNotUseful: "Thank you, noted: this answer will be reviewed. You can rephrase your question, or I can pass it on to an advisor.",
  },
};
