import type { Catalog } from "../../domain/catalog/catalog";
import type { Language } from "../../domain/language/language";
import type { DiplomaProgress, RequirementProgress, TakeNext } from "../../domain/progress/progress.rule";
import { list, readableOffering } from "../common/catalog.wording";
import { markdownLines } from "../common/replies";

type ProgressOf<O extends DiplomaProgress["outcome"]> = DiplomaProgress & { outcome: O };
type Progress = ProgressOf<"progress">;

interface ProgressWords {
  signIn: string;
  /** What a visitor may give instead of signing in. */
  orSayUnits: string;
  stated: (units: string) => string;
  noRecord: string;
  noDiploma: string;
  unknownDiploma: (progress: ProgressOf<"unknown-diploma">) => string;
  notRegistered: (progress: ProgressOf<"not-registered">) => string;
  head: (progress: Progress) => string;
  requirement: (mark: string, label: string, earned: number, required: number) => string;
  pickMore: (pick: number, options: string) => string;
  left: (units: string) => string;
  /** « NFE108, NFP107, SEC101 et 8 autres » */
  andOthers: (shown: string, more: number) => string;
  conditionally: string;
  takeNextTitle: (semester: string) => string;
  complete: (progress: Progress) => string;
  completeNext: string;
  otherDiplomas: (diplomas: string) => string;
  /** Units said passed that fill no requirement of the diploma. */
  notCounted: (units: string, count: number, diploma: string) => string;
}

/** Wording of the progress answers, French first. */
export const progressWording: Record<Language, ProgressWords> = {
  fr: {
    signIn: "Pour suivre votre progression, je dois consulter votre dossier : connectez-vous d'abord.",
    orSayUnits: "Sans vous connecter, donnez-moi vos unités et vos notes (par exemple « UTC501 12, UTC502 8 ») : je vous dis les crédits acquis et ce qui reste à repasser.",
    stated: (units) => `Vous n'êtes pas connecté : simulation indicative, à partir des UE que vous dites avoir validées (${units}). Connectez-vous pour la faire sur votre dossier.`,
    noRecord: "Je ne trouve pas votre dossier. Un conseiller peut vérifier votre situation.",
    noDiploma:
      "Vous n'êtes inscrit à aucun diplôme : vos UE validées restent capitalisées et pourront compter pour un diplôme plus tard. Un conseiller peut vous aider à choisir un parcours.",
    unknownDiploma: (p) => `Je ne connais pas le diplôme ${p.code}.`,
    notRegistered: (p) => `Vous n'êtes pas inscrit(e) au diplôme ${p.code} (${p.title}).`,
    head: (p) => `${p.diploma.title} (${p.diploma.code}) : ${p.creditsEarned} ECTS sur ${p.creditsRequired}`,
    notCounted: (units, count, diploma) => `${units} ne ${count > 1 ? "comptent" : "compte"} pas pour ${diploma}.`,
    requirement: (mark, label, earned, required) => `- ${mark} ${label} : ${earned}/${required} ECTS`,
    pickMore: (pick, options) => ` — encore ${pick} UE parmi ${options}`,
    left: (units) => ` — reste ${units}`,
    andOthers: (shown, more) => `${shown} et ${more} autre${more > 1 ? "s" : ""}`,
    conditionally: "sous condition",
    takeNextTitle: (semester) => `En ${semester}, vous pouvez suivre :`,
    complete: (p) => `🎓 Vous avez tous les crédits de ${p.diploma.title} (${p.diploma.code}).`,
    completeNext: "Prochaine étape : la délivrance du diplôme. Un conseiller vous indique la démarche.",
    otherDiplomas: (diplomas) => `Pour continuer, d'autres diplômes du catalogue : ${diplomas}.`,
  },
  en: {
    signIn: "To follow your progress I need to read your record: please sign in first.",
    orSayUnits: 'Without signing in, give me your units and grades (for instance "UTC501 12, UTC502 8"): I will tell you the credits earned and what is left to sit again.',
    stated: (units) => `You are not signed in: an indicative simulation, from the units you say you passed (${units}). Sign in to have it done on your record.`,
    noRecord: "I cannot find your record. An advisor can check your situation.",
    noDiploma:
      "You are not registered in any diploma: the units you validated stay capitalised and can count toward a diploma later. An advisor can help you choose a path.",
    unknownDiploma: (p) => `I do not know diploma ${p.code}.`,
    notRegistered: (p) => `You are not registered in diploma ${p.code} (${p.title}).`,
    head: (p) => `${p.diploma.title} (${p.diploma.code}): ${p.creditsEarned} of ${p.creditsRequired} ECTS`,
    notCounted: (units, count, diploma) => `${units} ${count > 1 ? "do" : "does"} not count toward ${diploma}.`,
    requirement: (mark, label, earned, required) => `- ${mark} ${label}: ${earned}/${required} ECTS`,
    pickMore: (pick, options) => ` — ${pick} more from ${options}`,
    left: (units) => ` — left: ${units}`,
    andOthers: (shown, more) => `${shown} and ${more} more`,
    conditionally: "conditionally",
    takeNextTitle: (semester) => `In ${semester} you may take:`,
    complete: (p) => `🎓 You have all the credits of ${p.diploma.title} (${p.diploma.code}).`,
    completeNext: "Next step: the award of the diploma. An advisor will tell you how.",
    otherDiplomas: (diplomas) => `To go further, other diplomas of the catalog: ${diplomas}.`,
  },
};

