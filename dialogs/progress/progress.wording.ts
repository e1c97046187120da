import type { Language } from "../../domain/language/language";
import type { DiplomaProgress, RequirementProgress } from "../../domain/progress/progress.rule";
import { list } from "../common/catalog.wording";

type ProgressOf<O extends DiplomaProgress["outcome"]> = DiplomaProgress & { outcome: O };
type Progress = ProgressOf<"progress">;

interface ProgressWords {
  signIn: string;
  noRecord: string;
  noDiploma: string;
  unknownDiploma: (progress: ProgressOf<"unknown-diploma">) => string;
  notRegistered: (progress: ProgressOf<"not-registered">) => string;
  head: (progress: Progress) => string;
  pickMore: (requirement: RequirementProgress, units: string) => string;
  left: (units: string) => string;
  conditionally: (unit: string) => string;
  takeNext: (semester: string, units: string) => string;
}

/** Wording of the progress answers, French first. */
export const progressWording: Record<Language, ProgressWords> = {
  fr: {
    signIn: "Pour suivre votre progression, je dois consulter votre dossier : connectez-vous d'abord.",
    noRecord: "Je ne trouve pas votre dossier. Un conseiller peut vérifier votre situation.",
    noDiploma:
      "Vous n'êtes inscrit à aucun diplôme : vos UE validées restent capitalisées et pourront compter pour un diplôme plus tard. Un conseiller peut vous aider à choisir un parcours.",
    unknownDiploma: (p) => `Je ne connais pas le diplôme ${p.code}.`,
    notRegistered: (p) => `Vous n'êtes pas inscrit(e) au diplôme ${p.code} (${p.title}).`,
    head: (p) => `${p.diploma.title} (${p.diploma.code}) : ${p.creditsEarned} ECTS sur ${p.creditsRequired}.`,
    pickMore: (r, units) => ` — encore ${r.remaining.pick} UE parmi ${units}`,
    left: (units) => ` — reste ${units}`,
    conditionally: (unit) => `${unit} (sous condition)`,
    takeNext: (semester, units) => `Au ${semester}, vous pouvez suivre : ${units}.`,
  },
  en: {
    signIn: "To follow your progress I need to read your record: please sign in first.",
    noRecord: "I cannot find your record. An advisor can check your situation.",
    noDiploma:
      "You are not registered in any diploma: the units you validated stay capitalised and can count toward a diploma later. An advisor can help you choose a path.",
    unknownDiploma: (p) => `I do not know diploma ${p.code}.`,
    notRegistered: (p) => `You are not registered in diploma ${p.code} (${p.title}).`,
    head: (p) => `${p.diploma.title} (${p.diploma.code}): ${p.creditsEarned} of ${p.creditsRequired} ECTS.`,
    pickMore: (r, units) => ` — ${r.remaining.pick} more from ${units}`,
    left: (units) => ` — left: ${units}`,
    conditionally: (unit) => `${unit} (conditionally)`,
    takeNext: (semester, units) => `In ${semester} you may take: ${units}.`,
  },
};

/** A short summary of a learner's progress toward a diploma. */
export function describeProgress(progress: DiplomaProgress, language: Language): string {
  const w = progressWording[language];
  switch (progress.outcome) {
    case "unknown-diploma":
      return w.unknownDiploma(progress);
    case "not-registered":
      return w.notRegistered(progress);
    case "progress": {
      const lines = progress.requirements.map((r) => {
        const left = r.satisfied
          ? ""
          : r.remaining.pick !== undefined
            ? w.pickMore(r, list(r.remaining.units, language, "or"))
            : w.left(list(r.remaining.units, language, r.kind === "all" ? "and" : "or"));
        return `${r.satisfied ? "✓" : "…"} ${r.label} (${r.creditsEarned}/${r.creditsRequired} ECTS)${left}`;
      });
      const next = progress.takeNext.length
        ? w.takeNext(progress.nextSemester, list(progress.takeNext.map((t) => (t.outcome === "conditional" ? w.conditionally(t.unit) : t.unit)), language))
        : "";
      return [w.head(progress), ...lines, next].filter(Boolean).join("\n");
    }
  }
}
