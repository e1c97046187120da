import type { Language } from "../../domain/language/language";

/** What the assistant says to open a conversation and when asked for help, French first. */
export const welcomeWording: Record<
  Language,
  { welcome: string; examplesIntro: string; examples: string[]; help: string; greeting: string; signInHint: string }
> = {
  fr: {
    welcome:
      "Bonjour ! Je suis l'assistant d'orientation du Cnam Paris pour les cours du soir. Je réponds à vos questions sur les unités d'enseignement (UE), d'activité (UA) et spécifiques (US), je convertis crédits ECTS et heures de cours, et je vérifie si vous pouvez vous inscrire à une unité (prérequis, autorisation, diplôme, emploi du temps). Si je ne sais pas, je vous mets en relation avec un conseiller.",
    examplesIntro: "Par exemple :",
    examples: ["Combien d'heures pour une UE de 6 ECTS ?", "Puis-je m'inscrire à NFP121 ?", "C'est quoi une US ?"],
    help:
      "Je peux : expliquer ce que sont les UE, UA et US ; convertir des crédits ECTS en heures de cours (« 6 ECTS = combien d'heures ? ») ; présenter une unité (« c'est quoi NSY103 ? ») ; vérifier une inscription (« puis-je m'inscrire à RSX101 ? ») ; dire si une note valide les crédits (« 9,5/20, ai-je mes crédits ? ») ; suivre votre progression dans un diplôme si vous êtes connecté ; vous mettre en relation avec un conseiller. Dites « annuler » pour recommencer, « in English » pour changer de langue.",
    greeting: "Bonjour ! Que puis-je faire pour vous ?",
    signInHint:
      "Connectez-vous sur l'espace du Cnam (ou ouvrez-moi dans Teams avec votre compte du Cnam) pour que je consulte votre dossier.",
  },
  en: {
    welcome:
      "Hello! I am the Cnam Paris advising assistant for evening classes. I answer questions about teaching units (UE), activity units (UA) and specific units (US), convert ECTS credits into class hours, and check whether you may enrol in a unit (prerequisites, authorization, diploma, timetable). When I do not know, I put you in touch with an advisor.",
    examplesIntro: "For example:",
    examples: ["How many hours is a 6 ECTS unit?", "Can I enrol in NFP121?", "What is a US?"],
    help:
      "I can: explain what UE, UA and US units are; convert ECTS credits into class hours (\"6 ECTS is how many hours?\"); describe a unit (\"what is NSY103?\"); check an enrolment (\"can I enrol in RSX101?\"); tell whether a grade earns the credits (\"I got 9.5/20, do I get the credits?\"); follow your progress in a diploma when you are signed in; put you in touch with an advisor. Say \"cancel\" to start over, \"en français\" to switch language.",
    greeting: "Hello! What can I do for you?",
    signInHint: "Sign in on the Cnam website (or open me in Teams with your Cnam account) so that I can read your record.",
  },
};
