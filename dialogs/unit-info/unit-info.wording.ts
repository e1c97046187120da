import type { Language } from "../../domain/language/language";
import type { UnitKind } from "../../domain/catalog/unit.schema";

/** Wording of a unit's description, French first. */
export const unitInfoWording: Record<
  Language,
  {
    kind: Record<UnitKind, string>;
    credits: (ects: number) => string;
    modalities: string;
    offerings: string;
    notScheduled: string;
    prerequisites: string;
    noPrerequisite: string;
    oneOf: string;
    advice: string;
    recommended: string;
    authorization: string;
    diplomas: string;
    usOnly: string;
    exclusions: string;
    contact: string;
    sample: string;
    checkAction: (code: string) => string;
  }
> = {
  fr: {
    kind: { UE: "unité d'enseignement (UE)", UA: "unité d'activité (UA)", US: "unité spécifique (US)" },
    credits: (ects) => `${ects} ECTS`,
    modalities: "Modalités",
    offerings: "Semestres et horaires",
    notScheduled: "pas de cours planifiés dans le catalogue (unité d'activité ou planning à venir)",
    prerequisites: "Prérequis",
    noPrerequisite: "aucun prérequis formel",
    oneOf: "l'une de",
    advice: "Niveau conseillé",
    recommended: "Conseillé avant",
    authorization:
      "Inscription soumise à l'autorisation de l'enseignant : téléchargez le modèle d'autorisation, faites-le signer via le secrétariat pédagogique, puis inscrivez-vous.",
    diplomas: "Diplômes",
    usOnly: "réservée aux inscrits de ces diplômes",
    exclusions: "À ne pas suivre le même semestre que",
    contact: "Contact",
    sample: "(données d'exemple)",
    checkAction: (code) => `Puis-je m'inscrire à ${code} ?`,
  },
  en: {
    kind: { UE: "teaching unit (UE)", UA: "activity unit (UA)", US: "specific unit (US)" },
    credits: (ects) => `${ects} ECTS`,
    modalities: "Modalities",
    offerings: "Semesters and times",
    notScheduled: "no classes scheduled in the catalog (activity unit, or timetable not yet published)",
    prerequisites: "Prerequisites",
    noPrerequisite: "no formal prerequisite",
    oneOf: "one of",
    advice: "Advised level",
    recommended: "Advised beforehand",
    authorization:
      "Enrolment needs the teacher's authorization: download the authorization form, have it signed through the teaching secretariat, then enrol.",
    diplomas: "Diplomas",
    usOnly: "open only to learners registered in them",
    exclusions: "Not to be taken in the same semester as",
    contact: "Contact",
    sample: "(sample data)",
    checkAction: (code) => `Can I enrol in ${code}?`,
  },
};
