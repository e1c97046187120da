import type { Language } from "../../domain/language/language";

/** What the assistant says to open a conversation, to courtesies and when asked for help, French first. */
export const welcomeWording: Record<
  Language,
  {
    welcome: string;
    examplesIntro: string;
    examples: string[];
    greeting: string;
    signInHint: string;
    thanks: string;
    languageSwitched: string;
    /** « Oui » / « non » when no question of the assistant's is pending. */
    yesToNothing: string;
    noToNothing: string;
    /** The help text: what each job does (from the registry), then the conversation controls. */
    help: (jobs: string[]) => string;
  }
> = {
  fr: {
    welcome:
      "Bonjour ! Je suis l'assistant d'orientation du Cnam Paris pour les cours du soir. Je réponds à vos questions sur les unités d'enseignement (UE), d'activité (UA) et spécifiques (US), je convertis crédits ECTS et heures de cours, et je vérifie si vous pouvez vous inscrire à une unité (prérequis, autorisation, diplôme, emploi du temps). Si je ne sais pas, je vous mets en relation avec un conseiller.",
    examplesIntro: "Par exemple :",
    examples: ["Combien d'heures pour une UE de 6 ECTS ?", "Puis-je m'inscrire à NFP121 ?", "C'est quoi une US ?"],
    greeting: "Bonjour ! Que puis-je faire pour vous ?",
    signInHint: "Connectez-vous sur l'espace du Cnam (ou ouvrez-moi dans Teams avec votre compte du Cnam) pour que je consulte votre dossier.",
    thanks: "Avec plaisir ! N'hésitez pas si vous avez une autre question.",
    languageSwitched: "Très bien, je continue en français.",
    yesToNothing: "Que puis-je faire pour vous ?",
    noToNothing: "Très bien. N'hésitez pas si vous avez une autre question.",
    help: (jobs) => `Je peux : ${jobs.join(" ; ")}. Dites « annuler » pour recommencer, « in English » pour changer de langue.`,
  },
  en: {
    welcome:
      "Hello! I am the Cnam Paris advising assistant for evening classes. I answer questions about teaching units (UE), activity units (UA) and specific units (US), convert ECTS credits into class hours, and check whether you may enrol in a unit (prerequisites, authorization, diploma, timetable). When I do not know, I put you in touch with an advisor.",
    examplesIntro: "For example:",
    examples: ["How many hours is a 6 ECTS unit?", "Can I enrol in NFP121?", "What is a US?"],
    greeting: "Hello! What can I do for you?",
    signInHint: "Sign in on the Cnam website (or open me in Teams with your Cnam account) so that I can read your record.",
    thanks: "You are welcome! Feel free to ask another question.",
    languageSwitched: "Sure, I will continue in English.",
    yesToNothing: "What can I do for you?",
    noToNothing: "All right. Feel free to ask another question.",
    help: (jobs) => `I can: ${jobs.join("; ")}. Say "cancel" to start over, "en français" to switch language.`,
  },
};
