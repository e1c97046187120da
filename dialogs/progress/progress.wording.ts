import type { Language } from "../../domain/language/language";

/** Wording of the progress answers, French first; the progress itself uses the rules' wording. */
export const progressWording: Record<Language, { signIn: string; noRecord: string; noDiploma: string }> = {
  fr: {
    signIn: "Pour suivre votre progression, je dois consulter votre dossier : connectez-vous d'abord.",
    noRecord: "Je ne trouve pas votre dossier. Un conseiller peut vérifier votre situation.",
    noDiploma:
      "Vous n'êtes inscrit à aucun diplôme : vos UE validées restent capitalisées et pourront compter pour un diplôme plus tard. Un conseiller peut vous aider à choisir un parcours.",
  },
  en: {
    signIn: "To follow your progress I need to read your record: please sign in first.",
    noRecord: "I cannot find your record. An advisor can check your situation.",
    noDiploma:
      "You are not registered in any diploma: the units you validated stay capitalised and can count toward a diploma later. An advisor can help you choose a path.",
  },
};
