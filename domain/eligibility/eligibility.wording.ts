import type { Slot, Modality, Weekday } from "../catalog/timetable";
import type { Language } from "../language/language";
import type { Term } from "../semester/semester";
import type { EligibilityDecision, EligibilityReason, NextStep, OfferingSummary, PrerequisiteRequirement } from "./eligibility.types";
import type { GradeOutcome } from "./grade.rule";
import type { DiplomaProgress } from "../progress/progress.rule";

/**
 * Default wording of the rules' answers, French first. The rules return codes and data; this is the
 * one place that turns them into sentences, so a dialog may use it as is or word its own.
 */
type Words = Record<Language, string>;

const DAYS: Record<Weekday, Words> = {
  monday: { fr: "lundi", en: "Monday" },
  tuesday: { fr: "mardi", en: "Tuesday" },
  wednesday: { fr: "mercredi", en: "Wednesday" },
  thursday: { fr: "jeudi", en: "Thursday" },
  friday: { fr: "vendredi", en: "Friday" },
  saturday: { fr: "samedi", en: "Saturday" },
};

export const MODALITY_WORDING: Record<Modality, Words> = {
  evening: { fr: "cours du soir en semaine (18h15-21h45)", en: "weekday evening classes (18:15-21:45)" },
  saturday: { fr: "cours le samedi", en: "Saturday classes" },
  "blocked-days": { fr: "journées bloquées en semaine", en: "blocked weekdays" },
  distance: { fr: "formation à distance (FOAD)", en: "distance learning (FOAD)" },
  hybrid: { fr: "hybride (présentiel et à distance)", en: "hybrid (in person and at a distance)" },
};

export const TERM_WORDING: Record<Term, Words> = {
  S1: { fr: "premier semestre (septembre à janvier)", en: "first semester (September to January)" },
  S2: { fr: "second semestre (février à juin)", en: "second semester (February to June)" },
};

