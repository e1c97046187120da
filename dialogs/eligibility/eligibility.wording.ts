import type { Language } from "../../domain/language/language";

/** Wording of the eligibility conversation and card, French first; reasons and steps use the rules' wording. */
export const eligibilityWording: Record<
  Language,
  {
    askUnit: string;
    retryUnit: string;
    askSemester: (s1: string, s2: string) => string;
    retrySemester: string;
    nextSemesterWord: string;
    whatIfIntro: string;
    askPassed: string;
    retryPassed: string;
    askDiploma: string;
    retryDiploma: string;
    askExperience: string;
    retryExperience: string;
    noneWords: RegExp;
    whatIfNote: string;
    recordMissing: string;
    identityChanged: string;
    alreadyPassedWhatIf: (code: string) => string;
    reasonsTitle: string;
    nextStepsTitle: string;
    authorizationAction: string;
    timetableAction: (code: string) => string;
    advisorAction: string;
  }
> = {
  fr: {
    askUnit: "Pour quelle unité ? Donnez son code, par exemple NFP121.",
    retryUnit: "Je n'ai pas reconnu de code d'unité. Donnez un code comme NFP121 ou RSX101, ou dites « annuler ».",
    askSemester: (s1, s2) => `Pour quel semestre ? ${s1} (septembre à janvier) ou ${s2} (février à juin).`,
    retrySemester: "Répondez S1 ou S2 (ou « prochain semestre »), ou dites « annuler ».",
    nextSemesterWord: "Prochain semestre",
    whatIfIntro: "Vous n'êtes pas connecté : je fais une simulation indicative.",
    askPassed: "Quelles unités avez-vous déjà validées (note d'au moins 10/20) ? Donnez leurs codes, ou répondez « aucune ».",
    retryPassed: "Donnez des codes d'unités (par exemple UTC505, NFA031), ou « aucune ».",
    askDiploma: "À quel diplôme êtes-vous inscrit ? Donnez son code (par exemple LG02501A), ou « aucun ».",
    retryDiploma: "Donnez un code de diplôme comme LG02501A, ou « aucun ».",
    askExperience: "Combien d'années d'expérience professionnelle avez-vous dans le domaine du diplôme ? (un nombre, 0 si aucune)",
    retryExperience: "Donnez un nombre d'années, par exemple 2 (ou 0).",
    noneWords: /^\s*(aucune?s?|rien|non|pas encore|none|no|nothing|zero|0)\s*[.!]*\s*$/i,
    whatIfNote:
      "Simulation indicative, faite sur vos déclarations : connectez-vous pour une vérification sur votre dossier. L'inscription reste validée par le Cnam.",
    recordMissing: "Je ne trouve pas votre dossier : je fais donc une simulation indicative.",
    identityChanged: "Votre identité a changé pendant la vérification : je l'arrête par prudence. Reposez votre question si besoin.",
    alreadyPassedWhatIf: (code) =>
      `Vous indiquez avoir déjà validé ${code} : ses crédits vous restent acquis, sans limite de durée, et il n'y a pas lieu de vous y réinscrire.`,
    reasonsTitle: "Pourquoi",
    nextStepsTitle: "Prochaines étapes",
    authorizationAction: "Comment obtenir l'autorisation ?",
    timetableAction: (code) => `Horaires de ${code}`,
    advisorAction: "Parler à un conseiller",
  },
  en: {
    askUnit: "Which unit? Give its code, for instance NFP121.",
    retryUnit: "I did not recognize a unit code. Give a code such as NFP121 or RSX101, or say \"cancel\".",
    askSemester: (s1, s2) => `For which semester? ${s1} (September to January) or ${s2} (February to June).`,
    retrySemester: "Answer S1 or S2 (or \"next semester\"), or say \"cancel\".",
    nextSemesterWord: "Next semester",
    whatIfIntro: "You are not signed in: I will run an indicative simulation.",
    askPassed: "Which units have you already validated (grade of at least 10/20)? Give their codes, or answer \"none\".",
    retryPassed: "Give unit codes (for instance UTC505, NFA031), or \"none\".",
    askDiploma: "Which diploma are you registered in? Give its code (for instance LG02501A), or \"none\".",
    retryDiploma: "Give a diploma code such as LG02501A, or \"none\".",
    askExperience: "How many years of professional experience do you have in the diploma's field? (a number, 0 if none)",
    retryExperience: "Give a number of years, for instance 2 (or 0).",
    noneWords: /^\s*(aucune?s?|rien|non|none|no|nothing|not yet|zero|0)\s*[.!]*\s*$/i,
    whatIfNote:
      "Indicative simulation, based on what you told me: sign in for a check against your record. Enrolment is still confirmed by the Cnam.",
    recordMissing: "I cannot find your record, so I will run an indicative simulation.",
    identityChanged: "Your identity changed during the check, so I stopped it to be safe. Ask again if needed.",
    alreadyPassedWhatIf: (code) =>
      `You say you have already validated ${code}: its credits stay yours, with no time limit, and there is no need to enrol in it again.`,
    reasonsTitle: "Why",
    nextStepsTitle: "Next steps",
    authorizationAction: "How do I get the authorization?",
    timetableAction: (code) => `Timetable of ${code}`,
    advisorAction: "Talk to an advisor",
  },
};
