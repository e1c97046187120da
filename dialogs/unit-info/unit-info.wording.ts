import { halfYears } from "../credit-hours/credit-hours.wording";
import type { UnitFilters } from "../../domain/understanding/unit-filters";
import type { Language } from "../../domain/language/language";
import type { UnitKind } from "../../domain/catalog/unit.schema";
import type { DetailKind, UnheldFacet } from "../../domain/understanding/unit-facets";

/** Wording of a unit's description, French first. */
export const unitInfoWording: Record<
  Language,
  {
    kind: Record<UnitKind, string>;
    credits: (ects: number) => string;
    /** A unit's class hours, whatever its kind: « 50 heures de cours de référence (45-55 h), hors travail personnel ». */
    referenceHours: (hours: number, range: string) => string;
    department: string;
    modalities: string;
    offerings: string;
    notScheduled: string;
    prerequisites: string;
    noPrerequisite: string;
    /** No unit required, a level expected: what the prerequisites are then. */
    levelOnly: (level: string) => string;
    oneOf: string;
    advice: string;
    recommended: string;
    /** On the card: the units that require this one. */
    requiredBefore: string;
    authorization: string;
    /** The form to download, when the catalog links it. */
    authorizationForm: (url: string) => string;
    diplomas: string;
    usOnly: string;
    exclusions: string;
    contact: string;
    sample: string;
    checkAction: (code: string) => string;
    /** One line of a unit's prerequisites, headed by the unit. */
    prerequisitesOf: (code: string, title: string, required: string) => string;
    /** Whether another unit the question names is a prerequisite: required, one of a group, advised only, or none. */
    isPrerequisite: (other: string, code: string) => string;
    isOneOfPrerequisites: (other: string, alternatives: readonly string[], code: string) => string;
    isAdvisedOnly: (other: string, code: string) => string;
    /** The other unit named as the level expected (« niveau NFA031 ou équivalent »): required, or that level otherwise. */
    isLevelExpected: (other: string, code: string) => string;
    /** Asked whether that unit is advised: it is, its level expected or an equivalent one. */
    isLevelAdvised: (other: string, code: string) => string;
    isNoPrerequisite: (other: string, code: string) => string;
    /** Needed first through the unit's own prerequisites (« through »: one unit, or alternatives joined by « / »). */
    isNeededThrough: (other: string, through: string, code: string) => string;
    /** Among units found, those whose advised level holds the language level the learner said. */
    forLevel: (said: string, units: string) => string;
    /** No unit's advised level holds the level said: those meant for another level, and those a test places learners in. */
    otherLevels: (said: string, elsewhere: string, placed: string) => string;
    /** A test the unit's advised level names, asked about: « il faut passer un test ? ». */
    testFirst: (code: string, advice: string) => string;
    /** Recorded sessions asked of a unit: the offerings whose timetable note says so, or that its card does not say. */
    recorded: (code: string, offerings: readonly string[]) => string;
    recordingsNotSaid: (code: string) => string;
    /** Beside it, the unit's offerings at a distance, followed from anywhere at any time. */
    alsoAtADistance: (offerings: readonly string[]) => string;
    /** The way to a unit (« dans quel ordre ? »): semester by semester, from the units said passed. */
    pathIntro: (code: string, title: string, passed: readonly string[]) => string;
    /** The units in the order the learner chose, each after the one before it. */
    pathChain: (codes: readonly string[]) => string;
    pathOpen: (code: string, title: string, passed: readonly string[]) => string;
    /** Units of the way with no class when the learner said they can come. */
    pathOutsideAvailability: (codes: readonly string[]) => string;
    pathSemester: (n: number, codes: readonly string[]) => string;
    pathAlternative: (chosen: string, others: readonly string[]) => string;
    pathRecommended: (codes: readonly string[]) => string;
    pathTotal: (semesters: number) => string;
    /** The way to several units at once (« UTC501 à 505 le plus vite possible, combien de semestres ? »): their sum, how they stand to one another, each one's times and level, the semesters at a few paces. */
    unitsPathHead: (codes: readonly string[], ects: number, hours: number) => string;
    unitsPathFree: string;
    unitsPathRequires: (code: string, required: readonly string[]) => string;
    unitsPathAdvises: (code: string, advised: readonly string[]) => string;
    unitsPathLevelNamesOthers: (code: string, others: readonly string[]) => string;
    unitsPathUnit: (code: string, title: string, ects: number, offerings: readonly string[], advice: string) => string;
    unitsPathFastest: (count: number, semesters: number, terms: readonly ("S1" | "S2")[]) => string;
    unitsPathPace: (perSemester: number, semesters: number, order: readonly { term: string; codes: readonly string[] }[]) => string;
    unitsPathAssumes: string;
    /** The units that follow one (« UTC505 ouvre quelles UE ? »): required by, advised before, none. */
    afterRequired: (code: string, units: string) => string;
    afterAdvised: (code: string, units: string) => string;
    afterNone: (code: string) => string;
    /** Beside a unit that follows: the other units it requires, or that it is open with those said passed. */
    afterAlso: (codes: string) => string;
    afterOpenToYou: string;
    /** Heading a search: the units those passed now open. */
    openedBy: (passed: string, count: number, units: string) => string;
    afterMissing: (codes: string) => string;
    needsAuthorization: (code: string) => string;
    noAuthorization: (code: string) => string;
    /** The card's line when no authorization is required. */
    authorizationNotRequired: string;
    inDiplomas: (code: string, diplomas: string) => string;
    /** A unit in none of the catalog's diplomas, with its title (which may name the kind it serves: « (titre RNCP, deux ans) »). */
    inNoDiploma: (code: string, title: string) => string;
    /** What the catalog does not hold, said plainly. */
    notInSources: Record<UnheldFacet | "exam-room", (code: string) => string>;
    /** The details asked that the catalog does not hold, named (« la forme et la durée de l'examen »). */
    detailsNotInSources: (code: string, details: readonly DetailKind[]) => string;
    askUnitContact: (code: string, contact: string) => string;
    inGeneral: string;
    offerAdvisor: string;
    /** Units found on a subject (« cours de réseaux »), and none found. */
    unitsOnSubject: (subject: string) => string;
    unitLine: (code: string, title: string, ects: number, terms: string) => string;
    /** What the units were looked for with (« à distance », « sans prérequis »), as said after « les UE ». */
    filterWords: Record<keyof UnitFilters, string>;
    /** Units found with filters: on a subject, on the learner's situation, or none said. */
    unitsFound: (subject: string | undefined, situation: boolean, filters: string) => string;
    /** No title on the subject passes the filters; the units of its department that do follow. */
    unitsOfDepartment: (subject: string | undefined, department: string, filters: string) => string;
    /** Of the units on a subject, how many are open with the studies the learner said (none: each asks something). */
    openWithStudies: (subject: string, open: number) => string;
    othersAsk: string;
    /** The units on a subject, as they are taught, after those of its department found another way. */
    asTaught: (subject: string) => string;
    /** None passes the filters; `others`: whether the units on the subject follow. */
    noneFound: (subject: string | undefined, situation: boolean, filters: string, others: boolean) => string;
    /** Where a unit stands against the filters: its terms at a distance, its prerequisites. */
    /** A unit's terms taught the way asked: « à distance : S1 ». */
    wayTerms: Record<"distance" | "saturday" | "distanceWithGatherings", (terms: string) => string>;
    requires: (what: string) => string;
    /** In a list of units found, whether each needs the teacher's authorization. */
    listedNeedsAuthorization: string;
    listedNoAuthorization: string;
    moreUnits: (count: number) => string;
    /** Before the units found with no prerequisite unit but with a level advised, listed after those with neither. */
    withAdvisedLevel: string;
    askAboutOne: (example: string) => string;
    /** For one who never programmed, the first programming unit, to take before or beside the units listed. */
    programmingFirst: (unit: string) => string;
    noUnitOnSubject: (subject: string) => string;
    /** The same for a subject said in the situation (« il y a un cours là-dessus ? »). */
    unitsOnSituation: string;
    noUnitOnSituation: string;
    describeAction: (code: string) => string;
  }
