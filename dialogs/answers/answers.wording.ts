import type { Language } from "../../domain/language/language";
import type { AbstainReason } from "../../domain/understanding/understanding";
import { decimal } from "../common/catalog.wording";

/** Wording of the knowledge-base answers and of the assistant's honest fallbacks, French first. */
export const answersWording: Record<
  Language,
  {
    suggestionsIntro: string;
    abstain: Record<AbstainReason, string>;
    seeAlso: string;
    verdict: Record<"yes" | "no", string>;
    /** After the page on distance learning, to a question looking for units: the catalog's units taught at a distance. */
    atADistance: (units: string, more: number) => string;
    /** The same, to one who asks for units wholly at a distance: those with a term without group sessions on site. */
    whollyAtADistance: (units: string, more: number) => string;
    /** After the page on when classes meet, to a learner who said when they are free: the catalog's units that suit them. */
    freeTime: {
      intro: (from: string | undefined, late: boolean, noSaturday: boolean) => string;
      thatWay: (way: "weekdays" | "saturday" | "distance", units: string, more: number, from: string | undefined) => string;
      noneOnWeekdays: (from: string) => string;
      allSuit: (from: string) => string;
      allButSaturday: string;
      check: string;
    };
    /** One question of several that no page answers surely: said of that question, then the closest pages to pick from. */
    partSuggestions: (part: string) => string;
    /** One question of several that nothing answers: said of that question, with the advisor offer. */
    partUnknown: (part: string) => string;
  }
