import type { Modality, Weekday } from "../../domain/catalog/timetable";
import type { Language } from "../../domain/language/language";
import type {
  Assumption,
  AuthorizationStep,
  ConstraintChange,
  ConstraintConflict,
  CriticalReason,
  OfferingExclusion,
  PlannedUnit,
  PlanningConstraints,
  Relaxation,
  UnitBlock,
} from "../../domain/planning/planning.types";
import type { Term } from "../../domain/semester/semester";
import { catalogWording, describeSlot, list } from "../common/catalog.wording";
import { commonWording } from "../common/common.wording";
import type { DiplomaAtAPace } from "../../domain/planning/units-at-a-pace.rule";
import { halfYears } from "../credit-hours/credit-hours.wording";

interface PlanningWords {
  label: string;
  help: string;
  // The questions.
  askDiploma: (examples: string) => string;
  diplomaNotHeld: (named: string, known: string) => string;
  retryDiploma: string;
  askWhichDiploma: (diplomas: string) => string;
  unknownDiploma: (code: string, closest: readonly string[]) => string;
  planFor: (code: string) => string;
  visitorIntro: string;
  askPassed: string;
  retryPassed: string;
  unknownUnits: (unknown: readonly { code: string; closest: readonly string[] }[]) => string;
  noneWords: RegExp;
  askConstraints: (defaults: string) => string;
  /**
   * Before a plan made without asking (a general question, or everything said at once): what it
   * assumes. `from`: "record" when the plan rests on the learner's record (not on units said);
   * "unsaid" when the learner named no unit when asked, so none is counted, and they are told so
   * (the refine hint after the plan says how to add them: « j'ai validé … »).
   */
  directAssumes: (passed: readonly string[], defaults: string, from?: "record" | "unsaid", creditsSaid?: number) => string;
  /** The diploma's credits asked with its length: its total, and that its length depends on the pace (the plan follows). */
  diplomaCredits: (diploma: string, ects: number, sample: boolean) => string;
  /** « 2 UE par semestre » said: the diploma's taught units still to take, and the semesters they take at least at that pace. */
  atAPace: (title: string, paced: DiplomaAtAPace, perSemester: number, passedSome: boolean) => string;
  /** What the visitor said of their studies, and the diploma's note on who enters it. */
  accessCaution: (said: string | undefined, note: string) => string;
  /** Studies said that meet the diploma's access (« DUT info » for « Accès en L3 avec un DUT/BTS informatique »): said before the plan. */
  accessMet: (said: string, code: string) => string;
  /** After such a plan: how to make it the learner's own. */
  refineHint: string;
  /** The same for a plan made from the learner's record: only the constraints are theirs to change. */
  refineHintRecord: string;
  retryConstraints: string;
  keepWords: RegExp;
  keepButton: string;
  constraintButtons: readonly string[];
  zeroEvenings: string;
  conflicts: Record<ConstraintConflict["kind"], string>;
  recordMissing: string;
  identityChanged: string;
  // The plan.
  title: (diploma: string, semesters: number, completes: string) => string;
  /** The title of a plan that comes after preparatory units (see afterPreparatory): no completion date. */
  titleAfterPreparatory: (diploma: string, semesters: number) => string;
  indicative: string;
  visitorNote: string;
  months: Record<Term, string>;
  evenings: (count: number, days: string) => string;
  noEvening: string;
  blockedDays: (count: number) => string;
  credits: (ects: number) => string;
  /** A semester's credits when it holds an activity unit, whose credits a per-semester limit does not count. */
  creditsWithUa: (taught: number, ua: number) => string;
  nothingThisSemester: string;
  modality: Record<Modality, string>;
  hours: (hours: number) => string;
  authorization: string;
  kept: string;
  prerequisiteOf: (codes: string) => string;
  ua: { dossier: string; project: (months?: string) => string; either: string; admission: string; thesis: string };
  summary: (completes: string, semesters: number, peak: number) => string;
  /** A plan for someone whose studies are not those the diploma's access expects: its semesters come after the preparatory units, uncounted. */
  afterPreparatory: (semesters: number) => string;
  authorizationsTitle: string;
  authorizationStep: (step: AuthorizationStep, month: string, whom: string) => string;
  granted: (unit: string, semester: string) => string;
  secretariatFallback: string;
  whyTitle: string;
  assumptionsTitle: string;
  assumption: (assumption: Assumption) => string;
  constraintsSummary: (parts: string) => string;
  constraint: {
    evenings: (n: number) => string;
    noEveningLimit: string;
    ects: (n: number) => string;
    units: (n: number) => string;
    notOn: (days: readonly string[]) => string;
    weekdaysFrom: (time: string, except: readonly string[], exceptAt?: string) => string;
    saturdayHalf: { morning: string; afternoon: string };
    accepted: (modalities: string) => string;
    preferred: (modalities: string) => string;
    from: (semester: string) => string;
    noBlockedDays: string;
  };
  reason: {
    singleSemester: string;
    chain: (chain: string) => string;
    onceAYear: (units: string, term: string, plural: boolean, atYourTimes: boolean) => string;
    timetable: string;
    combined: string;
  };
  change: (change: ConstraintChange, days: Record<Weekday, string>) => string;
  /** Without `completes` for a plan after preparatory units: its length only, no date. */
  relaxation: (change: string, completes: string | undefined, semesters: number) => string;
  monthName: Record<2 | 9, string>;
  offerAdvisor: string;
  eligibilityAction: (code: string, semester: string) => string;
  handoffQuestion: (code: string, completes: string, semesters: string, constraints: string) => string;
  // No plan.
  complete: (diploma: string) => string;
  infeasible: (diploma: string) => string;
  /** The diploma's units that fit the constraints, though no whole plan does; then those that do not. */
  unitsThatFit: string;
  /** Said after a UA among the units that fit: it has no classes. */
  noClasses: string;
  unitsThatDoNot: string;
  tooTight: string;
  /** Why units cannot be planned; `plural`: several units share the reason. */
  block: (block: UnitBlock, days: Record<Weekday, string>, plural: boolean) => string;
  relaxationsTitle: string;
  noRelaxation: string;
  tooComplex: (diploma: string) => string;
}