function list(items: readonly string[], language: Language, joiner: "and" | "or" = "and"): string {
  const word = joiner === "and" ? (language === "fr" ? "et" : "and") : language === "fr" ? "ou" : "or";
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${word} ${items[items.length - 1]}`;
}

function amount(value: number, language: Language): string {
  const text = String(Math.round(value * 100) / 100);
  return language === "fr" ? text.replace(".", ",") : text;
}

function grade(value: number, language: Language): string {
  const text = Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/0$/, "");
  return `${language === "fr" ? text.replace(".", ",") : text}/20`;
}

/** A timetable slot as "lundi 18:15-21:45" or "2026-10-05 09:00-17:30". */
export function describeSlot(slot: Slot, language: Language): string {
  const when = "day" in slot ? DAYS[slot.day][language] : slot.date;
  return `${when} ${slot.start}-${slot.end}`;
}

function offerings(items: readonly OfferingSummary[], language: Language): string {
  return list(items.map((o) => `${o.id} (${MODALITY_WORDING[o.modality][language]})`), language, "or");
}

function requirementText(requirement: PrerequisiteRequirement, language: Language): string {
  return requirement.kind === "all-of" ? requirement.code : `${language === "fr" ? "l'une des UE" : "one of"} ${list(requirement.codes, language, "or")}`;
}

/** One sentence per reason. */
export function describeReason(reason: EligibilityReason, language: Language): string {
  const fr = language === "fr";
  switch (reason.rule) {
    case "unknown-unit":
      return fr
        ? `Je ne trouve pas l'unité ${reason.code} dans le catalogue.${reason.suggestions.length ? ` Vouliez-vous dire ${list(reason.suggestions, language, "or")} ?` : ""}`
        : `I cannot find unit ${reason.code} in the catalog.${reason.suggestions.length ? ` Did you mean ${list(reason.suggestions, language, "or")}?` : ""}`;
    case "semester-past":
      return fr
        ? `Impossible de s'inscrire à ${reason.unit} en ${reason.semester} : ce semestre est passé (nous sommes en ${reason.current}).`
        : `You cannot enrol in ${reason.unit} in ${reason.semester}: that semester is over (the current one is ${reason.current}).`;
    case "already-validated":
      return fr
        ? `Vous avez déjà validé ${reason.unit} avec ${grade(reason.grade, language)} (${reason.semester}, session ${reason.session}) : ses crédits sont acquis.`
        : `You have already validated ${reason.unit} with ${grade(reason.grade, language)} (${reason.semester}, session ${reason.session}): its credits are yours.`;
    case "already-enrolled":
      return fr ? `Vous êtes déjà inscrit(e) à ${reason.unit} pour ${reason.semester}.` : `You are already enrolled in ${reason.unit} for ${reason.semester}.`;
    case "us-outside-diplomas":
      return fr
        ? `${reason.unit} est une unité spécifique (US) : elle n'est ouverte qu'aux inscrits de ${list(reason.unitDiplomas, language, "or")}, et vous ne l'êtes pas.`
        : `${reason.unit} is a specific unit (US): it is open only to learners registered in ${list(reason.unitDiplomas, language, "or")}, which you are not.`;
    case "ua-outside-diplomas":
      return fr
        ? `${reason.unit} est une unité d'activité (UA) d'un diplôme${reason.unitDiplomas.length ? ` (${list(reason.unitDiplomas, language, "or")})` : ""} auquel vous n'êtes pas inscrit(e).`
        : `${reason.unit} is an activity unit (UA) of a diploma${reason.unitDiplomas.length ? ` (${list(reason.unitDiplomas, language, "or")})` : ""} you are not registered in.`;
    case "missing-prerequisite": {
      const what = requirementText(reason.requirement, language);
      switch (reason.status) {
        case "pending": {
          const taking = list(reason.awaiting ?? (reason.requirement.kind === "all-of" ? [reason.requirement.code] : []), language, "and");
          return fr
            ? `Prérequis de ${reason.unit} : ${what}. Vous suivez ${taking} en ${reason.enrolledIn} : il faudra l'avoir validé (note d'au moins 10/20).`
            : `Prerequisite of ${reason.unit}: ${what}. You are taking ${taking} in ${reason.enrolledIn}: you will need to validate it (a grade of at least 10/20).`;
        }
        case "same-semester":
          return fr
            ? `Prérequis de ${reason.unit} : ${what}, qui doit être validé avant, pas suivi le même semestre (${reason.enrolledIn}).`
            : `Prerequisite of ${reason.unit}: ${what}, which must be validated first, not taken in the same semester (${reason.enrolledIn}).`;
        case "failed":
          return fr
            ? `Prérequis de ${reason.unit} non validé : ${what} (meilleure note ${grade(reason.bestGrade ?? 0, language)} ; il faut au moins 10/20).`
            : `Prerequisite of ${reason.unit} not validated: ${what} (best grade ${grade(reason.bestGrade ?? 0, language)}; at least 10/20 is needed).`;
        case "not-taken":
          return fr ? `Prérequis de ${reason.unit} non validé : ${what}.` : `Prerequisite of ${reason.unit} not validated: ${what}.`;
      }
      break;
    }
    case "level-advice":
      return fr ? `Niveau conseillé pour ${reason.unit} : ${reason.text}.` : `Advised level for ${reason.unit}: ${reason.text}.`;
    case "recommended-units":
      return fr
        ? `Il est conseillé d'avoir suivi ${list(reason.codes, language)} avant ${reason.unit}.`
        : `Taking ${list(reason.codes, language)} before ${reason.unit} is advised.`;
    case "authorization-required":
      return fr
        ? `L'inscription à ${reason.unit} est soumise à l'autorisation du responsable pédagogique, que vous n'avez pas encore pour ${reason.semester}.`
        : `Enrolling in ${reason.unit} needs the teacher's authorization, which you do not have yet for ${reason.semester}.`;
    case "not-offered":
      return reason.offeredTerms.length
        ? fr
          ? `${reason.unit} n'est pas proposée en ${reason.semester} ; elle l'est au ${list(reason.offeredTerms.map((t) => TERM_WORDING[t].fr), language, "or")}.`
          : `${reason.unit} is not offered in ${reason.semester}; it is offered in the ${list(reason.offeredTerms.map((t) => TERM_WORDING[t].en), language, "or")}.`
        : fr
          ? `${reason.unit} n'est programmée à aucun semestre du catalogue actuel.`
          : `${reason.unit} is not scheduled in any semester of the current catalog.`;
    case "timetable-clash": {
      const details = reason.clashes.map((c) =>
        fr
          ? `${c.offering} (${describeSlot(c.slot, language)}) chevauche ${c.with} (${describeSlot(c.otherSlot, language)})`
          : `${c.offering} (${describeSlot(c.slot, language)}) overlaps ${c.with} (${describeSlot(c.otherSlot, language)})`,
      );
      const head = fr
        ? `Conflit d'emploi du temps pour ${reason.unit} en ${reason.semester} : ${details.join(" ; ")}.`
        : `Timetable clash for ${reason.unit} in ${reason.semester}: ${details.join("; ")}.`;
      return reason.freeOfferings.length
        ? `${head} ${fr ? `Sans conflit : ${offerings(reason.freeOfferings, language)}.` : `Free of clashes: ${offerings(reason.freeOfferings, language)}.`}`
        : head;
    }
    case "exclusion":
      return fr
        ? `${reason.unit} ne peut pas être suivie le même semestre que ${reason.other}, à laquelle vous êtes inscrit(e) en ${reason.semester}.`
        : `${reason.unit} may not be taken in the same semester as ${reason.other}, in which you are enrolled for ${reason.semester}.`;
    case "ua-route": {
      const need = reason.requirement.dossier;
      const [years, inField] = [amount(reason.experience.years, language), amount(reason.experience.yearsInField, language)];
      const needText = fr
        ? `${need.years} an(s) d'expérience dont ${need.yearsInField} dans le domaine`
        : `${need.years} year(s) of experience, ${need.yearsInField} of them in the field`;
      const has = fr ? `vous déclarez ${years} an(s), dont ${inField} dans le domaine` : `you report ${years} year(s), ${inField} in the field`;
      if (reason.route === "experience-dossier") {
        return fr
          ? `Pour ${reason.unit} (${reason.diploma}), votre expérience suffit (${needText} ; ${has}) : vous rédigerez un dossier présentant le contexte, votre position dans l'organisation, votre activité et les compétences exercées.`
          : `For ${reason.unit} (${reason.diploma}) your experience is enough (${needText}; ${has}): you will write a dossier presenting the context, your position in the organisation, your activity and the skills it used.`;
      }
      const months = reason.requirement.internshipMonths;
      const internship = months
        ? fr
          ? ` d'une durée de ${months.min === months.max ? months.min : `${months.min} à ${months.max}`} mois`
          : ` of ${months.min === months.max ? months.min : `${months.min} to ${months.max}`} months`
        : "";
      return fr
        ? `Pour ${reason.unit} (${reason.diploma}), il faut ${needText} ; ${has}. Vous conduirez donc un projet d'application professionnelle, réalisé pendant un stage en entreprise${internship}.`
        : `For ${reason.unit} (${reason.diploma}) you need ${needText}; ${has}. You will therefore carry out a professional application project during an internship${internship}.`;
    }
  }
}