> = {
  fr: {
    suggestionsIntro: "Je ne suis pas sûr d'avoir compris. Vouliez-vous dire :",
    abstain: {
      unknown:
        "Je ne sais pas répondre à cette question, et je préfère ne pas deviner. Un conseiller peut vous répondre : voulez-vous que je lui transmette votre question ?",
      "off-topic":
        "Je ne peux répondre qu'aux questions sur les formations du Cnam Paris en cours du soir (UE, UA, US, crédits, inscriptions). Pour le reste, je ne sais pas. Un conseiller peut vous aider pour toute question sur votre parcours.",
      "course-content":
        "Je n'aide pas sur le contenu des cours (explications, exercices, révisions) : votre enseignant et l'espace numérique de formation de l'UE sont là pour ça. Je peux en revanche vous renseigner sur l'UE elle-même : prérequis, horaires, crédits, inscription.",
      "on-behalf":
        "Je ne peux faire aucune démarche à votre place : je ne vous inscris pas moi-même et je ne reçois pas vos données d'état civil. L'inscription se fait auprès du Cnam, après avoir vérifié votre planning (et obtenu l'autorisation de l'enseignant quand l'UE l'exige). Je peux en revanche vérifier si vous pouvez vous inscrire à une UE : demandez-moi par exemple « puis-je m'inscrire à GDN100 ? ».",
      "private-data":
        "Je ne communique jamais les données d'une autre personne. Je ne peux consulter que votre propre dossier, une fois que vous êtes connecté.",
      manipulation:
        "Je ne peux pas changer mes règles. Je peux en revanche répondre à vos questions sur les UE, les crédits et les inscriptions.",
      unclear: "Je n'ai pas compris votre message. Posez-moi une question, par exemple « c'est quoi une UE ? », ou dites « aide ».",
    },
    seeAlso: "Pour en savoir plus :",
    verdict: { yes: "Oui.", no: "Non." },
    freeTime: {
      intro: (from, late, noSaturday) =>
        `${from ? `Libre en semaine à partir de ${from}${noSaturday ? ", pas le samedi" : ""}` : "Avec les jours où vous n'êtes pas libre"} : ${late ? "les cours qui commencent à 18h15 vous sont fermés, mais " : ""}voici les UE du catalogue dont les cours vous conviennent.`,
      thatWay: (way, units, more, from) => `${{ weekdays: from ? `En semaine, à partir de ${from}` : "En semaine", saturday: "Le samedi", distance: "À distance (FOAD)" }[way]} : ${units}${more ? `, et ${more} autre${more > 1 ? "s" : ""}` : ""}`,
      noneOnWeekdays: (from) => `En semaine : aucun cours du catalogue ne commence à ${from} ou plus tard.`,
      allSuit: (from) => `Libre en semaine à partir de ${from} : les cours du soir (de 18h15 à 21h45) vous sont accessibles, comme ceux du samedi et à distance. Vérifiez les horaires de chaque UE dans l'emploi du temps.`,
      allButSaturday: "Sans le samedi, restent les cours du soir en semaine (de 18h15 à 21h45) et les UE à distance (FOAD) : la plupart des UE du catalogue. Vérifiez les horaires de chaque UE dans l'emploi du temps, ou demandez-moi « puis-je m'inscrire à … ? ».",
      check: "Les horaires peuvent changer d'une année à l'autre : vérifiez l'emploi du temps de l'UE, et demandez-moi « puis-je m'inscrire à … ? » pour en vérifier une.",
    },
    atADistance: (units, more) => `Dans le catalogue, à distance (FOAD) : ${units}${more ? `, et ${more} autre${more > 1 ? "s" : ""}` : ""}. Demandez-moi la fiche de l'une d'elles pour ses horaires et ses regroupements.`,
    whollyAtADistance: (units, more) =>
      `Dans le catalogue, entièrement à distance (FOAD, sans regroupement en présence indiqué) au moins un semestre : ${units}${more ? `, et ${more} autre${more > 1 ? "s" : ""}` : ""}. Où se passe l'examen n'est pas dans mes sources : le secrétariat de l'UE vous le dira. Demandez-moi la fiche de l'une d'elles pour ses semestres.`,
    partSuggestions: (part) => `Pour « ${part} », je n'ai pas de réponse sûre dans mes sources. S'il s'agit de l'une de ces questions, choisissez-la :`,
    partUnknown: (part) =>
      `Pour « ${part} », je n'ai pas la réponse dans mes sources, et je préfère ne pas deviner. Un conseiller peut vous répondre : voulez-vous que je lui transmette cette question ?`,
  },
  en: {
    suggestionsIntro: "I am not sure I understood. Did you mean:",
    abstain: {
      unknown: "I do not know the answer to this question, and I would rather not guess. An advisor can answer it: shall I pass your question on?",
      "off-topic":
        "I can only answer questions about Cnam Paris evening courses (UE, UA, US units, credits, enrolment). For anything else, I do not know. An advisor can help with any question about your studies.",
      "course-content":
        "I do not help with the content of courses (explanations, exercises, revision): your teacher and the unit's digital learning space are there for that. I can tell you about the unit itself: prerequisites, timetable, credits, enrolment.",
      "on-behalf":
        "I cannot take any step on your behalf: I do not enrol you myself and I do not take your personal details. You enrol with the Cnam, after checking your timetable (and getting the teacher's authorization when the unit requires it). I can, however, check whether you may enrol in a unit: ask me, for instance, \"can I enrol in GDN100?\".",
      "private-data": "I never share another person's data. I can only look at your own record, once you are signed in.",
      manipulation: "I cannot change my rules. I can, however, answer your questions about units, credits and enrolment.",
      unclear: 'I did not understand your message. Ask me a question, for instance "what is a UE?", or say "help".',
    },
    seeAlso: "More information:",
    freeTime: {
      intro: (from, late, noSaturday) =>
        `${from ? `Free on weekdays from ${from}${noSaturday ? ", not on Saturdays" : ""}` : "With the days you are not free"}: ${late ? "classes starting at 18:15 are out of reach, but " : ""}here are the catalog's units whose classes suit you.`,
      thatWay: (way, units, more, from) => `${{ weekdays: from ? `On weekdays, from ${from}` : "On weekdays", saturday: "On Saturdays", distance: "At a distance (FOAD)" }[way]}: ${units}${more ? `, and ${more} more` : ""}`,
      noneOnWeekdays: (from) => `On weekdays: no class of the catalog starts at ${from} or later.`,
      allSuit: (from) => `Free on weekdays from ${from}: evening classes (6:15 pm to 9:45 pm) are within reach, as are Saturday and distance ones. Check each unit's times in the timetable.`,
      allButSaturday: "Without Saturdays, weekday evening classes (6:15 pm to 9:45 pm) and distance units (FOAD) remain: most of the catalog's units. Check each unit's times in the timetable, or ask me \"can I enrol in …?\".",
      check: "Times may change from one year to the next: check the unit's timetable, and ask me \"can I enrol in …?\" to check one.",
    },
    atADistance: (units, more) => `In the catalog, at a distance (FOAD): ${units}${more ? `, and ${more} more` : ""}. Ask me for one of them for its times and group sessions.`,
    whollyAtADistance: (units, more) =>
      `In the catalog, wholly at a distance (FOAD, no in-person group sessions stated) in at least one semester: ${units}${more ? `, and ${more} more` : ""}. Where the exam is sat is not in my sources: the unit's secretariat will tell you. Ask me for one of them for its semesters.`,
    verdict: { yes: "Yes.", no: "No." },
    partSuggestions: (part) => `For "${part}", I have no sure answer in my sources. If it is one of these questions, pick it:`,
    partUnknown: (part) => `For "${part}", the answer is not in my sources, and I would rather not guess. An advisor can answer it: shall I pass this question on?`,
  },
};

