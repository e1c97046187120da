import type { Language } from "../../domain/language/language";

/** What the assistant says to open a conversation, in French first and English second. */
export const welcomeWording: Record<Language, { welcome: string; reminder: string }> = {
  fr: {
    welcome: [
      "Bonjour ! Je suis l'assistant d'orientation du Cnam Paris pour les cours du soir.",
      "Je réponds à vos questions sur les unités d'enseignement (UE), d'activité (UA) et spécifiques (US),",
      "j'explique l'équivalence entre crédits ECTS et heures de cours, et je vérifie si vous pouvez vous inscrire",
      "à une unité (prérequis, autorisation, diplôme, emploi du temps). Si je ne sais pas, je vous mets en relation",
      "avec un conseiller.",
    ].join(" "),
    reminder:
      "Je peux vous renseigner sur les UE, UA et US, les crédits ECTS et les heures de cours, et vérifier une inscription. Posez-moi votre question.",
  },
  en: {
    welcome: [
      "Hello! I am the Cnam Paris advising assistant for evening classes.",
      "I answer questions about teaching units (UE), activity units (UA) and specific units (US),",
      "explain how ECTS credits translate into class hours, and check whether you may enrol in a unit",
      "(prerequisites, authorization, diploma, timetable). When I do not know, I put you in touch with an advisor.",
    ].join(" "),
    reminder:
      "I can tell you about UE, UA and US units, ECTS credits and class hours, and check an enrolment. Ask me your question.",
  },
};