> = {
  fr: {
    kind: { UE: "Unité d'enseignement (UE)", UA: "Unité d'activité (UA)", US: "Unité spécifique (US)" },
    credits: (ects) => `${ects} ECTS`,
    referenceHours: (hours, range) => `soit ${hours} heures de cours de référence (${range}), hors travail personnel`,
    department: "Département",
    modalities: "Modalités",
    offerings: "Semestres et horaires",
    notScheduled: "pas de cours planifiés dans le catalogue (unité d'activité ou planning à venir)",
    prerequisites: "Prérequis",
    noPrerequisite: "aucun prérequis formel",
    levelOnly: (level) => `aucune UE exigée ; niveau attendu : ${level}`,
    oneOf: "l'une de",
    advice: "Niveau conseillé",
    recommended: "Conseillé avant",
    requiredBefore: "Exigée avant",
    authorization:
      "Inscription soumise à l'autorisation de l'enseignant : téléchargez le modèle d'autorisation, faites-le signer via le secrétariat pédagogique, puis inscrivez-vous.",
    authorizationForm: (url) => `[Modèle d'autorisation à télécharger](${url})`,
    diplomas: "Diplômes",
    usOnly: "réservée aux inscrits de ces diplômes",
    exclusions: "À ne pas suivre le même semestre que",
    contact: "Contact",
    sample: "(données d'exemple)",
    checkAction: (code) => `Puis-je m'inscrire à ${code} ?`,
    prerequisitesOf: (code, title, required) => `Prérequis de ${code} (${title}) : ${required}.`,
    recorded: (code, offerings) =>
      `Oui : d'après sa fiche, les séances de ${code} sont enregistrées (${offerings.join(" ; ")}). Si vous manquez une séance, vous pourrez donc la reprendre ; son espace numérique de formation ou son secrétariat pédagogique vous dira comment y accéder.`,
    recordingsNotSaid: (code) =>
      `La fiche de ${code} ne dit pas si ses séances sont enregistrées : je ne peux pas vous l'assurer. Son secrétariat pédagogique ou l'enseignant peuvent vous le dire.`,
    alsoAtADistance: (offerings) => `Elle existe aussi à distance (FOAD), cours mis en ligne dans l'espace numérique de formation : ${offerings.join(" ; ")}.`,
    isPrerequisite: (other, code) => `Oui : ${other} est un prérequis de ${code}, à valider (note d'au moins 10/20) avant de la suivre.`,
    isOneOfPrerequisites: (other, alternatives, code) => `Oui, ${other} ou ${alternatives.join(" ou ")} : ${code} demande d'avoir validé l'une d'elles.`,
    isAdvisedOnly: (other, code) => `Pas obligatoire : ${other} n'est pas un prérequis formel de ${code}, mais elle est conseillée avant (ou un niveau équivalent).`,
    isLevelAdvised: (other, code) => `Oui, conseillée : ${code} attend le niveau de ${other}, ou un niveau équivalent.`,
    isLevelExpected: (other, code) => `Pas forcément : ${code} attend le niveau de ${other}, ou un niveau équivalent. Sans avoir suivi ${other}, il faut avoir ce niveau autrement (l'enseignant ou un conseiller peut en juger).`,
    isNoPrerequisite: (other, code) => `Non : ${other} n'est pas un prérequis de ${code}.`,
    isNeededThrough: (other, through, code) => `Oui, indirectement : ${code} demande ${through.includes("/") ? `l'une de ${through}, qui demandent chacune` : `${through}, qui demande`} ${other} ; il faut donc valider ${other} d'abord.`,
    forLevel: (said, units) => `Pour le niveau que vous dites (${said}), le niveau conseillé correspond à : ${units}.`,
    otherLevels: (said, elsewhere, placed) =>
      `Pour le niveau que vous dites (${said}) : ${[elsewhere && `${elsewhere}, pour un autre niveau`, placed && `${placed}, où un test de positionnement décide du niveau`].filter(Boolean).join(" ; ")}.`,
    testFirst: (code, advice) => `Oui : pour ${code}, le catalogue indique « ${advice} » ; l'enseignant ou le secrétariat pédagogique vous dira comment le passer.`,
    pathIntro: (code, title, passed) => `Pour arriver à ${code} (${title})${passed.length ? `, avec ${passed.join(", ")} déjà ${passed.length > 1 ? "validées" : "validée"}` : ""}, dans l'ordre (chaque UE après ses prérequis) :`,
    pathOutsideAvailability: (codes) =>
      `⚠️ Avec les disponibilités que vous dites, ${codes.join(", ")} ${codes.length > 1 ? "n'ont" : "n'a"} aucun cours qui vous convienne : ce chemin n'est pas possible tel quel. Un conseiller peut chercher une solution avec vous.`,
    pathChain: (codes) => `${codes.join(", puis ")}, chacune après la précédente (et après ses prérequis) :`,
    pathOpen: (code, title, passed) => `${code} (${title}) n'attend ${passed.length ? "plus " : ""}aucun prérequis${passed.length ? ` avec ${passed.join(", ")} validée${passed.length > 1 ? "s" : ""}` : ""} : vous pouvez la suivre dès le semestre où elle est proposée.`,
    pathSemester: (n, codes) => `${n === 1 ? "1er" : `${n}e`} semestre : ${codes.join(", ")}`,
    pathAlternative: (chosen, others) => `${chosen} peut être remplacée par ${others.join(" ou ")}.`,
    pathRecommended: (codes) => `Conseillé avant, sans être exigé : ${codes.join(", ")}.`,
    pathTotal: (semesters) => `Soit ${semesters} semestres au minimum, si chaque UE est proposée au semestre voulu : vérifiez le planning, ou demandez « planifier mes semestres » pour un diplôme.`,
    unitsPathHead: (codes, ects, hours) => `${codes.slice(0, -1).join(", ")} et ${codes.at(-1)} : ${codes.length} UE, ${ects} ECTS, environ ${hours} h de cours de référence (hors travail personnel).`,
    unitsPathFree: "Aucune de ces UE n'exige une autre d'entre elles : vous pouvez les suivre dans l'ordre qui vous convient, et plusieurs le même semestre.",
    unitsPathRequires: (code, required) => `${code} demande ${required.join(" et ")} : à suivre un semestre après.`,
    unitsPathAdvises: (code, advised) => `${code} conseille le niveau de ${advised.join(" et ")} (conseillé, pas exigé) : à suivre un semestre après, pour arriver avec ce niveau.`,
    unitsPathLevelNamesOthers: (code, others) => `Le niveau conseillé de ${code} nomme aussi ${others.join(" et ")}, que vous ne citez pas : si vous ne ${others.length > 1 ? "les avez pas, comptez-les" : "l'avez pas, comptez-la"} avant.`,
    unitsPathUnit: (code, title, ects, offerings, advice) => `- ${code} ${title} (${ects} ECTS) : ${offerings.join(" ; ") || "aucun semestre de cours au catalogue"}${advice ? ` — niveau conseillé : ${advice}` : ""}`,
    unitsPathFastest: (count, semesters, terms) =>
      semesters === 1
        ? `Au plus vite : les ${count} le même semestre, soit 1 semestre (${terms.map((term) => (term === "S1" ? "de septembre à janvier" : "de février à juin")).join(" ou ")}), leurs horaires ne se chevauchant pas, si vous pouvez venir à chacun en plus de votre travail.`
        : `Au plus vite : au moins ${semesters} semestres (${halfYears(semesters, "fr")}) : les semestres où elles sont proposées, leurs horaires ou leurs prérequis ne permettent pas de toutes les suivre ensemble.`,
    unitsPathPace: (perSemester, semesters, order) =>
      `À ${perSemester === 1 ? "une UE" : `${perSemester} UE`} par semestre : ${semesters} semestre${semesters > 1 ? "s" : ""}${semesters > 1 ? ` (${halfYears(semesters, "fr")})` : ""}${order.length ? ` :\n${order.map((semester, i) => `${i + 1}. ${semester.term} : ${semester.codes.join(", ")}`).join("\n")}` : "."}`,
    unitsPathAssumes: "Ce calcul suppose chaque UE validée du premier coup et proposée aux mêmes semestres et horaires qu'aujourd'hui : vérifiez-les à l'inscription.",
    afterRequired: (code, units) => `${code} est exigée avant :\n${units}`,
    afterAdvised: (code, units) => `${code} est conseillée (sans être exigée) avant : ${units}.`,
    afterNone: (code) => `Aucune UE du catalogue n'exige ${code} comme prérequis.`,
    afterAlso: (codes) => `demande aussi ${codes}`,
    afterOpenToYou: "ouverte pour vous avec ce que vous avez validé",
    openedBy: (passed, count, units) => `Avec ${passed} ${count > 1 ? "validées" : "validée"}, vous pouvez maintenant suivre : ${units}.`,
    afterMissing: (codes) => `il vous manque encore ${codes}`,
    needsAuthorization: (code) => `Oui : l'inscription à ${code} est soumise à l'autorisation de l'enseignant.`,
    noAuthorization: (code) => `Non : ${code} ne demande pas d'autorisation particulière de l'enseignant.`,
    authorizationNotRequired: "Autorisation de l'enseignant : non demandée",
    inDiplomas: (code, diplomas) => `${code} compte dans : ${diplomas}.`,
    inNoDiploma: (code, title) => `${code} (${title}) ne fait partie d'aucun diplôme de mon catalogue ; ses crédits restent capitalisés.`,
    notInSources: {
      fees: (code) => `Je n'ai pas le tarif de ${code} dans mes sources.`,
      "exam-date": (code) => `Je n'ai pas la date de l'examen de ${code} dans mes sources.`,
      teacher: (code) => `Je n'ai ni le nom ni les coordonnées de l'enseignant de ${code} dans mes sources.`,
      seats: (code) => `Je n'ai pas le nombre de places restantes en ${code} dans mes sources.`,
      "class-size": (code) => `Je n'ai pas la taille habituelle des groupes de ${code} dans mes sources.`,
      contact: (code) => `Je n'ai pas les coordonnées du secrétariat de ${code} dans mes sources : la fiche de l'UE sur le site du Cnam les donne.`,
      "pass-rate": (code) => `Je n'ai pas le taux de réussite de ${code} dans mes sources.`,
      room: (code) => `Je n'ai pas la salle ni l'adresse des cours de ${code} dans mes sources.`,
      "exam-room": (code) => `Je n'ai pas la salle ni le lieu de l'examen de ${code} dans mes sources.`,
      "teaching-language": (code) => `Je n'ai pas la langue d'enseignement de ${code} dans mes sources.`,
      detail: (code) =>
        `Mes sources ne disent pas cela de ${code} : j'ai sa description, ses prérequis, ses horaires, ses crédits et les diplômes où elle compte, pas ce détail. La fiche de l'UE sur le site du Cnam ou son secrétariat pédagogique peuvent vous le dire.`,
    },
    detailsNotInSources: (code, details) =>
      `Pour ${code}, je n'ai pas dans mes sources ${details.map((detail) => DETAIL_FR[detail]).join(", ni ")}. La fiche de l'UE sur le site du Cnam ou son secrétariat pédagogique peuvent vous le dire.`,
    askUnitContact: (code, contact) => `Pour ${code}, le contact est : ${contact}.`,
    inGeneral: "En général :",
    offerAdvisor: "Voulez-vous que je transmette votre question à un conseiller ?",
    unitsOnSubject: (subject) => `Les UE du catalogue sur « ${subject} » :`,
    unitLine: (code, title, ects, terms) => `- ${code} — ${title} (${ects} ECTS${terms ? `, ${terms}` : ""})`,
    filterWords: { distance: "à distance (FOAD)", noPrerequisite: "sans prérequis", beginner: "pour débutants (sans prérequis)", saturday: "le samedi" },
    unitsFound: (subject, situation, filters) => `Les UE du catalogue${subject ? ` sur « ${subject} »` : situation ? " qui en parlent" : ""} ${filters} :`,
    unitsOfDepartment: (subject, department, filters) =>
      subject ? `Je ne trouve pas d'UE dont le titre parle de « ${subject} » ${filters}. Celles du département ${department} ${filters} :` : `Les UE du département ${department} ${filters} :`,
    asTaught: (subject) => `Celles sur « ${subject} », telles qu'elles sont enseignées :`,
    openWithStudies: (subject, open) =>
      open === 0
        ? `Avec les études que vous indiquez, aucune UE sur « ${subject} » ne vous est ouverte sans rien avant : chacune demande une UE validée ou un niveau d'études que vous n'avez pas.`
        : `Avec les études que vous indiquez, ${open === 1 ? "une seule UE" : `${open} UE`} sur « ${subject} » ${open === 1 ? "ne demande" : "ne demandent"} ni UE validée avant, ni un niveau d'études que vous n'avez pas : c'est par là que commencer.`,
    othersAsk: "Les autres demandent quelque chose :",
    noneFound: (subject, situation, filters, others) =>
      `Je ne trouve pas d'UE${subject ? ` sur « ${subject} »` : situation ? " qui en parle" : ""} ${filters} dans le catalogue que je connais.${others ? ` Celles ${subject ? `sur « ${subject} »` : "qui en parlent"}, avec ce qu'elles demandent :` : " Un conseiller peut vous orienter."}`,
    wayTerms: { distance: (terms) => `à distance : ${terms}`, distanceWithGatherings: (terms) => `à distance avec des regroupements en présence : ${terms}`, saturday: (terms) => `le samedi : ${terms}` },
    requires: (what) => `demande : ${what}`,
    listedNeedsAuthorization: "sur autorisation de l'enseignant",
    listedNoAuthorization: "sans autorisation à demander",
    moreUnits: (count) => `… et ${count} autre${count > 1 ? "s" : ""}.`,
    withAdvisedLevel: "Sans UE exigée avant, mais avec un niveau conseillé :",
    askAboutOne: (example) => `Pour la fiche de l'une d'elles (horaires, prérequis), choisissez-la ou demandez-moi par exemple « c'est quoi ${example} ? ».`,
    programmingFirst: (unit) => `Vous dites n'avoir jamais programmé : pour apprendre les bases de la programmation, le catalogue propose aussi, sans prérequis, ${unit}.`,
    noUnitOnSubject: (subject) =>
      `Je ne trouve pas d'UE sur « ${subject} » dans le catalogue que je connais. Le site du Cnam Paris liste toutes les formations, et un conseiller peut vous orienter.`,
    unitsOnSituation: "Les UE du catalogue qui en parlent :",
    noUnitOnSituation: "Je ne trouve pas d'UE du catalogue dont l'intitulé en parle. Le site du Cnam Paris liste toutes les formations, et un conseiller peut vous orienter.",
    describeAction: (code) => `C'est quoi ${code} ?`,
  },
  en: {
    kind: { UE: "Teaching unit (UE)", UA: "Activity unit (UA)", US: "Specific unit (US)" },
    credits: (ects) => `${ects} ECTS`,
    referenceHours: (hours, range) => `that is ${hours} reference class hours (${range}), personal work excluded`,
    department: "Department",
    modalities: "Modalities",
    offerings: "Semesters and times",
    notScheduled: "no classes scheduled in the catalog (activity unit, or timetable not yet published)",
    prerequisites: "Prerequisites",
    noPrerequisite: "no formal prerequisite",
    levelOnly: (level) => `no unit required; expected level: ${level}`,
    oneOf: "one of",
    advice: "Advised level",
    recommended: "Advised beforehand",
    requiredBefore: "Required before",
    authorization:
      "Enrolment needs the teacher's authorization: download the authorization form, have it signed through the teaching secretariat, then enrol.",
    authorizationForm: (url) => `[Authorization form to download](${url})`,
    diplomas: "Diplomas",
    usOnly: "open only to learners registered in them",
    exclusions: "Not to be taken in the same semester as",
    contact: "Contact",
    sample: "(sample data)",
    checkAction: (code) => `Can I enrol in ${code}?`,
    prerequisitesOf: (code, title, required) => `Prerequisites of ${code} (${title}): ${required}.`,
    recorded: (code, offerings) =>
      `Yes: according to its card, the sessions of ${code} are recorded (${offerings.join("; ")}). If you miss a session, you can catch up on it; its digital learning space or its secretariat will tell you how to access the recordings.`,
    recordingsNotSaid: (code) =>
      `The card of ${code} does not say whether its sessions are recorded, so I cannot promise it. Its secretariat or the teacher can tell you.`,
    alsoAtADistance: (offerings) => `It is also offered at a distance (FOAD), with the course put online in the digital learning space: ${offerings.join("; ")}.`,
    isPrerequisite: (other, code) => `Yes: ${other} is a prerequisite of ${code}, to validate (a grade of at least 10/20) before taking it.`,
    isOneOfPrerequisites: (other, alternatives, code) => `Yes, ${other} or ${alternatives.join(" or ")}: ${code} requires one of them validated.`,
    isAdvisedOnly: (other, code) => `Not required: ${other} is no formal prerequisite of ${code}, but it is advised beforehand (or an equivalent level).`,
    isLevelAdvised: (other, code) => `Yes, advised: ${code} expects the level of ${other}, or an equivalent level.`,
    isLevelExpected: (other, code) => `Not necessarily: ${code} expects the level of ${other}, or an equivalent level. Without having taken ${other}, you need that level otherwise (the teacher or an advisor can judge).`,
    isNoPrerequisite: (other, code) => `No: ${other} is not a prerequisite of ${code}.`,
    isNeededThrough: (other, through, code) => `Yes, indirectly: ${code} requires ${through.includes("/") ? `one of ${through}, each of which requires` : `${through}, which requires`} ${other}; so ${other} must be validated first.`,
    forLevel: (said, units) => `For the level you say you have (${said}), the advised level fits: ${units}.`,
    otherLevels: (said, elsewhere, placed) =>
      `For the level you say you have (${said}): ${[elsewhere && `${elsewhere}, meant for another level`, placed && `${placed}, where a placement test decides the level`].filter(Boolean).join("; ")}.`,
    testFirst: (code, advice) => `Yes: for ${code}, the catalog says "${advice}"; the teacher or the teaching secretariat will tell you how to take it.`,
    pathIntro: (code, title, passed) => `To get to ${code} (${title})${passed.length ? `, with ${passed.join(", ")} already passed` : ""}, in order (each unit after its prerequisites):`,
    pathOutsideAvailability: (codes) =>
      `⚠️ With the times you say you can come, ${codes.join(", ")} ${codes.length > 1 ? "have" : "has"} no class that suits you: this way is not possible as it is. An advisor can look for a solution with you.`,
    pathChain: (codes) => `${codes.join(", then ")}, each after the one before (and after its prerequisites):`,
    pathOpen: (code, title, passed) => `${code} (${title}) needs no ${passed.length ? "other " : ""}prerequisite${passed.length ? ` with ${passed.join(", ")} passed` : ""}: you can take it in any semester it is offered.`,
    pathSemester: (n, codes) => `Semester ${n}: ${codes.join(", ")}`,
    pathAlternative: (chosen, others) => `${chosen} can be replaced by ${others.join(" or ")}.`,
    pathRecommended: (codes) => `Advised beforehand, not required: ${codes.join(", ")}.`,
    pathTotal: (semesters) => `That is ${semesters} semesters at least, if each unit is offered in the semester needed: check the timetable, or ask "plan my semesters" for a diploma.`,
    unitsPathHead: (codes, ects, hours) => `${codes.slice(0, -1).join(", ")} and ${codes.at(-1)}: ${codes.length} units, ${ects} ECTS, about ${hours} h of reference class hours (personal work not included).`,
    unitsPathFree: "None of these units requires another of them: you can take them in the order that suits you, and several in the same semester.",
    unitsPathRequires: (code, required) => `${code} requires ${required.join(" and ")}: to take a semester later.`,
    unitsPathAdvises: (code, advised) => `${code} advises the level of ${advised.join(" and ")} (advised, not required): to take a semester later, to start it with that level.`,
    unitsPathLevelNamesOthers: (code, others) => `${code}'s advised level also names ${others.join(" and ")}, which you do not list: if you do not have ${others.length > 1 ? "them, count them" : "it, count it"} before.`,
    unitsPathUnit: (code, title, ects, offerings, advice) => `- ${code} ${title} (${ects} ECTS): ${offerings.join("; ") || "no semester of classes in the catalog"}${advice ? ` — advised level: ${advice}` : ""}`,
    unitsPathFastest: (count, semesters, terms) =>
      semesters === 1
        ? `As fast as possible: ${count === 2 ? "both" : `all ${count}`} in the same semester, so 1 semester (${terms.map((term) => (term === "S1" ? "September to January" : "February to June")).join(" or ")}), their times not overlapping, if you can attend each one besides your work.`
        : `As fast as possible: at least ${semesters} semesters (${halfYears(semesters, "en")}): the semesters they are offered in, their times or their prerequisites do not let you take them all together.`,
    unitsPathPace: (perSemester, semesters, order) =>
      `At ${perSemester === 1 ? "one unit" : `${perSemester} units`} a semester: ${semesters} semester${semesters > 1 ? "s" : ""}${semesters > 1 ? ` (${halfYears(semesters, "en")})` : ""}${order.length ? `:\n${order.map((semester, i) => `${i + 1}. ${semester.term}: ${semester.codes.join(", ")}`).join("\n")}` : "."}`,
    unitsPathAssumes: "This assumes each unit passed at the first attempt and offered in the same semesters and times as today: check them when you enrol.",
    afterRequired: (code, units) => `${code} is required before:\n${units}`,
    afterAdvised: (code, units) => `${code} is advised (not required) before: ${units}.`,
    afterNone: (code) => `No unit of the catalog requires ${code} as a prerequisite.`,
    afterAlso: (codes) => `also requires ${codes}`,
    afterOpenToYou: "open to you with what you have passed",
    openedBy: (passed, _count, units) => `With ${passed} passed, you can now take: ${units}.`,
    afterMissing: (codes) => `you still need ${codes}`,
    needsAuthorization: (code) => `Yes: enrolling in ${code} needs the teacher's authorization.`,
    noAuthorization: (code) => `No: ${code} needs no particular authorization from the teacher.`,
    authorizationNotRequired: "Teacher's authorization: not required",
    inDiplomas: (code, diplomas) => `${code} counts toward: ${diplomas}.`,
    inNoDiploma: (code, title) => `${code} (${title}) is part of no diploma in my catalog; its credits stay capitalised.`,
    notInSources: {
      fees: (code) => `My sources do not give the price of ${code}.`,
      "exam-date": (code) => `My sources do not give the date of the exam of ${code}.`,
      teacher: (code) => `My sources give neither the name nor the contact details of the teacher of ${code}.`,
      seats: (code) => `My sources do not say how many seats are left in ${code}.`,
      "class-size": (code) => `My sources do not give the usual class size of ${code}.`,
      contact: (code) => `My sources do not give the contact details of the secretariat of ${code}: the unit's page on the Cnam website does.`,
      "pass-rate": (code) => `My sources do not give the pass rate of ${code}.`,
      room: (code) => `My sources do not give the room or address of the classes of ${code}.`,
      "exam-room": (code) => `My sources do not give the room or place of the exam of ${code}.`,
      "teaching-language": (code) => `My sources do not say in which language ${code} is taught.`,
      detail: (code) =>
        `My sources do not say that about ${code}: I have its description, prerequisites, timetable, credits and the diplomas it counts for, not that detail. The unit's page on the Cnam website or its secretariat can tell you.`,
    },
    detailsNotInSources: (code, details) =>
      `For ${code}, my sources do not give ${details.map((detail) => DETAIL_EN[detail]).join(", nor ")}. The unit's page on the Cnam website or its secretariat can tell you.`,
    askUnitContact: (code, contact) => `For ${code}, the contact is: ${contact}.`,
    inGeneral: "In general:",
    offerAdvisor: "Shall I pass your question on to an advisor?",
    unitsOnSubject: (subject) => `Units of the catalog on "${subject}":`,
    unitLine: (code, title, ects, terms) => `- ${code} — ${title} (${ects} ECTS${terms ? `, ${terms}` : ""})`,
    filterWords: { distance: "taught at a distance (FOAD)", noPrerequisite: "with no prerequisite", beginner: "for beginners (no prerequisite)", saturday: "on Saturdays" },
    unitsFound: (subject, situation, filters) => `Units of the catalog${subject ? ` on "${subject}"` : situation ? " that speak of it" : ""} ${filters}:`,
    unitsOfDepartment: (subject, department, filters) =>
      subject ? `I cannot find a unit whose title speaks of "${subject}" ${filters}. Those of the ${department} department ${filters}:` : `Units of the ${department} department ${filters}:`,
    asTaught: (subject) => `Those on "${subject}", as they are taught:`,
    openWithStudies: (subject, open) =>
      open === 0
        ? `With the studies you mention, no unit on "${subject}" is open to you with nothing before: each asks for a unit passed or a level of studies you do not have.`
        : `With the studies you mention, ${open === 1 ? "only one unit" : `${open} units`} on "${subject}" ${open === 1 ? "asks" : "ask"} for no unit passed before and no level of studies you do not have: that is where to start.`,
    othersAsk: "The others ask for something:",
    noneFound: (subject, situation, filters, others) =>
      `I cannot find a unit${subject ? ` on "${subject}"` : situation ? " that speaks of it" : ""} ${filters} in the catalog I know.${others ? ` Those ${subject ? `on "${subject}"` : "that speak of it"}, with what they ask:` : " An advisor can guide you."}`,
    wayTerms: { distance: (terms) => `at a distance: ${terms}`, distanceWithGatherings: (terms) => `at a distance, with in-person group sessions: ${terms}`, saturday: (terms) => `on Saturdays: ${terms}` },
    requires: (what) => `asks for: ${what}`,
    listedNeedsAuthorization: "needs the teacher's authorization",
    listedNoAuthorization: "no authorization needed",
    moreUnits: (count) => `… and ${count} more.`,
    withAdvisedLevel: "No unit required before, but a level advised:",
    askAboutOne: (example) => `For the details of one of them (timetable, prerequisites), pick it or ask me for instance "what is ${example}?".`,
    programmingFirst: (unit) => `You say you have never programmed: to learn the basics of programming, the catalog also offers, with no prerequisite, ${unit}.`,
    noUnitOnSubject: (subject) =>
      `I cannot find a unit on "${subject}" in the catalog I know. The Cnam Paris website lists every course, and an advisor can guide you.`,
    unitsOnSituation: "Units of the catalog that speak of it:",
    noUnitOnSituation: "I cannot find a unit of the catalog whose title speaks of it. The Cnam Paris website lists every course, and an advisor can guide you.",
    describeAction: (code) => `What is ${code}?`,
  },
};