type Fit = "met" | "short" | "if-in-field";
type Level = "bac+2" | "licence-l3" | "licence" | "titre-rncp" | "ingenieur";

/** Less than a year is said in months (« 8 mois »), and so is a sum of months that is no whole or half year (8 + 6 months: « 14 mois », not « 1,17 an »). */
const inMonths = (n: number) => n < 1 || (Math.round(n * 2) !== n * 2 && Math.abs(n * 12 - Math.round(n * 12)) < 1e-9);
const ans = (n: number) => (inMonths(n) ? `${Math.round(n * 12)} mois` : `${decimal(n, "fr")} an${n >= 2 ? "s" : ""}`);
const yrs = (n: number) => (inMonths(n) ? `${Math.round(n * 12)} month${Math.round(n * 12) === 1 ? "" : "s"}` : `${decimal(n, "en")} year${n === 1 ? "" : "s"}`);
const listFr = (items: readonly string[]) => (items.length > 1 ? `${items.slice(0, -1).join(", ")} et ${items.at(-1)}` : (items[0] ?? ""));
const listEn = (items: readonly string[]) => (items.length > 1 ? `${items.slice(0, -1).join(", ")} and ${items.at(-1)}` : (items[0] ?? ""));

/** A diploma's experience requirement applied to what the learner says of their work (before the general table). */
export const experienceWording: Record<
  Language,
  {
    level: Record<Level, string>;
    ua: (code: string, ects: number) => string;
    theUa: string;
    need: (years: number, inField: number) => string;
    internship: (min: number, max: number) => string;
    has: (years: number, inField: number | undefined) => string;
    lead: Record<Fit, string>;
    /** Asked whether the UA can be validated now, and the experience is short: « Pas encore ». */
    notYet: string;
    /** The lead when an internship said done is as long as the project's route asks: that route is open. */
    leadByInternship: string;
    forDiploma: (diploma: string) => string;
    dossier: Record<Fit, (ua: string, need: string, has: string, internship: string) => string>;
    /** An internship said done, as long as the project's route asks. */
    internshipDone: (months: number) => string;
    admission: Record<Fit, (diploma: string, years: number, has: string) => string>;
    atTheDefence: (ua: string, need: string) => string;
    /** The project route's own years (titre RNCP: 3 outside the field), and whether the learner's reach them. */
    projectYears: (years: number, met: boolean) => string;
    defence: Record<Fit, string>;
    /**
     * At the defence, years short but still being earned (the learner works): how many are missing, which the years of the course
     * normally bring — not the internship's route.
     */
    defenceGap: (ua: string, need: string, has: string, gap: string) => string;
    /** A length of time, as the learner would say it: « 6 mois », « 1 an ». */
    length: (years: number) => string;
    /** With no years said: what the diploma asks, « Oui, votre expérience peut compter » first when that is what was asked. */
    counts: (asked: boolean, diploma: string, ua: string, need: string, internship: string, admissionYears: number | undefined) => string;
    byLevel: (has: string, enough: readonly string[]) => string;
  }