const S1_MONTHS = { fr: "septembre à janvier", en: "September to January" };
const S2_MONTHS = { fr: "février à juin", en: "February to June" };

/** Wording of the semester planner, French first. */
export const planningWording: Record<Language, PlanningWords> = {
  fr: {
    label: "Plan de semestres (règle)",
    help: "planifier vos semestres jusqu'au diplôme (« en combien de temps puis-je finir ma licence ? »)",
    askDiploma: (examples) => `Pour quel diplôme dois-je planifier vos semestres ? Par exemple ${examples}.`,
    diplomaNotHeld: (named, known) =>
      `Mon catalogue ne contient pas ce diplôme (${named}) : je ne peux pas en planifier les semestres ni en donner les UE. Il contient ${known}. Un conseiller peut vous renseigner sur ce diplôme.`,
    retryDiploma: "Donnez-moi le code du diplôme (par exemple LG02501A), ou « la licence », « l'ingénieur cybersécurité ».",
    askWhichDiploma: (diplomas) => `Vous êtes inscrit(e) à plusieurs diplômes : ${diplomas}. Lequel dois-je planifier ?`,
    unknownDiploma: (code, closest) =>
      `Je ne connais pas le diplôme ${code}.${closest.length ? ` Vouliez-vous dire ${list(closest, "fr", "or")} ?` : " Un conseiller peut vous orienter."}`,
    planFor: (code) => `Planifier mes semestres en ${code}`,
    visitorIntro: "Sans votre dossier, je fais un plan indicatif à partir de ce que vous me dites.",
    askPassed: "Quelles UE avez-vous déjà validées ? Donnez leurs codes (par exemple « NFA031, UTC505 »), ou répondez « aucune ».",
    retryPassed: "Donnez les codes des UE validées (par exemple « UTC501 et UTC505 »), ou « aucune ».",
    unknownUnits: (unknown) =>
      `Je ne trouve pas ${unknown
        .map(({ code, closest }) => `${code}${closest.length ? ` (vouliez-vous dire ${list(closest, "fr", "or")} ?)` : ""}`)
        .join(", ")} dans le catalogue. Redonnez les codes des UE validées, ou « aucune ».`,
    noneWords: /^\s*(aucune?|rien|pas encore|none|nothing|zero|0|no units?|not yet)\b/i,
    accessCaution: (said, note) =>
      `⚠️ ${said ? `Vous dites « ${said} »` : "D'après ce que vous dites de vos études"} : pour ce diplôme, ${note.charAt(0).toLowerCase()}${note.slice(1)} Un conseiller vous dira par où commencer.`,
    accessMet: (said, code) => `D'après ce que vous dites (${said}), vous avez le profil attendu pour entrer directement en ${code}, sans UE préparatoires ; l'admission reste décidée par le Cnam.`,
    diplomaCredits: (diploma, ects, sample) =>
      `${diploma} : ${sample ? `${ects} ECTS dans les parties listées ici (données d'exemple : le total réel du diplôme peut être différent)` : `${ects} ECTS au total`}. Sa durée n'est pas fixée : elle dépend du nombre d'UE que vous suivez par semestre. Voici un plan au plus vite, avec ses hypothèses ; dites-moi votre rythme (« 2 UE par semestre ») et je le refais.`,
    atAPace: (title, { required, choices, activity, count, least }, perSemester, passedSome) => {
      const parts = [...required, ...choices.map((choice) => `${choice.count} au choix (${choice.label.replace(/^./, (c) => c.toLowerCase())})`)];
      const ua = activity.length > 0 ? ` ${list(activity, "fr")} ${activity.length > 1 ? "sont des unités d'activité (UA)" : "est une unité d'activité (UA)"}, sans cours : ${activity.length > 1 ? "elles ne comptent" : "elle ne compte"} pas.` : "";
      return `${title} — ${count} UE de cours${passedSome ? " encore à suivre" : ""} : ${list(parts, "fr")}.${ua} À ${perSemester} UE par semestre, il faut au moins ${least} semestre${least > 1 ? "s" : ""}${least > 1 ? ` (${halfYears(least, "fr")})` : ""}, si chaque UE est proposée au semestre voulu et que les prérequis le permettent. Le plan détaillé suit.`;
    },
    directAssumes: (passed, defaults, from, creditsSaid) =>
      from === "unsaid" && creditsSaid !== undefined
        ? `Vous dites avoir ${creditsSaid} ECTS, sans me dire de quelles UE : je ne sais pas lesquelles comptent pour ce diplôme, alors ce plan n'en compte aucune. Donnez-moi leurs codes (« j'ai validé UTC501 et UTC505 ») et je le refais. Au plus vite, en partant de ceci : ${defaults}.`
        : from === "unsaid"
        ? `Vous ne m'avez cité aucune UE validée : je n'en compte aucune. Au plus vite, en partant de ceci : ${defaults}.`
        : `Au plus vite, ${from === "record" ? "d'après votre dossier" : passed.length === 0 ? "sans UE déjà validée" : `avec ${list(passed, "fr")} déjà ${passed.length > 1 ? "validées" : "validée"}`}, et en partant de ceci : ${defaults}.`,
    refineHint:
      "Pour un plan à votre mesure, dites-moi ce qui change : des UE validées (« j'ai validé UTC501 et UTC505 ») ou vos contraintes (« 2 soirs par semaine », « pas le samedi », « à distance seulement ») : je refais le plan.",
    refineHintRecord: "Si vos disponibilités sont autres, dites-le avec vos mots (« 2 soirs par semaine », « pas le samedi », « à distance seulement ») : je refais le plan.",
    askConstraints: (defaults) =>
      `Je pars de ceci : ${defaults}. Dites-moi ce qui change, avec vos mots (« 2 soirs par semaine », « pas le samedi », « à distance seulement », « à partir de septembre »), ou « ok ».`,
    retryConstraints:
      "Je n'ai pas compris vos disponibilités. Par exemple : « 2 soirs par semaine », « pas le samedi », « à distance seulement », « plutôt le samedi », « à partir de février », ou « ok » pour garder ces hypothèses.",
    keepWords: /^\s*(ok|okay|oui|ouais|d accord|dac|c est bon|c bon|cest bon|ca me va|ca va|ca marche|parfait|nickel|impec|impeccable|super|top|par defaut|garder|on garde|go|vas y|allez y|tres bien|yes|fine|keep|sounds good|that s fine|default|(pas de|aucune|sans) (contraintes?|changements?|preferences?)|rien (a changer|de special|de particulier|ne change)|(non )?rien\s*$|non (c est bon|ca va|ca me va|rien)|tout me va|peu importe|comme (vous voulez|tu veux)|je suis (dispo|disponible|flexible|souple))\b/,
    keepButton: "OK, c'est bon",
    constraintButtons: ["2 soirs par semaine", "Pas le samedi", "À distance seulement"],
    zeroEvenings:
      "Avec 0 soir par semaine, aucun cours en présentiel ne serait possible : seules les UE à distance resteraient. Combien de soirs (ou de samedis) pouvez-vous venir par semaine ? Si vous ne voulez que des UE à distance, dites « à distance seulement ».",
    conflicts: {
      "no-modality": "Vous n'acceptez aucune modalité de cours : il faut au moins le soir, le samedi ou la distance. Que pouvez-vous suivre ?",
      "no-evening-no-distance": "Sans aucun soir et sans cours à distance, aucune UE ne serait possible. Combien de soirs pouvez-vous venir, ou acceptez-vous la distance ?",
      "every-day-unavailable": "Vous excluez tous les jours de la semaine : seules des UE à distance seraient possibles. Quel jour pouvez-vous venir, ou voulez-vous « à distance seulement » ?",
      "zero-ects": "Une limite de 0 ECTS par semestre ne laisse rien à planifier. Combien de crédits par semestre au plus ?",
      "zero-units": "Avec 0 UE par semestre, il n'y a rien à planifier. Combien d'UE pouvez-vous suivre par semestre au plus ?",
      "first-semester": "Je n'ai pas compris à partir de quel semestre planifier. Par exemple « à partir de février » ou « 2027-2028 S1 ».",
    },
    recordMissing: "Je ne trouve pas votre dossier : je fais un plan indicatif à partir de ce que vous me dites.",
    identityChanged: "Votre identité a changé pendant l'échange : je recommence sans votre dossier. Redemandez votre plan si besoin.",
    title: (diploma, semesters, completes) => `Votre plan pour ${diploma} : ${semesters} semestre${semesters > 1 ? "s" : ""}, diplôme complet en ${completes}`,
    titleAfterPreparatory: (diploma, semesters) => `Votre plan pour ${diploma}, après les UE préparatoires : ${semesters} semestre${semesters > 1 ? "s" : ""} de plus`,
    indicative: "Ce plan est indicatif : un conseiller le valide avec vous.",
    visitorNote: "Il repose sur ce que vous m'avez dit, pas sur votre dossier.",
    months: { S1: S1_MONTHS.fr, S2: S2_MONTHS.fr },
    // (A Saturday among them is a day of classes, not an evening: « 2 jours de cours par semaine (mercredi, samedi) ».)
    evenings: (count, days) => (/samedi/.test(days) ? `${count} jour${count > 1 ? "s" : ""} de cours par semaine (${days})` : `${count} soir${count > 1 ? "s" : ""} par semaine (${days})`),
    noEvening: "aucun soir",
    blockedDays: (count) => `${count} journée${count > 1 ? "s" : ""} bloquée${count > 1 ? "s" : ""}`,
    credits: (ects) => `${ects} ECTS`,
    creditsWithUa: (taught, ua) => (taught > 0 ? `${taught} ECTS de cours + ${ua} ECTS d'unité d'activité` : `${ua} ECTS d'unité d'activité`),
    nothingThisSemester: "rien à suivre ce semestre : la suite n'ouvre qu'au semestre suivant",
    modality: { evening: "cours du soir", saturday: "le samedi", "blocked-days": "journées bloquées", distance: "à distance (FOAD)", hybrid: "hybride" },
    hours: (hours) => `${hours} h`,
    authorization: "sur autorisation",
    kept: "déjà inscrit(e)",
    prerequisiteOf: (codes) => `prérequis de ${codes}`,
    ua: {
      dossier: "unité d'activité : dossier d'expérience professionnelle",
      project: (months) => `unité d'activité : projet pendant un stage${months ? ` de ${months} mois` : ""}`,
      either: "unité d'activité : dossier d'expérience professionnelle, ou projet pendant un stage si l'expérience ne suffit pas",
      admission: "examen d'admission, à passer en premier",
      thesis: "mémoire, en fin de parcours",
    },
    afterPreparatory: (semesters) =>
      `⚠️ Ce plan compte seulement les UE du diplôme : ses ${semesters} semestre${semesters > 1 ? "s" : ""} viennent après les UE préparatoires, qui ne sont pas comptées ici (un conseiller vous dira lesquelles et combien de temps elles prennent).`,
    summary: (completes, semesters, peak) =>
      `Diplôme complet en ${completes} : ${semesters} semestre${semesters > 1 ? "s" : ""}, ${peak === 0 ? "sans soir de cours" : `${peak} soir${peak > 1 ? "s" : ""} par semaine au plus`}.`,
    authorizationsTitle: "Autorisations à demander",
    authorizationStep: (step, month, whom) => `${step.unit} pour ${step.semester} : à demander avant ${month} ${step.before.year}, ${whom}.`,
    granted: (unit, semester) => `${unit} pour ${semester} : autorisation déjà obtenue.`,
    secretariatFallback: "au secrétariat pédagogique",
    whyTitle: "Pourquoi pas plus vite ?",
    assumptionsTitle: "Hypothèses",
    assumption: (a) => {
      switch (a.kind) {
        case "each-unit-passed":
          return "chaque UE planifiée est validée du premier coup";
        case "offerings-repeat":
          return "les UE reviennent chaque année aux mêmes semestres et horaires qu'aujourd'hui";
        case "in-progress-passed":
          return `vos UE en cours (${list(a.units, "fr")}) sont validées`;
        case "committed-kept":
          return `vos inscriptions (${list(a.units, "fr")}) restent où elles sont`;
      }
    },
    constraintsSummary: (parts) => `vos contraintes : ${parts}`,
    constraint: {
      evenings: (n) => `${n} soir${n > 1 ? "s" : ""} par semaine au plus`,
      noEveningLimit: "pas de limite de soirs",
      ects: (n) => `${n} ECTS par semestre au plus`,
      units: (n) => `${n} UE par semestre au plus`,
      notOn: (days) => `pas le ${days.join(" ni le ")}`,
      weekdaysFrom: (time, except, exceptAt) => `en semaine à partir de ${time}${except.length > 0 ? ` (sauf le ${except.join(" et le ")}${exceptAt ? `, dès ${exceptAt}` : ""})` : ""}`,
      saturdayHalf: { morning: "le samedi matin seulement", afternoon: "le samedi après-midi seulement" },
      accepted: (modalities) => modalities,
      preferred: (modalities) => `plutôt ${modalities}`,
      from: (semester) => `à partir de ${semester}`,
      noBlockedDays: "sans journées bloquées",
    },
    reason: {
      singleSemester: "C'est le plus court possible : un seul semestre.",
      chain: (chain) => `Les prérequis s'enchaînent : ${chain}, un semestre après l'autre.`,
      onceAYear: (units, term, plural, atYourTimes) =>
        `${units} ${plural ? "ne sont proposées" : "n'est proposée"}${atYourTimes ? ", aux moments où vous pouvez venir," : ""} qu'au ${term} : il faut ${plural ? "les" : "l'"}attendre.`,
      timetable: "Des UE qui vous conviennent ont lieu aux mêmes horaires : elles ne peuvent pas partager un semestre.",
      combined: "Plusieurs contraintes se combinent (prérequis, semestres d'ouverture, horaires, vos disponibilités) ; aucune, seule, n'allonge le plan.",
    },
    change: (change, days) => {
      switch (change.kind) {
        case "evenings":
          return change.limit === undefined ? "sans limite de soirs" : `avec ${change.limit} soir${change.limit > 1 ? "s" : ""} par semaine`;
        case "ects":
          return change.limit === undefined ? "sans limite de crédits par semestre" : `avec ${change.limit} ECTS par semestre`;
        case "units":
          return change.limit === undefined ? "sans limite d'UE par semestre" : `avec ${change.limit} UE par semestre`;
        case "allow-day":
          return `en venant aussi le ${days[change.day]}`;
        case "allow-days":
          return `en venant aussi les ${list(change.days.map((day) => days[day]), "fr")}`;
        case "add-modality":
          return `en acceptant ${{ evening: "les cours du soir", saturday: "le samedi", "blocked-days": "les journées bloquées", distance: "la distance", hybrid: "l'hybride" }[change.modality]}`;
      }
    },
    relaxation: (change, completes, semesters) =>
      completes ? `${capitalize(change)}, vous finiriez en ${completes} (${semesters} semestre${semesters > 1 ? "s" : ""}).` : `${capitalize(change)}, ce plan tiendrait en ${semesters} semestre${semesters > 1 ? "s" : ""}.`,
    monthName: { 2: "février", 9: "septembre" },
    offerAdvisor: "Voulez-vous que je transmette ce plan à un conseiller pour qu'il le valide ?",
    eligibilityAction: (code, semester) => `Puis-je m'inscrire à ${code} en ${semester} ?`,
    handoffQuestion: (code, completes, semesters, constraints) =>
      `Pouvez-vous valider mon plan de semestres pour ${code} (diplôme complet en ${completes}) ? ${semesters}. ${capitalize(constraints)}.`,
    complete: (diploma) => `Vous avez validé tout ce que demande ${diploma} : il n'y a plus rien à planifier. Un conseiller vous dira comment demander le diplôme.`,
    infeasible: (diploma) => `Je ne trouve pas de plan pour ${diploma} avec ces contraintes.`,
    unitsThatFit: "Ce que vous pouvez suivre de ce diplôme avec ces contraintes",
    noClasses: " — unité d'activité, sans cours",
    unitsThatDoNot: "Ce qui ne s'y prête pas",
    tooTight: "Vos contraintes sont trop serrées pour faire tenir toutes les UE nécessaires.",
    block: (block, days, plural) => {
      const [is, has, needs] = plural ? ["sont", "ont", "demandent"] : ["est", "a", "demande"];
      switch (block.reason) {
        case "not-offered":
          return `n'${is === "est" ? "est" : "sont"} programmée${plural ? "s" : ""} à aucun semestre`;
        case "ects":
          return `${plural ? "valent" : "vaut"} ${block.ects} ECTS, plus que votre limite de ${block.limit} par semestre`;
        case "us-not-registered":
          return `${is} réservée${plural ? "s" : ""} aux inscrits de ${list(block.diplomas, "fr", "or")}`;
        case "prerequisite":
          return `${needs} d'abord ${list(block.prerequisites, "fr")}, que je ne peux pas planifier`;
        case "constraints":
          return exclusions(block.offerings, days, "fr", plural, has);
      }
    },
    relaxationsTitle: "Ce qui donnerait un plan",
    noRelaxation: "Aucun assouplissement de vos contraintes ne suffit : un conseiller peut étudier votre situation.",
    tooComplex: (diploma) => `Je n'arrive pas à calculer votre plan pour ${diploma} assez vite. Un conseiller peut le faire avec vous.`,
  },
  en: {
    label: "Semester plan (rule)",
    help: 'plan your semesters to the diploma ("how long until I finish my licence?")',
    askDiploma: (examples) => `Which diploma should I plan your semesters for? For example ${examples}.`,
    diplomaNotHeld: (named, known) =>
      `My catalog does not hold that diploma (${named}): I cannot plan its semesters nor list its units. It holds ${known}. An advisor can tell you about that diploma.`,
    retryDiploma: 'Give me the diploma\'s code (for example LG02501A), or "the licence", "the engineering degree in cybersecurity".',
    askWhichDiploma: (diplomas) => `You are registered in several diplomas: ${diplomas}. Which one should I plan?`,
    unknownDiploma: (code, closest) => `I do not know diploma ${code}.${closest.length ? ` Did you mean ${list(closest, "en", "or")}?` : " An advisor can guide you."}`,
    planFor: (code) => `Plan my semesters for ${code}`,
    visitorIntro: "Without your record, I make an indicative plan from what you tell me.",
    askPassed: 'Which units have you already passed? Give their codes (for example "NFA031, UTC505"), or answer "none".',
    retryPassed: 'Give the codes of the units you passed (for example "UTC501 and UTC505"), or "none".',
    unknownUnits: (unknown) =>
      `I cannot find ${unknown.map(({ code, closest }) => `${code}${closest.length ? ` (did you mean ${list(closest, "en", "or")}?)` : ""}`).join(", ")} in the catalog. Give the codes of the units you passed again, or "none".`,
    noneWords: /^\s*(aucune?|rien|none|nothing|zero|0|no units?|not yet)\b/i,
    accessCaution: (said, note) =>
      `⚠️ ${said ? `You say "${said}"` : "From what you say of your studies"}: for this diploma, the catalog says: « ${note} » An advisor will tell you where to start.`,
    accessMet: (said, code) => `From what you say (${said}), you have the profile expected to enter ${code} directly, with no preparatory units; admission is still decided by the Cnam.`,
    diplomaCredits: (diploma, ects, sample) =>
      `${diploma}: ${sample ? `${ects} ECTS in the parts listed here (sample data: the real diploma's total may differ)` : `${ects} ECTS in all`}. Its length is not fixed: it depends on how many units you take a semester. Here is a plan at the fastest, with what it assumes; tell me your pace ("2 units a semester") and I redo it.`,
    atAPace: (title, { required, choices, activity, count, least }, perSemester, passedSome) => {
      const parts = [...required, ...choices.map((choice) => `${choice.count} to choose (${choice.label})`)];
      const ua = activity.length > 0 ? ` ${list(activity, "en")} ${activity.length > 1 ? "are activity units (UA)" : "is an activity unit (UA)"}, with no classes: not counted.` : "";
      return `${title} — ${count} taught unit${count > 1 ? "s" : ""}${passedSome ? " still to take" : ""}: ${list(parts, "en")}.${ua} At ${perSemester} unit${perSemester > 1 ? "s" : ""} a semester, that is at least ${least} semester${least > 1 ? "s" : ""}${least > 1 ? ` (${halfYears(least, "en")})` : ""}, if each unit is offered in the semester needed and prerequisites allow. The detailed plan follows.`;
    },
    directAssumes: (passed, defaults, from, creditsSaid) =>
      from === "unsaid" && creditsSaid !== undefined
        ? `You say you have ${creditsSaid} ECTS, but not from which units: I cannot tell which of them count for this diploma, so this plan counts none. Give me their codes ("I passed UTC501 and UTC505") and I will plan again. As fast as possible, assuming: ${defaults}.`
        : from === "unsaid"
        ? `You named no unit passed: I count none. As fast as possible, assuming: ${defaults}.`
        : `As fast as possible, ${from === "record" ? "from your record" : passed.length === 0 ? "with no unit passed yet" : `with ${list(passed, "en")} already passed`}, and assuming: ${defaults}.`,
    refineHint:
      'For a plan of your own, tell me what is different: units passed ("I passed UTC501 and UTC505") or your constraints ("2 evenings a week", "no Saturdays", "distance only"): I will plan again.',
    refineHintRecord: 'If your availability differs, say it in your words ("2 evenings a week", "no Saturdays", "distance only"): I will plan again.',
    askConstraints: (defaults) =>
      `I assume: ${defaults}. Tell me what is different, in your own words ("2 evenings a week", "no Saturdays", "distance only", "from September"), or "ok".`,
    retryConstraints: 'I did not understand your availability. For example: "2 evenings a week", "no Saturdays", "distance only", "preferably Saturdays", "from February", or "ok" to keep these assumptions.',
    keepWords: /^\s*(ok|okay|yes|yep|yeah|sure|fine|great|perfect|keep|sounds good|that s fine|that works|all good|looks good|default|go|go ahead|oui|d accord|c est bon|(no|none|without) (constraints?|changes?|preferences?)|no(thing)? (to change|changes)|(no )?nothing( else)?\s*$|no (it s|that s) fine|whatever|any(thing)? (works|is fine)|i m (flexible|available))\b/,
    keepButton: "OK, that's fine",
    constraintButtons: ["2 evenings a week", "No Saturdays", "Distance only"],
    zeroEvenings:
      'With 0 evenings a week, no class in person would be possible: only distance units would be left. How many evenings (or Saturdays) a week can you come? If you want distance units only, say "distance only".',
    conflicts: {
      "no-modality": "You accept no way of taking classes: at least evenings, Saturdays or distance are needed. What can you follow?",
      "no-evening-no-distance": "With no evening and no distance learning, no unit would be possible. How many evenings can you come, or do you accept distance learning?",
      "every-day-unavailable": 'You rule out every day of the week: only distance units would be possible. Which day can you come, or do you want "distance only"?',
      "zero-ects": "A limit of 0 ECTS per semester leaves nothing to plan. How many credits per semester at most?",
      "zero-units": "With 0 units a semester, there is nothing to plan. How many units can you take a semester at most?",
      "first-semester": 'I did not understand from which semester to plan. For example "from February" or "2027-2028 S1".',
    },
    recordMissing: "I cannot find your record: I make an indicative plan from what you tell me.",
    identityChanged: "Your identity changed during the exchange: I start again without your record. Ask for your plan again if needed.",
    title: (diploma, semesters, completes) => `Your plan for ${diploma}: ${semesters} semester${semesters > 1 ? "s" : ""}, diploma complete in ${completes}`,
    titleAfterPreparatory: (diploma, semesters) => `Your plan for ${diploma}, after the preparatory units: ${semesters} more semester${semesters > 1 ? "s" : ""}`,
    indicative: "This plan is indicative: an advisor validates it with you.",
    visitorNote: "It rests on what you told me, not on your record.",
    months: { S1: S1_MONTHS.en, S2: S2_MONTHS.en },
    evenings: (count, days) => (/saturday/i.test(days) ? `${count} day${count > 1 ? "s" : ""} of classes a week (${days})` : `${count} evening${count > 1 ? "s" : ""} a week (${days})`),
    noEvening: "no evening",
    blockedDays: (count) => `${count} blocked day${count > 1 ? "s" : ""}`,
    credits: (ects) => `${ects} ECTS`,
    creditsWithUa: (taught, ua) => (taught > 0 ? `${taught} ECTS of classes + ${ua} ECTS of activity unit` : `${ua} ECTS of activity unit`),
    nothingThisSemester: "nothing to take this semester: what comes next opens the semester after",
    modality: { evening: "evening classes", saturday: "Saturdays", "blocked-days": "blocked days", distance: "distance (FOAD)", hybrid: "hybrid" },
    hours: (hours) => `${hours} h`,
    authorization: "needs an authorization",
    kept: "already enrolled",
    prerequisiteOf: (codes) => `prerequisite of ${codes}`,
    ua: {
      dossier: "activity unit: professional experience dossier",
      project: (months) => `activity unit: project during an internship${months ? ` of ${months} months` : ""}`,
      either: "activity unit: professional experience dossier, or a project during an internship if the experience falls short",
      admission: "admission exam, to take first",
      thesis: "thesis, at the end",
    },
    afterPreparatory: (semesters) =>
      `⚠️ This plan counts only the diploma's units: its ${semesters} semester${semesters > 1 ? "s" : ""} come after the preparatory units, which are not counted here (an advisor will tell you which ones and how long they take).`,
    summary: (completes, semesters, peak) =>
      `Diploma complete in ${completes}: ${semesters} semester${semesters > 1 ? "s" : ""}, ${peak === 0 ? "no evening of classes" : `at most ${peak} evening${peak > 1 ? "s" : ""} a week`}.`,
    authorizationsTitle: "Authorizations to ask for",
    authorizationStep: (step, month, whom) => `${step.unit} for ${step.semester}: ask before ${month} ${step.before.year}, ${whom}.`,
    granted: (unit, semester) => `${unit} for ${semester}: authorization already granted.`,
    secretariatFallback: "to the teaching secretariat",
    whyTitle: "Why not faster?",
    assumptionsTitle: "Assumptions",
    assumption: (a) => {
      switch (a.kind) {
        case "each-unit-passed":
          return "each planned unit is passed at the first attempt";
        case "offerings-repeat":
          return "units come back every year in the same semesters and hours as today";
        case "in-progress-passed":
          return `your units in progress (${list(a.units, "en")}) are passed`;
        case "committed-kept":
          return `your enrolments (${list(a.units, "en")}) stay where they are`;
      }
    },
    constraintsSummary: (parts) => `your constraints: ${parts}`,
    constraint: {
      evenings: (n) => `at most ${n} evening${n > 1 ? "s" : ""} a week`,
      noEveningLimit: "no limit on evenings",
      ects: (n) => `at most ${n} ECTS per semester`,
      units: (n) => `at most ${n} unit${n > 1 ? "s" : ""} a semester`,
      notOn: (days) => `not on ${list(days, "en", "or")}`,
      weekdaysFrom: (time, except, exceptAt) => `on weekdays from ${time}${except.length > 0 ? ` (except ${list(except, "en", "and")}${exceptAt ? `, from ${exceptAt}` : ""})` : ""}`,
      saturdayHalf: { morning: "Saturday mornings only", afternoon: "Saturday afternoons only" },
      accepted: (modalities) => modalities,
      preferred: (modalities) => `preferably ${modalities}`,
      from: (semester) => `from ${semester}`,
      noBlockedDays: "no blocked days",
    },
    reason: {
      singleSemester: "This is as short as it gets: a single semester.",
      chain: (chain) => `Prerequisites follow one another: ${chain}, one semester after the other.`,
      onceAYear: (units, term, plural, atYourTimes) => `${units} ${plural ? "are" : "is"} offered${atYourTimes ? ", at times you can come," : ""} in the ${term} only: you wait for ${plural ? "them" : "it"}.`,
      timetable: "Units that suit you meet at the same hours: they cannot share a semester.",
      combined: "Several constraints combine (prerequisites, terms, hours, your availability); none alone makes the plan longer.",
    },
    change: (change, days) => {
      switch (change.kind) {
        case "evenings":
          return change.limit === undefined ? "with no limit on evenings" : `with ${change.limit} evening${change.limit === 1 ? "" : "s"} a week`;
        case "ects":
          return change.limit === undefined ? "with no credit limit per semester" : `with ${change.limit} ECTS per semester`;
        case "units":
          return change.limit === undefined ? "with no limit on units a semester" : `with ${change.limit} unit${change.limit === 1 ? "" : "s"} a semester`;
        case "allow-day":
          return `coming on ${days[change.day]}s too`;
        case "allow-days":
          return `coming on ${list(change.days.map((day) => `${days[day]}s`), "en")} too`;
        case "add-modality":
          return `accepting ${{ evening: "evening classes", saturday: "Saturdays", "blocked-days": "blocked days", distance: "distance learning", hybrid: "hybrid units" }[change.modality]}`;
      }
    },
    relaxation: (change, completes, semesters) =>
      completes ? `${capitalize(change)}, you would finish in ${completes} (${semesters} semester${semesters > 1 ? "s" : ""}).` : `${capitalize(change)}, this plan would take ${semesters} semester${semesters > 1 ? "s" : ""}.`,
    monthName: { 2: "February", 9: "September" },
    offerAdvisor: "Shall I pass this plan on to an advisor to validate it?",
    eligibilityAction: (code, semester) => `Can I enrol in ${code} in ${semester}?`,
    handoffQuestion: (code, completes, semesters, constraints) =>
      `Could you validate my semester plan for ${code} (diploma complete in ${completes})? ${semesters}. ${capitalize(constraints)}.`,
    complete: (diploma) => `You have passed everything ${diploma} requires: there is nothing left to plan. An advisor will tell you how to apply for the diploma.`,
    infeasible: (diploma) => `I find no plan for ${diploma} with these constraints.`,
    unitsThatFit: "What you can take of this diploma with these constraints",
    noClasses: " — activity unit, no classes",
    unitsThatDoNot: "What does not fit them",
    tooTight: "Your constraints are too tight to fit all the units needed.",
    block: (block, days, plural) => {
      const is = plural ? "are" : "is";
      switch (block.reason) {
        case "not-offered":
          return `${is} scheduled in no semester`;
        case "ects":
          return `${is} worth ${block.ects} ECTS, more than your limit of ${block.limit} per semester`;
        case "us-not-registered":
          return `${is} open only to learners registered in ${list(block.diplomas, "en", "or")}`;
        case "prerequisite":
          return `${plural ? "need" : "needs"} ${list(block.prerequisites, "en")} first, which I cannot plan`;
        case "constraints":
          return exclusions(block.offerings, days, "en", plural, "");
      }
    },
    relaxationsTitle: "What would give a plan",
    noRelaxation: "No loosening of your constraints is enough: an advisor can look into your situation.",
    tooComplex: (diploma) => `I cannot work out your plan for ${diploma} quickly enough. An advisor can do it with you.`,
  },
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Why a unit's offerings are all ruled out, merged: « n'a lieu que le soir ou le samedi, ce que vous
 * n'acceptez pas », "meets only on Mondays, when you cannot come".
 */
function exclusions(offerings: readonly OfferingExclusion[], days: Record<Weekday, string>, language: Language, plural: boolean, has: string): string {
  const fr = language === "fr";
  const modalities = [...new Set(offerings.flatMap((o) => (o.by === "modality" ? [o.modality] : [])))];
  const blockedDays = [...new Set(offerings.flatMap((o) => (o.by === "day" ? [o.day] : [])))];
  const evenings = Math.min(...offerings.flatMap((o) => (o.by === "evenings" ? [o.evenings] : [Infinity])));
  const from = offerings.find((o) => o.by === "from");
  const half = offerings.find((o) => o.by === "saturday-half");
  const modalityWords = fr
    ? { evening: "le soir", saturday: "le samedi", "blocked-days": "en journées bloquées", distance: "à distance", hybrid: "en hybride" }
    : { evening: "in the evening", saturday: "on Saturdays", "blocked-days": "on blocked days", distance: "at a distance", hybrid: "in hybrid mode" };
  const parts: string[] = [];
  if (modalities.length) {
    const how = list(modalities.map((m) => modalityWords[m]), language, "or");
    parts.push(fr ? `${how}, ce que vous n'acceptez pas` : `${how}, which you do not accept`);
  }
  if (blockedDays.length) {
    const when = list(blockedDays.map((d) => (fr ? `le ${days[d]}` : `on ${days[d]}s`)), language, "or");
    parts.push(fr ? `${when}, quand vous ne pouvez pas venir` : `${when}, when you cannot come`);
  }
  if (from?.by === "from") parts.push(fr ? `le soir en semaine avant ${catalogWording[language].time(from.from)}, quand vous ne pouvez pas encore être là` : `on weekday evenings before ${catalogWording[language].time(from.from)}, when you cannot be there yet`);
  if (half?.by === "saturday-half") {
    const other = half.half === "morning" ? (fr ? "le samedi après-midi" : "on Saturday afternoons") : fr ? "le samedi matin" : "on Saturday mornings";
    parts.push(fr ? `${other}, quand vous ne pouvez pas venir` : `${other}, when you cannot come`);
  }
  if (Number.isFinite(evenings)) parts.push(fr ? `sur ${evenings} soir${evenings > 1 ? "s" : ""} par semaine, plus que votre limite` : `on ${evenings} evening${evenings === 1 ? "" : "s"} a week, more than your limit`);
  return fr ? `n'${has} lieu que ${parts.join(", ou ")}` : `${plural ? "meet" : "meets"} only ${parts.join(", or ")}`;
}

/** "3 soirs par semaine au plus, 2 UE par semestre au plus, pas le samedi, à distance (FOAD), à partir de 2026-2027 S2". */
export function describeConstraints(constraints: PlanningConstraints, language: Language): string {
  const w = planningWording[language];
  const days = catalogWording[language].days;
  const parts: string[] = [constraints.maxEvenings === undefined ? w.constraint.noEveningLimit : w.constraint.evenings(constraints.maxEvenings)];
  if (constraints.maxEcts !== undefined) parts.push(w.constraint.ects(constraints.maxEcts));
  if (constraints.maxUnits !== undefined) parts.push(w.constraint.units(constraints.maxUnits));
  if (constraints.unavailableDays.length > 0) parts.push(w.constraint.notOn(constraints.unavailableDays.map((d) => days[d])));
  if (constraints.weekdaysFrom !== undefined) parts.push(w.constraint.weekdaysFrom(catalogWording[language].time(constraints.weekdaysFrom), (constraints.weekdaysFromExcept ?? []).map((d) => days[d]), constraints.weekdaysFromExceptAt === undefined ? undefined : catalogWording[language].time(constraints.weekdaysFromExceptAt)));
  if (constraints.saturdayHalf !== undefined) parts.push(w.constraint.saturdayHalf[constraints.saturdayHalf]);
  // Saturday classes are not "accepted" by someone who cannot come on Saturdays.
  const accepted = constraints.modalities.filter((m) => !(m === "saturday" && constraints.unavailableDays.includes("saturday")));
  parts.push(w.constraint.accepted(list(accepted.map((m) => w.modality[m]), language, "or")));
  if (!constraints.modalities.includes("blocked-days")) parts.push(w.constraint.noBlockedDays);
  if (constraints.preferredModalities.length > 0) parts.push(w.constraint.preferred(list(constraints.preferredModalities.map((m) => w.modality[m]), language, "or")));
  parts.push(w.constraint.from(constraints.firstSemester));
  return parts.join(", ");
}

/** One planned unit: "UTC503 Paradigmes de programmation — 3 ECTS, 30 h — cours du soir : mardi 18:15-20:00". */
export function describeUnit(unit: PlannedUnit, language: Language): string {
  const w = planningWording[language];
  const size = [w.credits(unit.ects), ...(unit.referenceHours !== undefined ? [w.hours(unit.referenceHours)] : [])].join(", ");
  const parts = [`${unit.code} ${unit.title}`, size];
  if (unit.offering) {
    const slots = [...unit.offering.weekly, ...unit.offering.dated].map((slot) => describeSlot(slot, language));
    parts.push(`${w.modality[unit.offering.modality]}${slots.length ? `${commonWording[language].colon}${slots.join(", ")}` : ""}`);
  } else if (unit.kind === "UA") {
    parts.push(uaStep(unit, language));
  }
  const notes = [...(unit.committed ? [w.kept] : []), ...(unit.prerequisiteOf ? [w.prerequisiteOf(list(unit.prerequisiteOf, language))] : [])];
  return `${parts.join(" — ")}${notes.length ? ` (${notes.join(" ; ")})` : ""}`;
}

function uaStep(unit: PlannedUnit, language: Language): string {
  const w = planningWording[language].ua;
  if (unit.uaRoute) {
    const months = unit.uaRoute.requirement.internshipMonths;
    const span = months ? (months.min === months.max ? `${months.min}` : `${months.min}-${months.max}`) : undefined;
    return unit.uaRoute.route === "experience-dossier" ? w.dossier : w.project(span);
  }
  if (unit.uaType === "admission") return w.admission;
  if (unit.uaType === "thesis") return w.thesis;
  return w.either;
}

/** A reason the plan is no shorter. */
export function describeCriticalReason(reason: CriticalReason, language: Language, undated = false): string {
  const w = planningWording[language];
  switch (reason.kind) {
    case "single-semester":
      return w.reason.singleSemester;
    case "prerequisite-chain":
      return w.reason.chain(reason.chain.join(" → "));
    case "once-a-year": {
      const terms = [...new Set(reason.units.map((u) => u.term))];
      const term = terms.length === 1 ? termName(terms[0]!, language) : language === "fr" ? "semestre de leur choix" : "one term";
      return w.reason.onceAYear(list(reason.units.map((u) => u.code), language), term, reason.units.length > 1, reason.atYourTimes === true);
    }
    case "constraint":
      return describeRelaxation(reason.relaxation, language, undated);
    case "timetable":
      return w.reason.timetable;
    case "combined":
      return w.reason.combined;
  }
}

/** `undated` for a plan after preparatory units, whose semesters have no known start: its length, not when it ends. */
export function describeRelaxation(relaxation: Relaxation, language: Language, undated = false): string {
  const w = planningWording[language];
  return w.relaxation(w.change(relaxation.change, catalogWording[language].days), undated ? undefined : relaxation.completes, relaxation.semesters);
}

export function termName(term: Term, language: Language): string {
  return language === "fr" ? (term === "S1" ? "premier semestre (septembre à janvier)" : "second semestre (février à juin)") : term === "S1" ? "first semester (September to January)" : "second semester (February to June)";
}

export function describeBlock(block: UnitBlock, language: Language, plural = false): string {
  return planningWording[language].block(block, catalogWording[language].days, plural);
}