/** One instruction per next step. */
export function describeNextStep(step: NextStep, language: Language): string {
  const fr = language === "fr";
  switch (step.step) {
    case "check-code":
      return step.suggestions.length
        ? fr
          ? `Vérifiez le code : ${list(step.suggestions, language, "or")} ?`
          : `Check the code: ${list(step.suggestions, language, "or")}?`
        : fr
          ? "Vérifiez le code de l'unité sur sa fiche formation."
          : "Check the unit's code on its course page.";
    case "choose-another-semester":
      return step.terms.length
        ? fr
          ? `Choisissez un ${list(step.terms.map((t) => TERM_WORDING[t].fr), language, "or")} à venir pour ${step.unit}.`
          : `Choose a coming ${list(step.terms.map((t) => TERM_WORDING[t].en), language, "or")} for ${step.unit}.`
        : fr
          ? `Consultez l'emploi du temps pour savoir quand ${step.unit} sera proposée.`
          : `Check the timetable to see when ${step.unit} will be offered.`;
    case "no-action-needed":
      return fr ? `Rien à faire pour ${step.unit}.` : `Nothing to do for ${step.unit}.`;
    case "register-in-diploma":
      return fr
        ? `Inscrivez-vous d'abord au diplôme ${list(step.diplomas, language, "or")}.`
        : `Register in the diploma ${list(step.diplomas, language, "or")} first.`;
    case "pass-prerequisite":
      return fr
        ? `Validez ${list(step.prerequisites, language, "or")} (note d'au moins 10/20) avant ${step.unit}.`
        : `Validate ${list(step.prerequisites, language, "or")} (a grade of at least 10/20) before ${step.unit}.`;
    case "await-result":
      return fr
        ? `Attendez le résultat de ${list(step.prerequisites, language, "or")} (${step.semester}) : avec au moins 10/20, vous pourrez vous inscrire à ${step.unit}.`
        : `Wait for your result in ${list(step.prerequisites, language, "or")} (${step.semester}): with at least 10/20 you may enrol in ${step.unit}.`;
    case "download-authorization-template":
      return fr ? `Téléchargez le modèle d'autorisation pour ${step.unit}.` : `Download the authorization template for ${step.unit}.`;
    case "get-signature-via-secretariat": {
      const who = step.secretariat ?? (fr ? "le secrétariat pédagogique" : "the teaching secretariat");
      const mail = step.email ? ` (${step.email})` : "";
      return fr
        ? `Contactez ${who}${mail} pour obtenir la signature de l'enseignant.`
        : `Contact ${who}${mail} to get the teacher's signature.`;
    }
    case "enrol-once-authorized":
      return fr
        ? `Inscrivez-vous à ${step.unit} pour ${step.semester} une fois l'autorisation signée : sans elle, l'inscription est impossible.`
        : `Enrol in ${step.unit} for ${step.semester} once the authorization is signed: without it you cannot enrol.`;
    case "choose-offering":
      return fr ? `Choisissez pour ${step.unit} : ${offerings(step.offerings, language)}.` : `For ${step.unit}, choose ${offerings(step.offerings, language)}.`;
    case "resolve-timetable-clash":
      return fr
        ? `Choisissez entre ${step.unit} et ${list(step.with, language)} ce semestre, ou suivez ${step.unit} à un autre semestre.`
        : `Choose between ${step.unit} and ${list(step.with, language)} this semester, or take ${step.unit} in another semester.`;
    case "take-in-different-semester":
      return fr
        ? `Suivez ${step.unit} et ${step.other} à des semestres différents.`
        : `Take ${step.unit} and ${step.other} in different semesters.`;
    case "write-experience-dossier":
      return fr
        ? `Préparez le dossier de présentation de votre expérience pour ${step.unit}.`
        : `Prepare the dossier presenting your experience for ${step.unit}.`;
    case "find-internship": {
      const months = step.months ? (step.months.min === step.months.max ? `${step.months.min}` : `${step.months.min}-${step.months.max}`) : undefined;
      return fr
        ? `Trouvez un stage en entreprise${months ? ` (${months} mois)` : ""} pour votre projet d'application professionnelle (${step.unit}).`
        : `Find an internship${months ? ` (${months} months)` : ""} for your professional application project (${step.unit}).`;
    }
    case "enrol":
      return fr
        ? `Vous pouvez vous inscrire à ${step.unit} pour ${step.semester}${step.offerings.length ? ` : ${offerings(step.offerings, language)}` : ""}.`
        : `You may enrol in ${step.unit} for ${step.semester}${step.offerings.length ? `: ${offerings(step.offerings, language)}` : ""}.`;
  }
}