/** The details of a unit the catalog does not hold, as named in a reply. */
const DETAIL_FR: Record<DetailKind, string> = {
  "results-date": "la date de publication de ses résultats",
  materials: "les supports, manuels ou logiciels du cours",
  "exam-format": "la forme ni la durée de son examen (écrit, QCM, documents autorisés, sur place ou à distance)",
  assessment: "le détail de sa notation (devoirs, contrôle continu, correction)",
  attendance: "ses règles d'assiduité",
  "teacher-manner": "d'avis sur son enseignant",
  "past-papers": "ses annales ni leurs corrigés",
  "class-grades": "les notes moyennes de sa promotion",
  difficulty: "sa difficulté ni sa charge de travail",
  "placement-score": "la forme de son test de positionnement ni le score attendu",
  "placement-test": "la durée ni la date de son test de positionnement",
  auditing: "la possibilité de la suivre sans passer l'examen",
  recognition: "sa reconnaissance hors du Cnam",
  exemption: "les conditions d'une dispense (par une certification ou un diplôme déjà obtenu)",
  "enrolment-dates": "ses dates d'inscription",
  certificates: "qui délivre ses attestations (de présence, d'inscription)",
  accessibility: "l'accessibilité de ses supports et de ses examens en situation de handicap (lecteur d'écran, aménagements d'examen), ni qui s'en occupe au Cnam",
  practicals: "la répartition de ses séances (cours, TD, TP)",
  invoicing: "sa facturation (facture ou devis au nom d'une entreprise)",
};
const DETAIL_EN: Record<DetailKind, string> = {
  "results-date": "the date its results are published",
  materials: "its course materials, textbooks or software",
  "exam-format": "the form or length of its exam (written, multiple choice, documents allowed, on site or remote)",
  assessment: "the details of its grading (homework, continuous assessment, marking)",
  attendance: "its attendance rules",
  "teacher-manner": "any opinion on its teacher",
  "past-papers": "its past papers or their answers",
  "class-grades": "its class's average grades",
  difficulty: "how hard it is or its workload",
  "placement-score": "the form of its placement test or the score expected",
  "placement-test": "the length or the date of its placement test",
  auditing: "whether it can be followed without sitting the exam",
  recognition: "its recognition outside the Cnam",
  exemption: "the conditions of an exemption (by a certificate or a diploma already held)",
  "enrolment-dates": "its enrolment dates",
  certificates: "who issues its certificates (of attendance, of enrolment)",
  accessibility: "how accessible its materials and exams are with a disability (screen reader, exam arrangements), nor who handles this at the Cnam",
  practicals: "how its sessions are split (lectures, tutorials, lab sessions)",
  invoicing: "how it is invoiced (an invoice or a quote made out to a company)",
};
