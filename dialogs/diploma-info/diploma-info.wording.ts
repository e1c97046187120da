import type { Language } from "../../domain/language/language";

/** What a diploma is made of, and whether units fit its choices; French first. */
export const diplomaInfoWording: Record<
  Language,
  {
    heading: (code: string, title: string, ects: number) => string;
    sample: string;
    pick: (count: number, ects: number | undefined, distinct: boolean) => string;
    anyAmong: (ects: number | undefined) => string;
    ua: string;
    access: string;
    notInDiploma: (code: string, diploma: string) => string;
    required: (code: string, block: string) => string;
    sameGroup: (codes: string, group: string, pick: number) => string;
    distinctGroups: (codes: string, groups: string, pick: number) => string;
    tooMany: (count: number, pick: number) => string;
    inChoice: (codes: string, block: string) => string;
    whichDiploma: (list: string) => string;
    askComposition: (code: string) => string;
    checkAction: (code: string) => string;
  }
> = {
  fr: {
    heading: (code, title, ects) => `${code} — ${title} : ${ects} ECTS.`,
    sample: "(données d'exemple)",
    pick: (count, ects, distinct) =>
      `${count} UE à choisir${ects ? ` (${ects} ECTS)` : ""}${distinct ? ", chacune d'un groupe différent" : ""}, parmi :`,
    anyAmong: (ects) => `${ects ? `${ects} ECTS` : "Des UE"} à choisir parmi :`,
    ua: "unité d'activité",
    access: "Accès",
    notInDiploma: (code, diploma) => `${code} ne fait pas partie de ${diploma}.`,
    required: (code, block) => `${code} est obligatoire (${block}).`,
    sameGroup: (codes, group, pick) =>
      `Non : ${codes} sont dans le même groupe (${group}) ; les ${pick} UE à choisir doivent venir de ${pick} groupes différents, une seule d'entre elles peut donc compter.`,
    distinctGroups: (codes, groups, pick) => `Oui : ${codes} viennent de groupes différents (${groups}) et peuvent compter parmi les ${pick} UE à choisir.`,
    tooMany: (count, pick) => `Attention : vous en citez ${count}, mais seules ${pick} UE comptent dans ce bloc.`,
    inChoice: (codes, block) => `${codes} compte${codes.includes(" et ") || codes.includes(", ") ? "nt" : ""} dans le bloc « ${block} ».`,
    whichDiploma: (list) => `De quel diplôme parlez-vous ? Mon catalogue contient : ${list}.`,
    askComposition: (code) => `Quelles UE pour ${code} ?`,
    checkAction: (code) => `Planifier mes semestres pour ${code}`,
  },
  en: {
    heading: (code, title, ects) => `${code} — ${title}: ${ects} ECTS.`,
    sample: "(sample data)",
    pick: (count, ects, distinct) => `${count} units to choose${ects ? ` (${ects} ECTS)` : ""}${distinct ? ", each from a different group" : ""}, among:`,
    anyAmong: (ects) => `${ects ? `${ects} ECTS` : "Units"} to choose among:`,
    ua: "activity unit",
    access: "Access",
    notInDiploma: (code, diploma) => `${code} is not part of ${diploma}.`,
    required: (code, block) => `${code} is compulsory (${block}).`,
    sameGroup: (codes, group, pick) =>
      `No: ${codes} are in the same group (${group}); the ${pick} units to choose must come from ${pick} different groups, so only one of them can count.`,
    distinctGroups: (codes, groups, pick) => `Yes: ${codes} come from different groups (${groups}) and can count among the ${pick} units to choose.`,
    tooMany: (count, pick) => `Note: you name ${count}, but only ${pick} units count in this block.`,
    inChoice: (codes, block) => `${codes} count${codes.includes(" and ") || codes.includes(", ") ? "" : "s"} in the block "${block}".`,
    whichDiploma: (list) => `Which diploma do you mean? My catalog holds: ${list}.`,
    askComposition: (code) => `Which units make up ${code}?`,
    checkAction: (code) => `Plan my semesters for ${code}`,
  },
};
