import { decimal } from "../common/catalog.wording";
import type { Language } from "../../domain/language/language";

/** Hours in French: « 58,5 ». */
const fr = (value: number) => String(value).replace(".", ",");

/** What a diploma is made of, and whether units fit its choices; French first. */
export const diplomaInfoWording: Record<
  Language,
  {
    heading: (code: string, title: string, ects: number) => string;
    /** A diploma that is sample data: its parts' credits, not a total the real diploma has. */
    sampleHeading: (code: string, title: string, ects: number) => string;
    /** A diploma's units that are taught a way (« à distance (FOAD) », « le samedi », « sans prérequis »), or none. */
    unitsThatWay: (code: string, title: string, how: string) => string;
    othersNotThatWay: (how: string) => string;
    noneThatWay: (code: string, how: string) => string;
    pick: (count: number, ects: number | undefined, distinct: boolean) => string;
    anyAmong: (ects: number | undefined) => string;
    ua: string;
    /** The diploma's access note, as the catalog words it (in French: said so in English), of the diploma named or not. */
    accessNote: (note: string, code?: string) => string;
    notInDiploma: (code: string, diploma: string) => string;
    /** Before where one unit stands, when the question asked whether it counts: « Oui : », « Non : ». */
    yesNo: (yes: boolean) => string;
    /** The no before a unit that counts in the diploma as one of a choice, when asked whether it is compulsory. */
    notCompulsory: string;
    /** After a compulsory unit, to someone who hopes what they hold counts instead (« même si j'ai le TOEIC ? »). */
    exemptionNotHeld: (code: string) => string;
    /** A diploma asked whether the catalog holds it, found by its speciality: yes, with the others of its kind. */
    offered: (code: string, title: string, others: string) => string;
    /** After a compulsory unit asked to be done without: what its catalog entry asks to take it (« test de positionnement »). */
    stillAsks: (code: string, advice: string) => string;
    /** A subject gone without that no one unit is: the catalog's units on it, before where the diploma's count. */
    unitsOnIt: (units: string, code: string) => string;
    required: (code: string, block: string) => string;
    /** Units from one group of a choice, after « Non : » when first said (see yesNo). */
    sameGroup: (codes: string, group: string, pick: number) => string;
    distinctGroups: (codes: string, groups: string, pick: number) => string;
    /** Units of one group asked whether they are in the diploma: yes, both are, but one of them counts. */
    sameGroupIn: (codes: string, group: string, pick: number, diploma: string) => string;
    /** One unit swapped for another of its group: allowed, one of the group counts. */
    swapInGroup: (from: string, to: string, group: string) => string;
    tooMany: (count: number, pick: number) => string;
    inChoice: (codes: string, block: string) => string;
    whichDiploma: (list: string) => string;
    /** A unit compulsory in every engineering degree, asked of « l'ingénieur » with no speciality said. */
    compulsoryInEach: (code: string, diplomas: string, block: string) => string;
    notHeld: (named: string, known: string) => string;
    /** Units of a field no diploma of the catalog is in, to take on their own. */
    unitsALaCarte: (field: string, units: string) => string;
    /** The person in charge of a diploma, which the catalog does not name, and the advisor offered. */
    inChargeNotHeld: (code: string) => string;
    askComposition: (code: string) => string;
    checkAction: (code: string) => string;
    hours: (hours: number) => string;
    hoursRange: (min: number, max: number) => string;
    counted: (count: number, ects: number) => string;
    noClassHours: (codes: string) => string;
    hoursTotal: (hours: string) => string;
    hoursUnknown: (codes: string) => string;
    accessShort: (said: string, code: string) => string;
    /** A diploma said not obtained (« j'ai raté le BTS SIO »). */
    accessNotHeld: (said: string, code: string) => string;
    accessMet: (said: string, code: string) => string;
    accessDepends: (said: string, code: string) => string;
    /** A diploma of a science or technical field, where the note admits an equivalent: the Cnam judges it. */
    accessEquivalence: (said: string, code: string) => string;
    /** The diploma asked is not held, but years of work in the field are said, which the note's « ou équivalent » may count. */
    accessByExperience: (said: string, code: string) => string;
    /** A diploma whose access names no level of studies (an admission exam, experience): studies said do not decide it. */
    accessNotByStudies: (said: string, code: string) => string;
    /** The years of work said against the years a diploma asks when applying. */
    experienceToApply: (code: string, worked: number, required: number) => string;
    /** The years in the speciality said, fewer than those asked at the thesis defence. */
    speciality: (inIt: number, asked: number) => string;
  }
