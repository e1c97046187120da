import type { GradeOutcome } from "../../domain/eligibility/grade.rule";
import type { Language } from "../../domain/language/language";
import { decimal, gradeOutOf20 } from "../common/catalog.wording";

type OutcomeOf<O extends GradeOutcome["outcome"]> = GradeOutcome & { outcome: O };

/** The answer to "did grade G earn the credits?", French first. */
export const gradeWording: Record<Language, { [O in GradeOutcome["outcome"]]: (outcome: OutcomeOf<O>) => string } & { session2: string; retake: string; noResitToImprove: string; noResitNeeded: string; resitNeeded: string; noReenrolNeeded: string; noRedoNeeded: string; reenrolAfterSession2: string; otherUnit: (graded: string, other: string) => string; whichGrade: (code: string | undefined) => string; failedNoGrade: (code: string) => string; supposedNotValidated: (code: string, ects: number) => string; total: (ects: number, earned: string, failed: string) => string; absent: string; noRounding: string; notAll: (kept: string, several: boolean) => string; missedBothSessions: (missed: string, several: boolean) => string; missedSession1: (missed: string) => string }> = {
  fr: {
    "invalid-grade": (o) =>
      `Une note se situe entre ${o.range.min} et ${o.range.max} : ${Number.isNaN(o.grade) ? "celle-ci n'est pas un nombre" : `${o.grade} n'est pas possible`}.`,
    "credits-earned": (o) =>
      `Oui, avec ${gradeOutOf20(o.grade, "fr")} (au moins 10/20), l'unité est validée${o.unit ? ` : les ${o.ects} ECTS de ${o.unit} sont acquis` : ""}, sans limite de durée.`,
    "credits-not-earned": (o) =>
      `Non, ${gradeOutOf20(o.grade, "fr")} est sous la moyenne de 10/20 (il manque ${decimal(o.missing, "fr")} ${o.missing >= 2 ? "points" : "point"}) : les crédits ne sont pas acquis. ${o.nextStep === "session-2" ? gradeWording.fr.session2 : gradeWording.fr.retake}`,
    session2: "Vous pouvez repasser l'examen en session 2, sans nouvelle inscription.",
    retake: "Il faudra suivre l'unité à nouveau.",
    noResitNeeded: "Non, pas besoin de la repasser :",
    resitNeeded: "Oui :",
    noReenrolNeeded: "Non, pas besoin de vous réinscrire :",
    noRedoNeeded: "Non, pas besoin de la refaire :",
    reenrolAfterSession2: "La session 2 était la dernière : réinscrivez-vous à l'unité un semestre où elle est proposée, et repassez son examen.",
    otherUnit: (graded, other) => `${other} est une autre unité : votre note de ${graded} ne dit rien d'elle. Si vous l'avez suivie, c'est sa propre note qui dit si elle est à refaire (moins de 10/20 en session 2).`,
    noResitToImprove: "Non : la session 2 est réservée aux absents et aux notes sous 10/20 : une unité validée ne se repasse pas pour améliorer sa note.",
    supposedNotValidated: (code, ects) => `Avec cette note, ${code} ne serait pas validée : ses ${ects} ECTS ne seraient pas acquis.`,
    whichGrade: (code) => `Quelle note avez-vous eue${code ? ` en ${code}` : ""} ? Donnez-la sur 20 (par exemple « 11 » ou « 9,5 ») et je vous dis si les crédits sont acquis.`,
    failedNoGrade: (code) =>
      `Sans au moins 10/20, les crédits de ${code} ne sont pas acquis. Si c'était la session 1, vous pouvez repasser l'examen en session 2, sans nouvelle inscription. Si c'était déjà la session 2 (le rattrapage), inscrivez-vous de nouveau à ${code} un semestre où elle est proposée. Donnez-moi votre note ou la session si vous voulez que je précise.`,
    noRounding: "Les sources ne disent rien d'un arrondi des notes : seulement que les crédits s'obtiennent avec au moins 10/20.",
    absent: "absent(e) à l'examen : crédits non acquis ; la session 2 est ouverte aux absents, sans inscription (si elle est déjà passée, l'unité est à suivre à nouveau).",
    notAll: (kept, several) =>
      `Non, pas tout : ${kept} ${several ? "restent acquises" : "reste acquise"} (les crédits d'une UE validée sont capitalisés, sans limite de durée).`,
    missedBothSessions: (missed, several) =>
      several
        ? `${missed} : absent(e) aux deux sessions, elles ne sont pas validées : réinscrivez-vous à chacune un semestre où elle est proposée, et repassez son examen. Seules ces UE sont à reprendre.`
        : `${missed} : absent(e) aux deux sessions, elle n'est pas validée : réinscrivez-vous à ${missed} un semestre où elle est proposée, et repassez son examen. Seule cette UE est à reprendre.`,
    missedSession1: (missed) =>
      `${missed} : absent(e) à l'examen, ses crédits ne sont pas acquis ; la session 2 est ouverte aux absents, sans inscription (si elle est déjà passée, l'unité est à suivre à nouveau).`,
    total: (ects, earned, failed) =>
      `Au total : ${ects} ECTS acquis${earned ? ` (${earned})` : ""}.${failed ? ` À repasser : ${failed} (session 2 si vous ne l'avez pas encore passée, sinon l'unité à suivre à nouveau).` : ""}`,
  },
  en: {
    "invalid-grade": (o) =>
      `A grade lies between ${o.range.min} and ${o.range.max}: ${Number.isNaN(o.grade) ? "this is not a number" : `${o.grade} is not possible`}.`,
    "credits-earned": (o) =>
      `Yes, with ${gradeOutOf20(o.grade, "en")} (at least 10/20) the unit is validated${o.unit ? `: the ${o.ects} ECTS of ${o.unit} are earned` : ""}, with no time limit.`,
    "credits-not-earned": (o) =>
      `No, ${gradeOutOf20(o.grade, "en")} is below the 10/20 pass mark (${o.missing} ${o.missing === 1 ? "point" : "points"} short): the credits are not earned. ${o.nextStep === "session-2" ? gradeWording.en.session2 : gradeWording.en.retake}`,
    session2: "You may sit the exam again at session 2, without registering again.",
    retake: "You will need to take the unit again.",
    noResitNeeded: "No, there is no need to retake it:",
    resitNeeded: "Yes:",
    noReenrolNeeded: "No, there is no need to enrol again:",
    noRedoNeeded: "No, there is no need to take it again:",
    reenrolAfterSession2: "Session 2 was the last one: enrol in the unit again in a semester where it is offered, and sit its exam again.",
    otherUnit: (graded, other) => `${other} is another unit: your grade in ${graded} says nothing of it. If you took it, its own grade says whether to take it again (below 10/20 at session 2).`,
    noResitToImprove: "No: session 2 is only for those absent or below 10/20: a validated unit is not sat again to raise its grade.",
    supposedNotValidated: (code, ects) => `With that grade, ${code} would not be validated: its ${ects} ECTS would not be earned.`,
    whichGrade: (code) => `What grade did you get${code ? ` in ${code}` : ""}? Give it out of 20 (for instance "11" or "9.5") and I will tell you whether the credits are earned.`,
    failedNoGrade: (code) =>
      `Without at least 10/20, the credits of ${code} are not earned. If it was session 1, you can sit the exam again at session 2, with no new registration. If it was already session 2 (the resit), enrol in ${code} again in a semester when it is offered. Tell me your grade or the session if you want me to be more precise.`,
    noRounding: "The sources say nothing of grades being rounded: only that the credits are earned with at least 10/20.",
    absent: "absent from the exam: credits not earned; session 2 is open to those absent, with no registration (if it is already over, the unit is to be taken again).",
    notAll: (kept, several) =>
      `No, not everything: ${kept} ${several ? "stay" : "stays"} earned (a validated unit's credits are kept, with no time limit).`,
    missedBothSessions: (missed, several) =>
      several
        ? `${missed}: absent from both sessions, they are not validated: enrol in each again in a semester where it is offered, and sit its exam again. Only those units are to be taken again.`
        : `${missed}: absent from both sessions, it is not validated: enrol in ${missed} again in a semester where it is offered, and sit its exam again. Only that unit is to be taken again.`,
    missedSession1: (missed) =>
      `${missed}: absent from the exam, its credits are not earned; session 2 is open to those absent, with no registration (if it is already over, the unit is to be taken again).`,
    total: (ects, earned, failed) =>
      `In total: ${ects} ECTS earned${earned ? ` (${earned})` : ""}.${failed ? ` To sit again: ${failed} (session 2 if you have not sat it yet, otherwise the unit to take again).` : ""}`,
  },
};

export function describeGradeOutcome(outcome: GradeOutcome, language: Language): string {
  return (gradeWording[language][outcome.outcome] as (o: GradeOutcome) => string)(outcome);
}