/** The headline of a decision. */
export function describeDecision(decision: EligibilityDecision, language: Language): string {
  const fr = language === "fr";
  switch (decision.outcome) {
    case "unknown-unit":
      return fr ? `Unité ${decision.code} inconnue.` : `Unknown unit ${decision.code}.`;
    case "eligible":
      return fr ? `Oui, vous pouvez vous inscrire à ${decision.code} en ${decision.semester}.` : `Yes, you may enrol in ${decision.code} in ${decision.semester}.`;
    case "conditional":
      return fr
        ? `Vous pourrez vous inscrire à ${decision.code} en ${decision.semester}, à condition de :`
        : `You may enrol in ${decision.code} in ${decision.semester}, provided that:`;
    case "not-eligible":
      return fr ? `Vous ne pouvez pas vous inscrire à ${decision.code} en ${decision.semester} :` : `You may not enrol in ${decision.code} in ${decision.semester}:`;
  }
}

/** The answer to "did grade G earn the credits?". */
export function describeGradeOutcome(outcome: GradeOutcome, language: Language): string {
  const fr = language === "fr";
  switch (outcome.outcome) {
    case "invalid-grade":
      return fr
        ? `Une note se situe entre ${outcome.range.min} et ${outcome.range.max} : ${Number.isNaN(outcome.grade) ? "celle-ci n'est pas un nombre" : `${outcome.grade} n'est pas possible`}.`
        : `A grade lies between ${outcome.range.min} and ${outcome.range.max}: ${Number.isNaN(outcome.grade) ? "this is not a number" : `${outcome.grade} is not possible`}.`;
    case "credits-earned": {
      const credits = outcome.unit ? (fr ? ` : les ${outcome.ects} ECTS de ${outcome.unit} sont acquis` : `: the ${outcome.ects} ECTS of ${outcome.unit} are earned`) : "";
      return fr
        ? `Oui, avec ${grade(outcome.grade, language)} (au moins 10/20), l'unité est validée${credits}, sans limite de durée.`
        : `Yes, with ${grade(outcome.grade, language)} (at least 10/20) the unit is validated${credits}, with no time limit.`;
    }
    case "credits-not-earned": {
      const next =
        outcome.nextStep === "session-2"
          ? fr
            ? "Vous pouvez repasser l'examen en session 2, sans nouvelle inscription."
            : "You may sit the exam again at session 2, without registering again."
          : fr
            ? "Il faudra suivre l'unité à nouveau."
            : "You will need to take the unit again.";
      return fr
        ? `Non, ${grade(outcome.grade, language)} est sous la moyenne de 10/20 (il manque ${amount(outcome.missing, language)} point(s)) : les crédits ne sont pas acquis. ${next}`
        : `No, ${grade(outcome.grade, language)} is below the 10/20 pass mark (${outcome.missing} point(s) short): the credits are not earned. ${next}`;
    }
  }
}