> = {
  fr: {
    heading: (code, title, ects) => `${code} — ${title} : ${ects} ECTS.`,
    unitsThatWay: (code, title, how) => `Les UE de ${code} (${title}) ${how}, d'après le catalogue :`,
    othersNotThatWay: (how) => `Les autres UE du diplôme n'ont pas de cours ${how} dans le catalogue que je connais ; l'emploi du temps de chaque UE fait foi.`,
    noneThatWay: (code, how) => `Aucune UE de ${code} n'a de cours ${how} dans le catalogue que je connais ; l'emploi du temps de chaque UE fait foi, et un conseiller peut vous orienter.`,
    sampleHeading: (code, title, ects) => `${code} — ${title} : ${ects} ECTS dans les parties listées ici (données d'exemple : le total réel du diplôme peut être différent).`,
    pick: (count, ects, distinct) =>
      `${count} UE à choisir${ects ? ` (${ects} ECTS)` : ""}${distinct ? ", chacune d'un groupe différent" : ""}, parmi :`,
    anyAmong: (ects) => `${ects ? `${ects} ECTS` : "Des UE"} à choisir parmi :`,
    ua: "unité d'activité",
    accessNote: (note, code) => `Accès${code ? ` ${code}` : ""} : ${note}`,
    notInDiploma: (code, diploma) => `${code} ne fait pas partie de ${diploma}.`,
    yesNo: (yes) => (yes ? "Oui : " : "Non : "),
    notCompulsory: "Non, pas obligatoire : ",
    exemptionNotHeld: (code) => `Une dispense de ${code} par une certification ou un diplôme déjà obtenu n'est pas dans mes sources : son secrétariat pédagogique ou un conseiller peut vous dire si le vôtre compte.`,
    offered: (code, title, others) => `Oui : ${code} — ${title}.${others ? ` Du même type, le catalogue a aussi : ${others}.` : ""}`,
    stillAsks: (code, advice) => `Pour suivre ${code}, le catalogue indique : ${advice}.`,
    unitsOnIt: (units, code) => `Les UE du catalogue qui en parlent : ${units}. Dans ${code} :`,
    required: (code, block) => `${code} est obligatoire (${block}).`,
    sameGroup: (codes, group, pick) =>
      `${codes} sont dans le même groupe (${group}) ; les ${pick} UE à choisir doivent venir de ${pick} groupes différents, une seule d'entre elles peut donc compter.`,
    distinctGroups: (codes, groups, pick) => `Oui : ${codes} viennent de groupes différents (${groups}) et peuvent compter parmi les ${pick} UE à choisir.`,
    sameGroupIn: (codes, group, pick, diploma) =>
      `Oui : ${codes} font partie de ${diploma}, dans le même groupe (${group}) ; mais les ${pick} UE à choisir viennent de ${pick} groupes différents, une seule d'entre elles compte donc.`,
    swapInGroup: (from, to, group) =>
      `Oui : ${from} et ${to} sont dans le même groupe (${group}) ; une seule UE de ce groupe compte, et ce peut être l'une ou l'autre : ${to} peut prendre la place de ${from}.`,
    tooMany: (count, pick) => `Attention : vous en citez ${count}, mais seules ${pick} UE comptent dans ce bloc.`,
    inChoice: (codes, block) => `${codes} compte${codes.includes(" et ") || codes.includes(", ") ? "nt" : ""} dans le bloc « ${block} ».`,
    whichDiploma: (list) => `De quel diplôme parlez-vous ? Mon catalogue contient : ${list}.`,
    compulsoryInEach: (code, diplomas, block) => `Oui : ${code} est obligatoire dans chacun des diplômes d'ingénieur du catalogue (${diplomas}) : ${block}.`,
    inChargeNotHeld: (code) =>
      `Je n'ai pas dans mes sources le nom ni l'adresse du responsable de ${code}. Le secrétariat pédagogique du diplôme ou un conseiller peut vous orienter. Voulez-vous que je transmette votre question à un conseiller ?`,
    notHeld: (named, known) => `Mon catalogue ne contient pas ce diplôme (${named}) : je n'en ai ni les UE ni les conditions. Il contient ${known}. Un conseiller peut vous renseigner sur ce diplôme.`,
    unitsALaCarte: (field, units) => `En « ${field} », le catalogue a des UE à suivre à la carte, sans viser ce diplôme : ${units}.`,
    askComposition: (code) => `Quelles UE pour ${code} ?`,
    checkAction: (code) => `Planifier mes semestres pour ${code}`,
    hours: (hours) => `${fr(hours)} h`,
    hoursRange: (min, max) => `${fr(min)} à ${fr(max)} h selon les UE choisies`,
    counted: (count, ects) => `${count} UE de ${ects} ECTS au choix`,
    noClassHours: (codes) => `${codes} : unité d'activité, sans heures de cours`,
    hoursTotal: (hours) => `Au total : ${hours} de cours de référence (±10 % par UE), hors travail personnel, d'après le barème crédits-heures.`,
    hoursUnknown: (codes) => `Sans heures de référence pour leurs crédits, donc non comptées : ${codes}.`,
    accessShort: (said, code) => `Non, pas directement : d'après ce que vous dites (${said}), vous n'avez pas le profil attendu pour entrer en ${code}.`,
    accessNotHeld: (said, code) => `Non, pas directement : un diplôme non obtenu (${said}) ne donne pas le profil attendu pour entrer en ${code}. Le Cnam peut juger votre niveau équivalent ; sinon, des UE préparatoires viennent d'abord. Un conseiller vous le dira.`,
    accessMet: (said, code) => `Oui, d'après ce que vous dites (${said}), vous avez le profil attendu pour entrer en ${code} ; l'admission reste décidée par le Cnam.`,
    accessDepends: (said, code) => `Cela dépend de la spécialité de votre ${said} pour entrer en ${code} :`,
    accessEquivalence: (said, code) =>
      `Pas d'office : d'après ce que vous dites (${said}), ce n'est pas un diplôme d'informatique ; s'il vaut l'équivalent demandé pour entrer en ${code}, c'est le Cnam qui en décide (un conseiller peut vous le dire), sinon des UE préparatoires d'abord.`,
    accessByExperience: (said, code) =>
      `Pas d'office : d'après ce que vous dites (${said}), vous n'avez pas le diplôme demandé pour entrer en ${code}, mais votre expérience dans le domaine peut valoir le niveau équivalent que l'accès admet : c'est le Cnam qui en décide (un conseiller peut vous le dire), sinon des UE préparatoires d'abord.`,
    speciality: (inIt, asked) => `Mais à la soutenance du mémoire, ${asked} ans dans la spécialité sont demandés : vous en dites ${decimal(inIt, "fr")} en informatique.`,
    experienceToApply: (code, worked, required) =>
      worked >= required
        ? `Côté expérience, oui : vous dites ${decimal(worked, "fr")} an${worked >= 2 ? "s" : ""} de travail, ${code} en demande ${required} an${required >= 2 ? "s" : ""} au dépôt de la candidature (l'admission passe aussi par ce qui suit ; le Cnam en décide).`
        : `Pas encore côté expérience : vous dites ${decimal(worked, "fr")} an${worked >= 2 ? "s" : ""} de travail, ${code} en demande ${required} an${required >= 2 ? "s" : ""} au dépôt de la candidature.`,
    accessNotByStudies: (_said, code) => `Pour ${code}, l'entrée ne se décide pas sur les études seules : elle passe par ce qui suit.`,
  },
  en: {
    heading: (code, title, ects) => `${code} — ${title}: ${ects} ECTS.`,
    unitsThatWay: (code, title, how) => `The units of ${code} (${title}) ${how}, according to the catalog:`,
    othersNotThatWay: (how) => `The diploma's other units have no classes ${how} in the catalog I know; each unit's timetable is the reference.`,
    noneThatWay: (code, how) => `No unit of ${code} has classes ${how} in the catalog I know; each unit's timetable is the reference, and an advisor can guide you.`,
    sampleHeading: (code, title, ects) => `${code} — ${title}: ${ects} ECTS in the parts listed here (sample data: the real diploma's total may differ).`,
    pick: (count, ects, distinct) => `${count} units to choose${ects ? ` (${ects} ECTS)` : ""}${distinct ? ", each from a different group" : ""}, among:`,
    anyAmong: (ects) => `${ects ? `${ects} ECTS` : "Units"} to choose among:`,
    ua: "activity unit",
    accessNote: (note, code) => `Access${code ? ` to ${code}` : ""}, as the catalog words it (in French): « ${note} »`,
    notInDiploma: (code, diploma) => `${code} is not part of ${diploma}.`,
    yesNo: (yes) => (yes ? "Yes: " : "No: "),
    notCompulsory: "No, not compulsory: ",
    exemptionNotHeld: (code) => `An exemption from ${code} through a certificate or a diploma you already hold is not in my sources: its teaching secretariat or an advisor can tell you whether yours counts.`,
    offered: (code, title, others) => `Yes: ${code} — ${title}.${others ? ` Of the same kind, the catalog also has: ${others}.` : ""}`,
    stillAsks: (code, advice) => `To take ${code}, the catalog says (in French): « ${advice} ».`,
    unitsOnIt: (units, code) => `The catalog's units on it: ${units}. In ${code}:`,
    required: (code, block) => `${code} is compulsory (${block}).`,
    sameGroup: (codes, group, pick) =>
      `${codes} are in the same group (${group}); the ${pick} units to choose must come from ${pick} different groups, so only one of them can count.`,
    distinctGroups: (codes, groups, pick) => `Yes: ${codes} come from different groups (${groups}) and can count among the ${pick} units to choose.`,
    sameGroupIn: (codes, group, pick, diploma) =>
      `Yes: ${codes} are part of ${diploma}, in the same group (${group}); but the ${pick} units to choose come from ${pick} different groups, so only one of them counts.`,
    swapInGroup: (from, to, group) =>
      `Yes: ${from} and ${to} are in the same group (${group}); one unit of that group counts, and it may be either: ${to} can take the place of ${from}.`,
    tooMany: (count, pick) => `Note: you name ${count}, but only ${pick} units count in this block.`,
    inChoice: (codes, block) => `${codes} count${codes.includes(" and ") || codes.includes(", ") ? "" : "s"} in the block "${block}".`,
    whichDiploma: (list) => `Which diploma do you mean? My catalog holds: ${list}.`,
    compulsoryInEach: (code, diplomas, block) => `Yes: ${code} is compulsory in each of the catalog's engineering degrees (${diplomas}): ${block}.`,
    inChargeNotHeld: (code) =>
      `My sources do not give the name or address of the person in charge of ${code}. The diploma's teaching secretariat or an advisor can direct you. Shall I pass your question on to an advisor?`,
    notHeld: (named, known) => `My catalog does not hold that diploma (${named}): I have neither its units nor its conditions. It holds ${known}. An advisor can tell you about that diploma.`,
    unitsALaCarte: (field, units) => `In "${field}", the catalog has units you can take à la carte, without aiming at that diploma: ${units}.`,
    askComposition: (code) => `Which units make up ${code}?`,
    checkAction: (code) => `Plan my semesters for ${code}`,
    hours: (hours) => `${hours} h`,
    hoursRange: (min, max) => `${min} to ${max} h depending on the units chosen`,
    counted: (count, ects) => `${count} units of ${ects} ECTS to choose`,
    noClassHours: (codes) => `${codes}: activity unit, no class hours`,
    hoursTotal: (hours) => `In total: ${hours} of reference class hours (±10 % per unit), personal work excluded, from the credit-hour table.`,
    hoursUnknown: (codes) => `No reference hours for their credits, so not counted: ${codes}.`,
    accessShort: (said, code) => `No, not directly: from what you say (${said}), you do not have the profile expected to enter ${code}.`,
    accessNotHeld: (said, code) => `No, not directly: a diploma not obtained (${said}) does not give the profile expected to enter ${code}. The Cnam may judge your level equivalent; otherwise, preparatory units come first. An advisor will tell you.`,
    accessMet: (said, code) => `Yes, from what you say (${said}), you have the profile expected to enter ${code}; admission is still decided by the Cnam.`,
    accessDepends: (said, code) => `It depends on the field of your ${said} to enter ${code}:`,
    accessEquivalence: (said, code) =>
      `Not as of right: from what you say (${said}), it is not a computing diploma; whether it counts as the equivalent asked to enter ${code} is the Cnam's decision (an advisor can tell you), otherwise preparatory units come first.`,
    accessByExperience: (said, code) =>
      `Not automatically: from what you say (${said}), you do not hold the diploma asked to enter ${code}, but your experience in the field may count as the equivalent level the access allows: the Cnam decides (an advisor can tell you), otherwise preparatory units first.`,
    speciality: (inIt, asked) => `But at the thesis defence, ${asked} years in the speciality are asked: you say ${decimal(inIt, "en")} in IT.`,
    experienceToApply: (code, worked, required) =>
      worked >= required
        ? `On experience, yes: you say ${decimal(worked, "en")} year${worked === 1 ? "" : "s"} of work, and ${code} asks ${required} year${required === 1 ? "" : "s"} when you apply (admission also goes through what follows; the Cnam decides).`
        : `Not yet on experience: you say ${decimal(worked, "en")} year${worked === 1 ? "" : "s"} of work, and ${code} asks ${required} year${required === 1 ? "" : "s"} when you apply.`,
    accessNotByStudies: (_said, code) => `For ${code}, entry is not decided on studies alone: it goes as follows.`,
  },
};