/** Units shown by name in a list; the rest are counted. */
const SHOWN_UNITS = 3;

/** A bar of ten cells for the credits earned. */
function bar(earned: number, required: number): string {
  const filled = required > 0 ? Math.round((10 * Math.min(earned, required)) / required) : 0;
  return `${"▓".repeat(filled)}${"░".repeat(10 - filled)} ${required > 0 ? Math.round((100 * Math.min(earned, required)) / required) : 0} %`;
}

function named(code: string, catalog: Catalog): string {
  const unit = catalog.units.get(code);
  return unit ? `${code} (${unit.title})` : code;
}

function someUnits(codes: readonly string[], catalog: Catalog, language: Language, joiner: "and" | "or"): string {
  const shown = codes.slice(0, SHOWN_UNITS).map((code) => named(code, catalog));
  const more = codes.length - shown.length;
  return more > 0 ? progressWording[language].andOthers(shown.join(", "), more) : list(shown, language, joiner);
}

function requirementLine(r: RequirementProgress, catalog: Catalog, language: Language): string {
  const w = progressWording[language];
  const mark = r.satisfied ? "✓" : r.creditsEarned > 0 ? "…" : "✗";
  const left = r.satisfied
    ? ""
    : r.remaining.pick !== undefined
      ? w.pickMore(r.remaining.pick, someUnits(r.remaining.units, catalog, language, "or"))
      : w.left(someUnits(r.remaining.units, catalog, language, r.kind === "all" ? "and" : "or"));
  return `${w.requirement(mark, r.label, r.creditsEarned, r.creditsRequired)}${left}`;
}

function takeNextLine(t: TakeNext, catalog: Catalog, language: Language): string {
  const w = progressWording[language];
  const offered = t.decision.outcome === "unknown-unit" ? undefined : t.decision.checks.find((c) => c.check === "offered");
  const when = offered?.check === "offered" && offered.offerings[0] ? ` : ${readableOffering(offered.offerings[0], language)}` : "";
  return `- ${named(t.unit, catalog)}${t.outcome === "conditional" ? ` (${w.conditionally})` : ""}${when}`;
}

/**
 * A learner's progress toward a diploma: credits and a bar, each requirement marked ✓ (met), …
 * (begun) or ✗ (not begun) with what is left (a few units by name, the rest counted), the units open
 * next semester with when they meet; for a completed diploma, what comes next.
 */
export function describeProgress(progress: DiplomaProgress, language: Language, catalog: Catalog): string {
  const w = progressWording[language];
  switch (progress.outcome) {
    case "unknown-diploma":
      return w.unknownDiploma(progress);
    case "not-registered":
      return w.notRegistered(progress);
    case "progress": {
      const lines = [w.head(progress), bar(progress.creditsEarned, progress.creditsRequired), ...progress.requirements.map((r) => requirementLine(r, catalog, language))];
      if (progress.complete) {
        const others = [...catalog.diplomas.values()].filter((d) => d.code !== progress.diploma.code).map((d) => `${d.code} (${d.title})`);
        lines.push(w.complete(progress), w.completeNext, ...(others.length ? [w.otherDiplomas(list(others, language))] : []));
      } else if (progress.takeNext.length) {
        lines.push(w.takeNextTitle(progress.nextSemester), ...progress.takeNext.slice(0, 6).map((t) => takeNextLine(t, catalog, language)));
      }
      return markdownLines(lines);
    }
  }
}