> = {
  fr: {
    level: {
      "bac+2": "un bac+2",
      "licence-l3": "la licence L3 en entrée directe",
      licence: "la licence complète (L1 à L3)",
      "titre-rncp": "un titre RNCP (niveau 6 ou 5)",
      ingenieur: "le diplôme d'ingénieur",
    },
    ua: (code, ects) => `son UA ${code} (${ects} ECTS)`,
    theUa: "son UA",
    need: (years, inField) => (inField === 0 ? `${ans(years)} d'expérience` : inField === years ? `${ans(years)} d'expérience dans le domaine` : `${ans(years)} d'expérience, dont ${inField} dans le domaine`),
    internship: (min, max) => (min === max ? ` de ${min} mois` : ` de ${min} à ${max} mois`),
    has: (years, inField) =>
      inField === undefined
        ? `vous dites ${ans(years)} d'expérience`
        : inField === years
          ? `vous dites ${ans(years)} d'expérience dans l'informatique`
          : inField === 0
            ? `vous dites ${ans(years)} d'expérience, hors informatique`
            : `vous dites ${ans(years)} d'expérience, dont ${inMonths(inField) ? ans(inField) : decimal(inField, "fr")} dans l'informatique`,
    lead: { met: "Oui :", short: "Pas par un dossier d'expérience :", "if-in-field": "Cela dépend du domaine de cette expérience :" },
    notYet: "Pas encore :",
    leadByInternship: "Oui, par la voie du stage :",
    forDiploma: (diploma) => `pour ${diploma},`,
    internshipDone: (months) => `Votre stage de ${months} mois répond à cette voie : c'est pendant un stage de cette durée que se fait le projet d'application professionnelle ; un conseiller vous confirme si le vôtre peut servir.`,
    dossier: {
      met: (ua, need, has) => `${ua} demande ${need}, et ${has} : vous la validez par un dossier qui présente votre expérience (contexte, poste, activité, compétences).`,
      "if-in-field": (ua, need, has, internship) =>
        `${ua} demande ${need}, et ${has}. Si elle est dans le domaine, vous validez l'UA par un dossier d'expérience ; sinon, par un projet d'application professionnelle pendant un stage${internship}.`,
      short: (ua, need, has, internship) => `${ua} demande ${need}, et ${has}. L'UA se valide alors par un projet d'application professionnelle, pendant un stage${internship}.`,
    },
    admission: {
      met: (diploma, years, has) => `Oui pour candidater : ${diploma} demande ${ans(years)} d'expérience à la candidature, et ${has}.`,
      "if-in-field": (diploma, years, has) => `Oui pour candidater : ${diploma} demande ${ans(years)} d'expérience à la candidature, et ${has}.`,
      short: (diploma, years, has) => `Pas encore pour candidater : ${diploma} demande ${ans(years)} d'expérience à la candidature, et ${has}.`,
    },
    atTheDefence: (ua, need) => `Pour la soutenance du mémoire, ${ua} demandera ${need}.`,
    projectYears: (years, met) => `Cette voie demande ${ans(years)} d'expérience, même hors du domaine : ${met ? "vous les avez" : "pas encore atteints"}.`,
    defence: { met: "Oui pour la soutenance :", short: "Pas encore pour la soutenance :", "if-in-field": "Oui pour la soutenance, si cette expérience est dans la spécialité :" },
    defenceGap: (ua, need, has, gap) =>
      `${ua} demande ${need}, et ${has} : il vous manque ${gap} d'expérience, que vous aurez normalement acquis d'ici la soutenance, qui vient à la fin de la formation, si vous continuez à travailler dans le domaine.`,
    length: (years) => ans(years),
    counts: (asked, diploma, ua, need, internship, admissionYears) =>
      `${asked ? "Oui, votre expérience peut compter pour" : "Pour"} ${diploma} : ${ua} se valide par un dossier d'expérience si vous avez ${need} ; sinon, par un projet d'application professionnelle pendant un stage${internship}.${admissionYears ? ` Il faut aussi ${ans(admissionYears)} d'expérience pour candidater.` : ""}`,
    byLevel: (has, enough) =>
      enough.length
        ? `Oui, votre expérience peut compter (${has}) : c'est assez pour l'UA d'expérience de ces diplômes : ${listFr(enough)}, quand elle est dans le domaine du diplôme qui le demande. Le détail :`
        : `${has.charAt(0).toUpperCase()}${has.slice(1)} : c'est encore court pour les UA d'expérience, qu'un projet d'application professionnelle en stage peut alors valider. Le détail :`,
  },
  en: {
    level: {
      "bac+2": "a two-year diploma (bac+2)",
      "licence-l3": "the licence L3 with direct entry",
      licence: "the full licence (L1 to L3)",
      "titre-rncp": "an RNCP title (level 6 or 5)",
      ingenieur: "the engineering degree",
    },
    ua: (code, ects) => `its activity unit ${code} (${ects} ECTS)`,
    theUa: "its activity unit",
    need: (years, inField) => (inField === 0 ? `${yrs(years)} of experience` : inField === years ? `${yrs(years)} of experience in the field` : `${yrs(years)} of experience, ${inField} of them in the field`),
    internship: (min, max) => (min === max ? ` of ${min} months` : ` of ${min} to ${max} months`),
    has: (years, inField) =>
      inField === undefined
        ? `you mention ${yrs(years)} of experience`
        : inField === years
          ? `you mention ${yrs(years)} of experience in IT`
          : inField === 0
            ? `you mention ${yrs(years)} of experience, outside IT`
            : `you mention ${yrs(years)} of experience, ${inMonths(inField) ? yrs(inField) : decimal(inField, "en")} of them in IT`,
    lead: { met: "Yes:", short: "Not through an experience report:", "if-in-field": "It depends on the field of that experience:" },
    notYet: "Not yet:",
    leadByInternship: "Yes, through the internship route:",
    forDiploma: (diploma) => `for ${diploma},`,
    internshipDone: (months) => `Your ${months}-month internship fits that route: the professional application project is done during an internship of that length; an advisor confirms whether yours can serve.`,
    dossier: {
      met: (ua, need, has) => `${ua} requires ${need}, and ${has}: you validate it with a report presenting your experience (context, position, activity, skills).`,
      "if-in-field": (ua, need, has, internship) =>
        `${ua} requires ${need}, and ${has}. If it is in the field, you validate the unit with an experience report; otherwise, with a professional application project during an internship${internship}.`,
      short: (ua, need, has, internship) => `${ua} requires ${need}, and ${has}. The unit is then validated with a professional application project, during an internship${internship}.`,
    },
    admission: {
      met: (diploma, years, has) => `Yes, to apply: ${diploma} requires ${yrs(years)} of experience when applying, and ${has}.`,
      "if-in-field": (diploma, years, has) => `Yes, to apply: ${diploma} requires ${yrs(years)} of experience when applying, and ${has}.`,
      short: (diploma, years, has) => `Not yet, to apply: ${diploma} requires ${yrs(years)} of experience when applying, and ${has}.`,
    },
    atTheDefence: (ua, need) => `For the thesis defence, ${ua} will require ${need}.`,
    projectYears: (years, met) => `That route asks for ${yrs(years)} of experience, even outside the field: ${met ? "you have them" : "not reached yet"}.`,
    defence: { met: "Yes, for the thesis defence:", short: "Not yet, for the thesis defence:", "if-in-field": "Yes for the thesis defence, if that experience is in the speciality:" },
    defenceGap: (ua, need, has, gap) =>
      `${ua} requires ${need}, and ${has}: you are ${gap} of experience short, which you will normally have by the defence, at the end of the course, if you keep working in the field.`,
    length: (years) => yrs(years),
    counts: (asked, diploma, ua, need, internship, admissionYears) =>
      `${asked ? "Yes, your experience can count for" : "For"} ${diploma}: ${ua} is validated with an experience report if you have ${need}; otherwise, with a professional application project during an internship${internship}.${admissionYears ? ` You also need ${yrs(admissionYears)} of experience to apply.` : ""}`,
    byLevel: (has, enough) =>
      enough.length
        ? `Yes, your experience can count (${has}): it is enough for the experience unit of these diplomas: ${listEn(enough)}, when it is in the field of the diploma that asks for it. In detail:`
        : `${has.charAt(0).toUpperCase()}${has.slice(1)}: that is still short for the experience units, which a professional application project during an internship can then validate. In detail:`,
  },
};