/** A short summary of a learner's progress toward a diploma. */
export function describeProgress(progress: DiplomaProgress, language: Language): string {
  const fr = language === "fr";
  switch (progress.outcome) {
    case "unknown-diploma":
      return fr ? `Je ne connais pas le diplôme ${progress.code}.` : `I do not know diploma ${progress.code}.`;
    case "not-registered":
      return fr
        ? `Vous n'êtes pas inscrit(e) au diplôme ${progress.code} (${progress.title}).`
        : `You are not registered in diploma ${progress.code} (${progress.title}).`;
    case "progress": {
      const head = fr
        ? `${progress.diploma.title} (${progress.diploma.code}) : ${progress.creditsEarned} ECTS sur ${progress.creditsRequired}.`
        : `${progress.diploma.title} (${progress.diploma.code}): ${progress.creditsEarned} of ${progress.creditsRequired} ECTS.`;
      const lines = progress.requirements.map((r) => {
        const mark = r.satisfied ? "✓" : "…";
        const left = r.satisfied
          ? ""
          : r.remaining.pick !== undefined
            ? fr
              ? ` — encore ${r.remaining.pick} UE parmi ${list(r.remaining.units, language, "or")}`
              : ` — ${r.remaining.pick} more from ${list(r.remaining.units, language, "or")}`
            : fr
              ? ` — reste ${list(r.remaining.units, language, r.kind === "all" ? "and" : "or")}`
              : ` — left: ${list(r.remaining.units, language, r.kind === "all" ? "and" : "or")}`;
        return `${mark} ${r.label} (${r.creditsEarned}/${r.creditsRequired} ECTS)${left}`;
      });
      const next = progress.takeNext.length
        ? fr
          ? `Au ${progress.nextSemester}, vous pouvez suivre : ${list(progress.takeNext.map((t) => (t.outcome === "conditional" ? `${t.unit} (sous condition)` : t.unit)), language)}.`
          : `In ${progress.nextSemester} you may take: ${list(progress.takeNext.map((t) => (t.outcome === "conditional" ? `${t.unit} (conditionally)` : t.unit)), language)}.`
        : "";
      return [head, ...lines, next].filter(Boolean).join("\n");
    }
  }
}