/** A unit's grade below 10 and the overall average said, weighed before the page on compensation in the licence. */
export const compensationWording: Record<
  Language,
  {
    /** The unit not validated on its own (its grade, when said). */
    unitBelow: (code: string, grade: string | undefined) => string;
    /** A unit said not sat: no grade to compensate, which the sources do not settle. */
    unitNotSat: (code: string) => string;
    /** An average of at least 10/20: compensation may give the licence, to be confirmed (`after` a unit said not validated). */
    averageEnough: (average: string, after: boolean) => string;
    /** An average below 10/20: no compensation (after the reply's « Non. »). */
    averageShort: (average: string) => string;
    /** The lines of the learner's case, after the page's rule. */
    yourCase: (lines: readonly string[]) => string;
  }
> = {
  fr: {
    unitBelow: (code, grade) => `${code}${grade ? ` (${grade})` : ""} est sous 10/20 : l'UE n'est pas validée seule.`,
    unitNotSat: (code) =>
      `${code} n'a pas de note : la compensation porte sur une UE sous la moyenne, et mes sources ne disent pas si elle vaut pour une UE non passée : un conseiller ou l'équipe du diplôme peut vous le dire.`,
    averageEnough: (average, after) => `${after ? "Mais avec" : "avec"} ${average} de moyenne générale (au moins 10/20), la compensation peut vous permettre d'obtenir la licence : faites-le confirmer par un conseiller ou l'équipe du diplôme.`,
    averageShort: (average) => `Pas par la compensation : une moyenne générale de ${average} est sous 10/20.`,
    yourCase: (lines) => `Dans votre cas : ${lines.join(" ")}`,
  },
  en: {
    unitBelow: (code, grade) => `${code}${grade ? ` (${grade})` : ""} is below 10/20: the unit is not validated on its own.`,
    unitNotSat: (code) =>
      `${code} has no grade: compensation is for a unit below the pass mark, and my sources do not say whether it covers a unit not sat: an advisor or the diploma's team can tell you.`,
    averageEnough: (average, after) => `${after ? "But with" : "with"} an overall average of ${average} (at least 10/20), compensation may get you the licence: have it confirmed by an advisor or the diploma's team.`,
    averageShort: (average) => `Not through compensation: an overall average of ${average} is below 10/20.`,
    yourCase: (lines) => `In your case: ${lines.join(" ")}`,
  },
};
