import { MODALITIES, WEEKDAYS, type Modality, type Weekday } from "../../domain/catalog/timetable";
import type { Availability } from "../../domain/eligibility/availability.rule";
import { DEFAULT_MAX_EVENINGS, DEFAULT_MODALITIES, type PlanningConstraints, type SaturdayHalf } from "../../domain/planning/planning.types";
import { compareSemesters, formatSemester, nextSemester, type SemesterId } from "../../domain/semester/semester";
import { numberWordsToDigits } from "../../domain/understanding/number-words";
import { foldText } from "../../domain/understanding/text-normalizer";
import { BUSY_UNTIL, commuteMinutes } from "../../domain/understanding/busy-until";
import { ABBREVIATIONS } from "../../domain/understanding/chat-lexicon";
import { asksFromAfar, WITHOUT_COMING_TO_PARIS } from "../../domain/understanding/unit-facets";
import { readSemester } from "../common/semester-answer";
import { QUESTION_WORD } from "../../domain/understanding/question-focus";
import { findUnitCodes } from "../../domain/catalog/unit-code";
import { ownTime } from "../../domain/understanding/understanding";

/**
 * The learner's constraints as they say them: « 2 soirs par semaine », « pas le samedi »,
 * « à distance seulement », « plutôt le samedi », « à partir de février », « 12 ECTS max »,
 * « 2 UE par semestre », "no Saturdays", "evenings only". Only what the text says; the rest keeps its default.
 */
export interface StatedConstraints {
  /** The earliest time the learner can be in class on weekdays (« je finis le travail à 19h »): « 19:00 ». */
  weekdaysFrom?: string;
  /** The weekdays that time does not hold (« je finis à 20h, sauf le vendredi où je suis libre dès 17h »). */
  weekdaysFromExcept?: Weekday[];
  /** The time those weekdays are free from, when said (« dès 17h »: « 17:00 »); absent, any time. */
  weekdaysFromExceptAt?: string;
  /** The half of Saturday the learner can come (« le samedi matin », "Saturday afternoons"). */
  saturdayHalf?: SaturdayHalf;
  /** Evenings a week at most; null: no limit (« autant que possible »). */
  maxEvenings?: number | null;
  maxEcts?: number | null;
  /** Taught units a semester at most (« une UE à la fois »); null: no limit (« sans limite d'UE »). */
  maxUnits?: number | null;
  unavailableDays?: Weekday[];
  modalities?: { only?: Modality[]; add?: Modality[]; remove?: Modality[] };
  preferred?: Modality[];
  firstSemester?: SemesterId;
}

const DAYS: Record<string, Weekday> = {
  lundi: "monday", lundis: "monday", monday: "monday", mondays: "monday",
  mardi: "tuesday", mardis: "tuesday", tuesday: "tuesday", tuesdays: "tuesday",
  mercredi: "wednesday", mercredis: "wednesday", wednesday: "wednesday", wednesdays: "wednesday",
  jeudi: "thursday", jeudis: "thursday", thursday: "thursday", thursdays: "thursday",
  vendredi: "friday", vendredis: "friday", friday: "friday", fridays: "friday",
  samedi: "saturday", samedis: "saturday", saturday: "saturday", saturdays: "saturday", weekend: "saturday",
};
/** Half a Saturday: « le samedi matin », « samedi aprem », "Saturday mornings", "on Saturday afternoons". */
const SATURDAY_HALF = /\b(?:samedis?|saturdays?)\s+(matins?|apres midi|aprem|mornings?|afternoons?|am|pm)\b|\b(matin|mornings?|afternoon|apres midi|aprem)s?\s+(?:du |le |on )?(?:samedis?|saturdays?)\b/;
/** Work on Saturday mornings: « du lundi au samedi midi », « je bosse le samedi matin », "I work until Saturday noon". */
const WORKS_SATURDAY_MORNING =
  /\b(au|jusqu au|until|to|through|till) (samedi|saturday) (midi|noon|matin|morning)\b|\b(bosse|travaille|taffe|work|working|boulot)\b.{0,20}\b(le |les |on )?(samedis?|saturdays?) (matins?|mornings?)\b|\b(samedis?|saturdays?) (matins?|mornings?)\b.{0,12}\b(je suis (pris|prise|occupee?)|je (bosse|travaille)(?! plus| pas)|i work|i m (busy|working)|pas (dispo|libre)|not (free|available))\b/;
/** Saturday ruled out: « pas le samedi », "not on Saturdays", « sauf le samedi », « je bosse le samedi ». */
const SATURDAY_DENIED = /\b(pas|jamais|not|never|no|sans|except|sauf|hors|bosse|travaille|work|working)\b[^.,;]{0,15}\b(samedis?|saturdays?)\b/;
/** Whether Saturday mornings are said worked, not denied (« je ne bosse plus le samedi matin », "I don't work Saturday mornings"). */
function worksSaturdayMornings(w: string): boolean {
  const said = WORKS_SATURDAY_MORNING.exec(w);
  if (said === null) return false;
  const around = w.slice(Math.max(0, said.index - 25), said.index + said[0].length);
  // (Said of oneself: « ma femme travaille le samedi matin, moi je suis libre le samedi » is her morning.)
  return !/\b(ne|n|plus|pas|jamais|no longer|don t|do not|not|never|anymore)\b/.test(around) && !/\b(ma|mon|mes|my|il|elle|ils|elles|he|she|they|his|her)\b/.test(around);
}
const NEGATION = new Set(["pas", "jamais", "sauf", "hors", "ni", "except", "excepte", "not", "no", "never", "without", "sans", "indisponible", "unavailable", "cannot", "cant", "impossible"]);
const ONLY = new Set(["seulement", "uniquement", "que", "only", "just"]);
/**
 * Busy but for some days: « pris tous les soirs sauf le lundi », "my evenings are mostly busy, except Mondays", « souvent en
 * déplacement sauf le lundi » (away but on Mondays: it had ruled Monday out).
 */
const DAY_WORD = Object.keys(DAYS).filter((day) => day !== "weekend").join("|");
const BUSY_EXCEPT = new RegExp(
  String.raw`\b(travaille|bosse|taf|taffe|pris|prise|occupee?|busy|work|working|pas (?:dispo\w*|libre)|not (?:free|available)|en deplacement|en mission|on the road|away|travell?ing)\b[a-z ]{0,40}?\b(?:sauf|excepte|except|hormis|a part|apart from|besides)\s+((?:(?:le|les|on|the|et|and|ou|or)\s+)*(?:${DAY_WORD})(?:\s+(?:(?:et|and|ou|or|le|les|on|the)\s+)*(?:${DAY_WORD}))*)`,
);
/** The days a learner busy but for them can come (« pris tous les soirs sauf le lundi »), the words that said it, and whether it is evenings that are busy. */
function busyBesides(w: string): { said: string; free: Weekday[]; evenings: boolean } | undefined {
  const busy = BUSY_EXCEPT.exec(w);
  const free = busy ? (busy[2] ?? "").split(" ").flatMap((word) => DAYS[word] ?? []) : [];
  if (!busy || free.length === 0) return undefined;
  const around = w.slice(Math.max(0, busy.index - BUSY_REACH), busy.index + busy[0].length);
  return { said: busy[0], free, evenings: /\b(soirs?|soirees?|evenings?|nights?)\b/.test(around) };
}
/** How far before « busy » its evenings may be said (« my evenings are mostly busy »). */
const BUSY_REACH = 20;
/** Saying when one can come: « je peux », « dispo », "I can do", "I'm free" (not « je ne peux pas »: a negation follows). */
const CAN_ATTEND = /\b(je peux (?:venir|etre la|me liberer)|je pourrais (?:venir|etre la)|je suis (?:donc |alors |seulement |uniquement |juste |surtout |plutot )?(?:dispo\w*|libre)|dispo\w*|disponible|i can (?:do|make|come|attend)|i could (?:do|come)|i m (?:so |therefore |only |usually |mostly )?(?:free|available)|i am (?:so |therefore |only |usually |mostly )?(?:free|available)|je peux(?= (?:le |les )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi)s?\b)|i can(?= (?:do |come )?(?:on )?(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?)\b))\b(?! (?:pas|not|plus|jamais|never))((?: \w+){0,5})/;
/** Words that end the reach of a negation: « pas le samedi mais le lundi oui ». */
const CLAUSE = new Set(["mais", "but", "par", "contre", "sinon", "otherwise"]);

const EVENINGS = /\b(\d{1,2}|un|une|one|a single|a) (?:(?:free|spare|available|libres?|disponibles?) )?(soirs?|soirees?|evenings?|nights?|fois|jours?|days?|times?)(?: (?:libres?|disponibles?|de libre))?\b(?: de cours| of classes)?(?: (?:par|per|a|chaque|each|dans la|in a) ?(semaine|week))?/;
const NO_EVENING = /\b(aucun soir|aucune soiree|pas de soirs?|pas de soirees?|no evenings?|zero soirs?|0 soirs?|0 evenings?)\b/;
const NO_LIMIT = /\b(pas de limite|sans limite|autant que possible|le plus possible|tous les soirs|no limit|as many as possible|every (evening|night))\b/;
const ECTS = /\b(\d{1,2}) ?(ects|credits?)\b/;
/**
 * A number of units a semester at most: « 2 UE par semestre », « deux UE par semestre max », « une UE
 * à la fois », « pas plus de 3 UE », "one unit at a time", "at most 2 courses a semester". A count
 * with neither a semester, « à la fois » nor a « max » (« 2 UE », « j'ai validé 2 UE ») says how many
 * units, not a limit.
 */
const UNIT_WORD = String.raw`(?:ue|ues|uv|uvs|unites?|units?|cours|courses?|modules?|matieres?|enseignements?|class(?:es)?)`;
const AT_MOST = String.raw`pas plus de|pas plus d|au plus|au maximum|maximum|maxi|max|at most|at the most|no more than|not more than|up to|jusqu a`;
const FEWER_THAN = String.raw`moins de|moins d|fewer than|less than`;
const IS_FEWER_THAN = new RegExp(`^(?:${FEWER_THAN})$`);
const MAX_AFTER = String.raw`grand maximum|grand max|au maximum|au plus|at the most|at most|maximum|maxi|max|tops`;
const PER_SEMESTER = String.raw`(?:(?:par|per|a|an|each|every|chaque|au|le) )?(?:semestres?|semesters?|terms?)\b(?! (?:dernier|derniere|prochain|prochaine|suivant|precedent|passe|en cours|\d|premier|second|deuxieme|last|next|previous|past|first))`;
const AT_A_TIME = String.raw`a la fois|en meme temps|simultanement|en parallele|at a time|at once|at the same time|in parallel|simultaneously`;
const UNITS_LIMIT = new RegExp(
  String.raw`\b(?:(${AT_MOST}|${FEWER_THAN}) )?(\d{1,2}|une|un|one|a(?= (?:single )?(?:units?|courses?|class(?:es)?|modules?)\b))(?: (?:seule?|single))? ${UNIT_WORD}\b(?: (?:de cours|d enseignement))?(?: (${MAX_AFTER}))?(?: (${PER_SEMESTER}|${AT_A_TIME}))?`,
  "g",
);
/** A minimum said before a count of units. */
const AT_LEAST_BEFORE = /\b(au moins|minimum|at least|no less than|pas moins de|pas moins d) $/;
/** Units passed, followed or taken before: a count of them (« j'ai validé 2 UE par semestre ») is no limit. */
const DONE_BEFORE = /\b(valide|validee|validees|valides|passe|passee|passees|passes|obtenu|obtenue|obtenus|reussi|reussie|reussies|suivi|suivie|suivies|suivis|fait|faites|pris|prises|eu|eues|acquis|acquises|passed|validated|completed|done|taken|took|earned|did|had|followed|finished) $/;
const NO_UNITS_LIMIT = new RegExp(String.raw`\b(?:pas de|sans|no) (?:limite|limit) (?:d |de |du nombre d |on |of |on the number of )?${UNIT_WORD}\b|\b(?:autant d|as many) ${UNIT_WORD} (?:que possible|as possible)\b`);
/** At a distance, as said: « à distance », « en ligne », "online", "remote", "remotely" (« la licence à distance », "the whole licence remotely"). */
const DISTANCE = "a distance|en ligne|foad|online|distance|remote|remotely";
/** One's job done at a distance: "I work fully remotely", « je bosse en télétravail », "my job is remote". */
const REMOTE_JOB = /\b(work|works|working|job|travaille|bosse|taffe|boulot|poste)\b( \w+){0,2} (fully |completely |entirely |100 |totally |mostly |full time |a 100 )?(remotely|remote|from home|de chez moi|a distance|en teletravail|en full remote|en remote)\b|\b(remote (job|worker|work)|teletravail)\b/g;
/** « seulement le samedi et à distance », "online or Saturdays only": both ways, and no other. */
const SATURDAY_AND_DISTANCE_ONLY = new RegExp(
  String.raw`\b(seulement|uniquement|que|only|just)\b.{0,8}\b(samedis?|saturdays?)\b.{0,4}\b(et|ou|and|or)\b.{0,4}\b(${DISTANCE})\b|\b(${DISTANCE})\b.{0,4}\b(et|ou|and|or)\b.{0,6}\b(le |les |on )?(samedis?|saturdays?)\b.{0,6}\b(seulement|uniquement|only)\b`,
);
const DISTANCE_ONLY = new RegExp(
  `\\b(${DISTANCE})\\b.{0,15}\\b(seulement|uniquement|only)\\b|\\b(seulement|uniquement|que|only|just|tout|tt|toute|entierement|totalement|completement|integralement|100|fully|entirely|completely|all)\\b.{0,15}\\b(${DISTANCE})\\b|\\b(whole|entire|full)\\b.{0,30}\\b(${DISTANCE})\\b|\\btoute (la|ma) \\w+( \\w+){0,2} (depuis|de) chez (moi|soi|nous)\\b|\\b(pas|jamais) (en |de )?presentiel\\b|\\bnot? in person\\b|\\b(je pars|je vais partir|je serai|je vis|j habite|je suis|i m moving|i will be|i ll be|i live|i am|i m)\\b.{0,25}\\b(a l etranger|abroad|overseas|hors de france|outside france)\\b|\\b(de la bas|from there|from abroad|depuis l etranger)\\b`,
);
const NO_DISTANCE = new RegExp(`\\b(pas|sans|no|not|without|jamais)\\b.{0,10}\\b(${DISTANCE})\\b|\\b(en )?presentiel (seulement|uniquement)\\b|\\b(in person|on site) only\\b|\\bonly in person\\b`);
const BLOCKED = /\b(journees? (bloquees?|entieres?|completes?)|jours? (bloques?|entiers?)|blocked days?|full days?|en journee|daytime|during the day)\b/;
/**
 * « ne … qu'à distance », « je ne peux suivre qu'en ligne », « je ne peux pas me déplacer du tout », « impossible de
 * venir sur place », "I can't travel to Paris": only at a distance.
 */
const ONLY_AT_DISTANCE = new RegExp(`${String.raw`\bne\b.{0,25}\bqu (a distance|en ligne|en foad)\b|(?<!\best ce |\bparce |\bdes |\blors )\bqu (a distance|en ligne|en foad)\b|\bsans (jamais |jamais avoir a |avoir a )?(me |nous )?deplacer\b(?! (tous|toutes|chaque|every|le|les|en semaine|souvent|trop|plus|sauf))|\bwithout ever (travell?ing|coming)\b(?! (more|to|on|in|every|than|except))|\b(ne peux pas|ne peux plus|peux pas|jpeux pas|impossible de|pas possible de|ne pourrai pas|pourrai pas) (me deplacer|venir (sur place|a paris|au cnam|en cours|en presentiel)|monter a paris|aller a paris)\b|\b(can t|cannot|can not|not|won t be able to|unable to) (travel (to paris|to the cnam|at all|there)|come (on site|to paris|in person|to the cnam|to class))\b`}|${WITHOUT_COMING_TO_PARIS}`);
/**
 * A time the learner is taken by something else: « je bosse le week-end », « je travaille de nuit »,
 * « le samedi je garde mes enfants », "I work evenings". « Je travaille en journée et le soir je suis
 * libre » says nothing of the kind: the clause ends at « et ».
 */
const TAKEN = String.raw`(?:je (?:travaille|bosse|taffe|taf|suis (?:au travail|en poste|d astreinte|de garde|pris|prise|occupee?|de service))|je garde (?:mes|les) enfants|i work|i m working|i am working|i m busy|i am busy|i have (?:my |the )?kids|working)`;
/**
 * Away from Paris on given days: « je suis (souvent) en déplacement (en province) le lundi et le mardi », "I travel for work on
 * Mondays". Not a day one is away until or comes back (« en déplacement jusqu'à lundi », "on the road until Monday", « je
 * rentre lundi »), nor one excepted (« sauf le lundi »).
 */
const NOT_AWAY_ON = String.raw`(?:jusqu|until|till|til|je|j|i|rentre|reviens|retour|back|return|returning|des|from|since|depuis|avant|before|apres|after|ce|this|next|prochain|sauf|except|excepte|hormis|apart|besides)`;
const AWAY_ON = new RegExp(
  String.raw`\b(?:je suis|je serai|je pars|i m|i am|i travel|i m travell?ing|i am travell?ing)(?: (?:souvent|toujours|often|usually|always|regulierement|generalement|tout le temps))? (?:en deplacement|en mission|en province|away|on the road|out of town|on business trips?|for work)(?: (?!et |mais |and |but |donc |so )(?!${NOT_AWAY_ON}\b)[a-z]+){0,3}? (?:le |les |on |the |tous les |every )?((?:${DAY_WORD})(?: (?:(?:et|and|ou|or|le|les|on|the) )*(?:${DAY_WORD}))*)\b`,
);
/** A count of units of given credits a semester: "two 6-credit units per semester", « 2 UE de 6 ECTS par semestre ». */
const UNITS_OF_CREDITS =
  /\b(\d|one|une) (?:(\d{1,2}) ?(?:credits?|ects) (?:units?|ues?|courses?|modules?)|(?:units?|ues?|unites?|cours|modules?) (?:de |of )(\d{1,2}) ?(?:credits?|ects))\b(?=.{0,20}\b(?:par semestre|per semester|a semester|each semester|chaque semestre)\b)/;
/** A meeting held on given evenings: « réunion d'équipe le mercredi soir », "team meeting on Wednesday evenings" (not « … le mercredi matin »). */
const MEETING_ON = new RegExp(
  String.raw`\b(?:reunions?|meetings?)(?: (?:d equipe|de service|hebdo\w*|weekly|team|staff))? (?:le |les |on |the |tous les |every )?((?:${DAY_WORD})(?: (?:(?:et|and|ou|or|le|les|on|the) )*(?:${DAY_WORD}))*)(?! (?:matin|morning|midi|apres midi|afternoon))\b`,
);
const TIME = String.raw`(samedis?|saturdays?|weekends?|soirs?|soirees?|evenings?|nuits?|nights?)`;
const TAKEN_AT = new RegExp(String.raw`\b${TAKEN}(?: (?!et |mais |and |but |donc |so |puis |then )(?!journee|jour|day)\w+){0,2} (?:le |les |en |the |on |at |de |du |la |tous les |chaque |every |all )?${TIME}\b`);
const AT_TAKEN = new RegExp(String.raw`\b(?:le |les |on |the )?${TIME} (?:je |j |i )(?:travaille|bosse|garde|suis pris|suis prise|suis occupee?|ne suis pas dispo\w*|suis pas dispo\w*|peux pas|ne peux pas|work|m working|m busy)\b`);
/**
 * A job held on some evenings, the days named after it: « je suis serveuse le soir trois fois par semaine, les lundis, mercredis et
 * vendredis », « je travaille le soir les lundis et jeudis », "I work Monday, Wednesday and Friday evenings", "I'm a waitress on Monday
 * and Friday nights" (it had ruled every evening out, or none: UTC501 on Mondays got a green light). The cue: a verb of work (TAKEN), or
 * « je suis » / "I'm a" and a job said with evenings (« je suis serveuse le soir »; not « je suis libre le soir », « je suis souvent
 * libre le soir les lundis », "I'm a free agent on Monday evenings", which had ruled Monday out).
 */
const JOB_IN_THE_EVENING = new RegExp(
  String.raw`\b(?:${TAKEN}|je suis (?!(?:(?:souvent|toujours|parfois|generalement|plutot|normalement|surtout|tres|assez|plus|pas|la|en|au) )?(?:libre|libres|dispo\w*|disponibles?|la|pas|plus|jamais|en cours|au cnam|inscrite?)\b)[a-z]+(?: [a-z]+)? (?=(?:le |les |en )?(?:soirs?|soirees?)\b)|i m an? (?!(?:[a-z]+ )?(?:free|available|off)\b)[a-z]+(?: [a-z]+)?(?= (?:on |the )?(?:${DAY_WORD})\b)|i wait tables|i (?:do|have) (?:a |my )?(?:shifts?|job))\b`,
  "g",
);
/** Words that end the span of days a job is said on: a new clause, an exception, a negation. */
const JOB_SPAN_END = new Set(["mais", "but", "sauf", "except", "excepte", "hormis", "donc", "so", "puis", "then", "je", "j", "i", "ne", "pas", "plus", "jamais", "not", "never", "no"]);
/** A job's evenings, counted (« trois fois par semaine »), or a time of the day (« le soir »). */
const EVENING_SAID = /^(soirs?|soirees?|evenings?|nights?|nuits?)$/;
/** How many words after the cue the days may come. */
const JOB_SPAN = 10;

/** The weekdays a job takes the evenings of, and the words that said it (whose counts are the job's, not the classes'). */
function eveningsWorkedOn(w: string): { days: Weekday[]; said: string } | undefined {
  for (const cue of w.matchAll(JOB_IN_THE_EVENING)) {
    const before = w.slice(Math.max(0, cue.index - 12), cue.index);
    // « je ne travaille pas le lundi soir », "I don't work Monday evenings": free, not taken.
    if (/\b(ne|n|not|never|no longer)\s*$/.test(before)) continue;
    const tokens = w.slice(cue.index + cue[0].length).trim().split(" ");
    const end = tokens.findIndex((token, i) => i >= JOB_SPAN || JOB_SPAN_END.has(token));
    const span = end < 0 ? tokens : tokens.slice(0, end);
    const last = span.findLastIndex((token) => DAYS[token] !== undefined);
    const days = [...new Set(span.flatMap((token) => (DAYS[token] && DAYS[token] !== "saturday" ? [DAYS[token]] : [])))];
    const evenings = [...cue[0].split(" "), ...span].some((token) => EVENING_SAID.test(token));
    if (days.length === 0 || !evenings) continue;
    const through = Math.max(last + 1, span.findLastIndex((token) => EVENING_SAID.test(token)) + 1);
    return { days, said: [cue[0].trim(), ...span.slice(0, through)].join(" ") };
  }
  return undefined;
}

/** « impossible de venir en semaine », "busy on weekdays". */
const WEEKDAYS_TAKEN = /\b(impossible|pas dispo\w*|indisponible|unavailable|busy|occupee?|not available)\b( \w+){0,3} (en|on|during the|during) (semaine|weekdays?)\b/;
const EVENINGS_ONLY = /\b((only|seulement|uniquement|que) (\w+ ){0,2}?(le |in the |on )?(soirs?|soirees?|evenings?)|(le )?soir (seulement|uniquement)|(seulement|uniquement|que) le soir|evenings? only|only (in the )?evenings?|weeknights only|only (take|do|come|study|attend|follow|manage)\b(?:(?!not |no |saturday)[a-z0-9 ]){0,30} (on |in the )weekday evenings?|qu en semaine (le soir|en soiree))\b/;
const PREFERENCE = /\b(plutot|de preference|je prefere|je prefererais|idealement|si possible|prefer|preferably|ideally|rather|if possible)\b(.{0,25})/;
const START = /\b(a partir de|a partir du|a partir d|des le|des|debut|debuter en|commencer en|commencer au|reprendre en|from|starting in|starting|start in|beginning in|begin in)\s+(janvier|fevrier|mars|avril|mai|juin|septembre|octobre|novembre|decembre|january|february|march|april|may|june|september|october|november|december)\b/;

const ENGLISH_MONTH = /^(january|february|march|april|may|june|september|october|november|december)$/;

/** The limit of units a semester the words say, if any: the first count said with a limit's cue. */
function unitsLimit(w: string): number | undefined {
  for (const match of w.matchAll(UNITS_LIMIT)) {
    const [, before, count, after, per] = match;
    if (!before && !after && !per) continue;
    if (DONE_BEFORE.test(w.slice(Math.max(0, match.index - 12), match.index))) continue;
    // « au moins 3 UE par semestre », "at least two units": a minimum, which is no limit.
    if (AT_LEAST_BEFORE.test(w.slice(Math.max(0, match.index - 14), match.index))) continue;
    const n = /^\d+$/.test(count!) ? Number(count) : 1;
    // « moins de 3 UE par semestre »: 2 at most.
    return before && IS_FEWER_THAN.test(before) ? Math.max(0, n - 1) : n;
  }
  return undefined;
}

function words(text: string): string {
  const folded = numberWordsToDigits(foldText(text).replace(/['’]/g, " ").replace(/[^a-z0-9 ]+/g, " "));
  // "can't", "don't": one negation word.
  // « le we », « ce we »: the weekend typed short; « jbosse », « jfini »: the chat lexicon's « je travaille », « je finis ».
  return ` ${folded
    .replace(/[a-z]+/g, (word) => ABBREVIATIONS[word] ?? word)
    .replace(/\b(can|don|won|couldn|shouldn|isn) t\b/g, "not")
    .replace(/\bweek ends?\b/g, "weekend")
    .replace(/\b(le|les|ce|du|chaque|tous les) we\b/g, "$1 weekend")
    .replace(/\s+/g, " ")
    .trim()} `;
}

function modalitiesIn(text: string): Modality[] {
  const found: Modality[] = [];
  if (new RegExp(`\\b(${DISTANCE})\\b`).test(text)) found.push("distance");
  if (/\b(samedis?|saturdays?|weekend)\b/.test(text)) found.push("saturday");
  if (/\b(soirs?|soirees?|evenings?|nights?)\b/.test(text)) found.push("evening");
  if (/\b(hybride|hybrid)\b/.test(text)) found.push("hybrid");
  if (BLOCKED.test(text)) found.push("blocked-days");
  return found;
}

/** Said of a day after it: « le samedi c'est impossible », "Saturdays are out of the question for me". */
const RULED_OUT_AFTER = /^ ((c|ce|c est|est|sont|me|m|is|are|for|me|pour|moi|not|n|pas|really|vraiment|totalement|completely|absolument) )*(impossibles?|indisponibles?|unavailable|exclus?|out of the question|hors de question|(pas|not) possibles?|mort|morts|complique|compliquee|compliques|mission impossible|no go|a no go|off the table|out|(are |is )?not an option|pas une option)\b(?! of (?!the question))/;

/** Whether the words after a day rule it out, up to the next day or clause (« lundi et mardi, pas le samedi » rules out Saturday only). */
function ruledOutAfter(after: readonly string[]): boolean {
  const end = after.findIndex((w) => DAYS[w] !== undefined || CLAUSE.has(w));
  const segment = ` ${(end < 0 ? after : after.slice(0, end)).join(" ")} `;
  const ruledOut = RULED_OUT_AFTER.exec(segment);
  if (!ruledOut) return false;
  // « lundi, pas possible le samedi »: said of the day that follows, not of this one.
  const dayNext = end >= 0 && DAYS[after[end]!] !== undefined;
  return !(dayNext && /^\s*((le|la|les|on|the|en)\s*)?$/.test(segment.slice(ruledOut[0].length)));
}

/**
 * Said after a day, it is the only time one can come: "Saturday mornings are the only time I'm free", « le samedi est mon seul jour
 * de libre », "Saturday is the only day I can come" (it planned weekday evenings for a learner free only on Saturday mornings). Said of
 * oneself (« mon », « je »): « le samedi est le seul jour où GDN100 a lieu ? » asks of a unit. Only a time one is free or can come:
 * « le samedi est le seul jour où je bosse », "Saturday is the only day I'm busy", « … où je ne peux pas venir » rule it out instead
 * (they had made it the only one).
 */
const SOLE_TIME_AFTER =
  /^ (?:(?:matins?|mornings?|apres midi|afternoons?|aprem|soirs?|soirees?|evenings?) )?(?:is|are|est|sont|c est|ce sont|reste|restent|remain|remains) (?:(?:my|mon|ma|mes) (?:only|seule?s?) (?!(?:[a-z]+ )?(?:de |of )?(?:travail|boulot|taf|work|shift|garde|astreinte)\b)|(?:the|le|la|les) (?:only|seule?s?) (?:[a-z]+ ){0,2}(?:ou |when |where |that |que |qu )?(?:i|je|j) (?:can(?! t\b| not\b)|could(?!n| not\b)|am (?:free|available|off)|m (?:free|available|off)|have (?:free|time|off)|suis (?:libre|dispo\w*|disponible)|peux(?! pas\b)|pourrais(?! pas\b)|ai (?:de |du )?(?:libre|temps)))/;

/** Said after a day, it is the only time one works or cannot come: « le samedi est le seul jour où je bosse », "Saturday is the only day I'm busy". */
const SOLE_TAKEN_AFTER =
  /^ (?:(?:matins?|mornings?|apres midi|afternoons?|aprem|soirs?|soirees?|evenings?) )?(?:is|are|est|sont|c est|ce sont|reste|restent|remain|remains) (?:the|le|la|les) (?:only|seule?s?) (?:[a-z]+ ){0,2}(?:ou |when |where |that |que |qu )?(?:i|je|j) (?:work|m working|am working|m busy|am busy|not|cannot|can not|travaille|bosse|taffe|suis (?:pris|prise|occupee?|au travail)|ne (?:peux|pourrai|pourrais) pas|peux pas|n ai pas)\b/;

/** A verb of work, said of oneself before a day. */
const WORK_VERB = /^(travaille|bosse|taffe|taf|work|works|working)$/;

/** Words that join days into one group: « le mardi et le jeudi », "Tuesdays and Thursdays". */
const JOINING = new Set(["le", "les", "et", "ou", "the", "on", "and", "or", "soir", "soirs", "evening", "evenings"]);
/** Words that may go with days said alone: those joining them, and « le mardi et le jeudi soir seulement », "nights only". */
const JUST_DAYS_FILLER = new Set([...JOINING, "la", "soiree", "soirees", "night", "nights", "seulement", "uniquement", "only", "just"]);

/** Days said together, joined by « et », "and" (or nothing): each group in the order said. */
function coordinatedDays(tokens: readonly string[]): Weekday[][] {
  const groups: Weekday[][] = [];
  let group: Weekday[] = [];
  let gap = false;
  for (const token of tokens) {
    const day = DAYS[token];
    if (day && token !== "weekend") {
      if (gap) group = [];
      if (group.length === 0) groups.push(group);
      group.push(day);
      gap = false;
    } else if (!JOINING.has(token)) gap = true;
  }
  return groups.filter((days) => days.length > 1);
}

/** Days named with a negation before them in the same clause (or ruled out after), and days named as the only ones. */
/** A count of evenings a week, then the days named: « un soir par semaine le jeudi », « deux soirs par semaine, mardi et jeudi ». */
const EVENINGS_THEN_DAYS =
  /\b(?:un|une|1|deux|2|trois|3|one|two|three) (?:soirs?|soirees?|evenings?|nights?) (?:par|a la|per|a) (?:semaine|week) (?:(?:le|les|on|the) )?((?:lundi|mardi|mercredi|jeudi|vendredi|monday|tuesday|wednesday|thursday|friday)s?(?: (?:et|and|ou|or) (?:(?:le|les|on|the) )?(?:lundi|mardi|mercredi|jeudi|vendredi|monday|tuesday|wednesday|thursday|friday)s?)?)\b/;

function days(text: string, atPrompt = false): { unavailable: Weekday[]; only: Weekday[] } {
  const tokens = text.trim().split(" ");
  const unavailable = new Set<Weekday>();
  const only = new Set<Weekday>();
  tokens.forEach((token, k) => {
    const day = DAYS[token];
    if (!day) return;
    const before = tokens.slice(Math.max(0, k - 6), k);
    const cut = Math.max(...before.map((w, i) => (CLAUSE.has(w) ? i : -1)));
    const reach = before.slice(cut + 1);
    const after = tokens.slice(k + 1, k + 3);
    // The word nearest the day decides: "just NFA031, and no Saturdays" rules Saturdays out.
    // (« qu le samedi », « que » typed short on a phone: it had planned weekday evenings.)
    const typedShort = tokens[k - 1] === "qu" || (tokens[k - 2] === "qu" && /^(le|les)$/.test(tokens[k - 1] ?? ""));
    const lastOnly = typedShort ? reach.length : reach.findLastIndex((w) => ONLY.has(w));
    // « je ne travaille pas le samedi »: not working that day frees it.
    if (reach.some((w) => /^(travaille|bosse|taffe|work|working)$/.test(w)) && reach.some((w) => NEGATION.has(w))) return;
    // « je travaille que le samedi », « je bosse qu le samedi », "I only work on Saturdays": the only day worked is taken, not the
    // only one free (it had made Saturday the only day to come). The work verb next to the « only » word.
    const worked = reach.findLastIndex((w) => WORK_VERB.test(w));
    const onlyAt = typedShort ? k - 1 - (tokens[k - 1] === "qu" ? 0 : 1) - (k - reach.length) : lastOnly;
    if (worked >= 0 && onlyAt >= 0 && Math.abs(onlyAt - worked) === 1) {
      unavailable.add(day);
      return;
    }
    const lastNegation = reach.findLastIndex((w) => NEGATION.has(w));
    // (After the day, « que » restricts in a cleft, « c'est le samedi que je peux venir »; otherwise it starts another clause,
    // « jamais le samedi. Que dois-je prendre ? », which had made Saturday the only day.)
    const restricts = (w: string, i: number) => ONLY.has(w) && (w !== "que" || /^(je|j|on|nous|i)$/.test(after[i + 1] ?? tokens[k + 3] ?? ""));
    const following = ` ${tokens.slice(k + 1, k + 10).join(" ")} `;
    if (SOLE_TAKEN_AFTER.test(following)) unavailable.add(day);
    else if (lastOnly > lastNegation || after.some(restricts) || SOLE_TIME_AFTER.test(following)) only.add(day);
    else if (lastNegation >= 0 || ruledOutAfter(tokens.slice(k + 1, k + 6))) unavailable.add(day);
  });
  // « Je peux le lundi et le mercredi », "I can do Monday and Wednesday evenings", « dispo le mardi »: those days only.
  if (only.size === 0 && unavailable.size === 0) {
    const can = CAN_ATTEND.exec(text);
    if (can) {
      const following = (can[2] ?? "").trim().split(" ");
      const end = following.findIndex((w) => CLAUSE.has(w) || NEGATION.has(w) || /^(travaille|bosse|work|working|aussi|also|too|egalement)$/.test(w));
      const said = end < 0 ? following : following.slice(0, end);
      // « je suis libre le samedi aussi »: one more day, not the only one.
      if (end < 0 || !/^(aussi|also|too|egalement)$/.test(following[end] ?? "")) for (const w of said) if (DAYS[w] && w !== "weekend") only.add(DAYS[w]!);
    }
  }
  // « qu'un soir par semaine (le jeudi) », "one evening a week, Thursday": the evenings counted, then the days they are.
  if (only.size === 0) {
    const named = EVENINGS_THEN_DAYS.exec(text);
    if (named) for (const w of named[1]!.split(" ")) if (DAYS[w] && w !== "weekend") only.add(DAYS[w]!);
  }
  // "Tuesday and Thursday evenings only", « le mardi et le jeudi seulement »: the days said together share the « only » said of
  // one of them (Tuesday had been ruled out, leaving Thursday alone: false).
  if (only.size > 0) for (const group of coordinatedDays(tokens)) if (group.some((day) => only.has(day))) for (const day of group) if (!unavailable.has(day)) only.add(day);
  // « le mardi et le jeudi soir », answering the constraints question: days said alone are those one can come (not « et le
  // mardi et le jeudi ? » after a check, which asks).
  if (atPrompt && only.size === 0 && unavailable.size === 0 && tokens.every((w) => DAYS[w] !== undefined || JUST_DAYS_FILLER.has(w)) && tokens.some((w) => DAYS[w] !== undefined && w !== "weekend")) {
    for (const w of tokens) if (DAYS[w] && w !== "weekend") only.add(DAYS[w]!);
  }
  // « pas en semaine », "not on weekdays": Monday to Friday.
  if (/\b(pas|jamais|not|no|never) (en|on|during the) ?(semaine|weekdays?)\b/.test(text)) for (const day of WEEKDAYS.slice(0, 5)) unavailable.add(day);
  return { unavailable: [...unavailable], only: [...only] };
}

/** What a message says of the constraints; an empty object when it says nothing of them. */
export function readConstraints(text: string, now: Date, atPrompt = false): StatedConstraints {
  // « je travaille tous les soirs sauf le lundi », "my evenings are busy, except Mondays": those days only, the
  // rest of the sentence read without them (its « sauf » is no day ruled out, its « tous les soirs » no evening lost).
  const all = words(text);
  const busy = busyBesides(all);
  const w = busy ? all.replace(busy.said, " ") : all;
  const stated: StatedConstraints = {};
  const worked = eveningsWorkedOn(w);

  // « sans limite d'UE » lifts the limit of units, not that of evenings.
  const noUnitsLimit = NO_UNITS_LIMIT.test(w);
  if (NO_EVENING.test(w)) stated.maxEvenings = 0;
  else if (NO_LIMIT.test(noUnitsLimit ? w.replace(NO_UNITS_LIMIT, " ") : w)) stated.maxEvenings = null;
  else {
    // (« serveuse le soir trois fois par semaine, les lundis … »: the job's evenings, not those of classes.)
    const evenings = EVENINGS.exec(worked ? w.replace(worked.said, " ") : w);
    // « 2 jours », "3 times" count only with "a week"; evenings count alone.
    if (evenings && (/^(soir|soiree|evening|night)/.test(evenings[2]!) || evenings[3])) {
      const n = /^\d+$/.test(evenings[1]!) ? Number(evenings[1]) : 1;
      stated.maxEvenings = n;
    }
  }
  const ects = ECTS.exec(w);
  // ("two 6-credit units per semester", « deux UE de 6 crédits par semestre »: units of those credits, two of them, not 6 credits in all.)
  const unitsOfCredits = UNITS_OF_CREDITS.exec(w);
  // (`w` has its numbers in digits, numberWordsToDigits; « une », "one" stay words.)
  if (unitsOfCredits) stated.maxEcts = (/^\d$/.test(unitsOfCredits[1]!) ? Number(unitsOfCredits[1]) : 1) * Number(unitsOfCredits[2] ?? unitsOfCredits[3]);
  else if (ects && /\b(max|maximum|au plus|pas plus|par semestre|per semester|a semester|at most|no more)\b/.test(w)) stated.maxEcts = Number(ects[1]);
  const units = unitsLimit(w);
  if (units !== undefined) stated.maxUnits = units;
  else if (noUnitsLimit) stated.maxUnits = null;

  const from = weekdaysFromOf(w);
  if (from) stated.weekdaysFrom = from;
  // « je finis tous les jours à 20h, sauf le vendredi où je suis libre dès 17h »: that day is free earlier, not ruled out.
  const earlier = from ? earlierDaysAfter(w, from) : undefined;
  if (earlier) stated.weekdaysFromExcept = earlier.days;
  if (earlier?.at) stated.weekdaysFromExceptAt = earlier.at;
  const half = SATURDAY_HALF.exec(w);
  // « je bosse du lundi au samedi midi », "I work Saturday mornings": the morning is taken, the afternoon is free.
  const morningWorked = worksSaturdayMornings(w);
  if (morningWorked) stated.saturdayHalf = "afternoon";
  else if (half) stated.saturdayHalf = /^(matin|morning|am)/.test(half[1] ?? half[2] ?? "") ? "morning" : "afternoon";
  const { unavailable, only } = days(earlier ? w.replace(earlier.said, " ") : w, atPrompt);
  // « Je bosse le week-end », « le samedi je garde mes enfants »: the time is taken.
  const takenAt = TAKEN_AT.exec(w);
  // « je bosse le mardi soir »: that weekday only, not every evening.
  const takenDay = takenAt ? takenAt[0].split(" ").map((word) => DAYS[word]).find((day) => day !== undefined && day !== "saturday") : undefined;
  if (takenDay && !unavailable.includes(takenDay)) unavailable.push(takenDay);
  // « je suis souvent en déplacement en province le lundi et le mardi », "I'm away on Mondays": those days are out.
  const away = AWAY_ON.exec(w);
  for (const word of away ? away[1]!.split(" ") : []) if (DAYS[word] && !unavailable.includes(DAYS[word])) unavailable.push(DAYS[word]);
  // « réunion d'équipe le mercredi soir », "team meeting on Wednesday evenings": that evening is taken.
  const meeting = MEETING_ON.exec(w);
  for (const word of meeting ? meeting[1]!.split(" ") : []) if (DAYS[word] && DAYS[word] !== "saturday" && !unavailable.includes(DAYS[word])) unavailable.push(DAYS[word]);
  // « je travaille le soir les lundis et jeudis »: those evenings, not every one.
  for (const day of worked?.days ?? []) if (!unavailable.includes(day)) unavailable.push(day);
  const takenTime = takenDay ? undefined : (takenAt?.[1] ?? AT_TAKEN.exec(w)?.[1]);
  const taken = worked && takenTime && /^(soir|evening)/.test(takenTime) ? undefined : takenTime;
  // (« je bosse le samedi matin »: the morning only, its afternoon stays open.)
  if (taken && /^(samedi|saturday|weekend)/.test(taken) && !unavailable.includes("saturday") && !morningWorked) unavailable.push("saturday");
  if (WEEKDAYS_TAKEN.test(w)) for (const day of WEEKDAYS.slice(0, 5)) if (!unavailable.includes(day)) unavailable.push(day);
  if (only.length > 0) stated.unavailableDays = WEEKDAYS.filter((d) => !only.includes(d));
  else if (unavailable.length > 0) stated.unavailableDays = unavailable;
  // « pas dispo avant 20h en semaine »: the weekdays from that time, not the weekdays ruled out.
  if (from && stated.unavailableDays?.length === 5 && !stated.unavailableDays.includes("saturday")) delete stated.unavailableDays;
  // « le mardi et le jeudi soir et parfois le samedi matin », "and sometimes Saturday mornings": the half of Saturday said is a time
  // one can come, whatever the days read as the only ones (ANG320's Saturday morning had been said a time one cannot come: false).
  if (half && !morningWorked && stated.unavailableDays?.includes("saturday") && !SATURDAY_DENIED.test(w)) {
    stated.unavailableDays = stated.unavailableDays.filter((day) => day !== "saturday");
    if (stated.unavailableDays.length === 0) delete stated.unavailableDays;
  }
  // Evenings busy leave Saturday's daytime classes open; days busy do not.
  if (busy) stated.unavailableDays = (busy.evenings ? WEEKDAYS.slice(0, 5) : WEEKDAYS).filter((d) => !busy.free.includes(d));

  const modalities: NonNullable<StatedConstraints["modalities"]> = {};
  // « seulement le samedi et à distance », "only Saturdays or online": two ways, Saturday classes and distance learning.
  // ("I work fully remotely, so weekday evenings in Paris are fine": one's job at a distance, not one's studies.)
  const studying = w.replace(REMOTE_JOB, " ");
  if (SATURDAY_AND_DISTANCE_ONLY.test(studying)) modalities.only = ["saturday", "distance", "hybrid"];
  // ("Can I enrol in DSY101 from Lyon?": taken from far away, at a distance only.)
  else if (DISTANCE_ONLY.test(studying) || ONLY_AT_DISTANCE.test(studying) || asksFromAfar(text)) modalities.only = ["distance"];
  else if (EVENINGS_ONLY.test(w) && /\b(soirs?|evenings?) (ou|or|et|and) (le |les |on )?(samedis?|saturdays?)\b/.test(w)) {
    // « seulement le soir ou le samedi »: two ways, every day of the week still open.
    modalities.only = ["evening", "saturday", "distance", "hybrid"];
    delete stated.unavailableDays;
  } else if (EVENINGS_ONLY.test(w)) modalities.only = ["evening", "distance", "hybrid"];
  if (NO_DISTANCE.test(w)) modalities.remove = ["distance"];
  // « Je travaille le soir », "I work evenings": no weekday evening classes (a night shift may start after them).
  if (taken && /^(soir|evening)/.test(taken)) modalities.remove = [...(modalities.remove ?? []), "evening"];
  // « Je travaille en journée »: the days are taken, not wished for.
  const workDays = /\b(travaille|bosse|taffe|taf|work|works|working|busy|occupee?)( \w+){0,2} (en journee|la journee|le jour|during the day|daytime|in the day)\b/.test(w);
  if (workDays) modalities.remove = [...(modalities.remove ?? []), "blocked-days"];
  else if (BLOCKED.test(w)) {
    if (/\b(pas|sans|no|not|without|jamais|aucune?)\b.{0,12}\b(journees?|jours?|blocked|full|daytime|during)\b/.test(w)) modalities.remove = [...(modalities.remove ?? []), "blocked-days"];
    else modalities.add = ["blocked-days"];
  }
  if (Object.keys(modalities).length > 0) stated.modalities = modalities;

  const preference = PREFERENCE.exec(w);
  if (preference) {
    const preferred = modalitiesIn(` ${preference[2]} `);
    if (preferred.length > 0) stated.preferred = preferred;
  }

  // The semester read on the text with its punctuation (« 2026-2027 S2 »), « à partir de février » as « en février ».
  const folded = ` ${foldText(text).replace(/['’]/g, " ")} `;
  const start = readSemester(folded.replace(START, (_, _cue: string, month: string) => `${ENGLISH_MONTH.test(month) ? "in" : "en"} ${month}`), now);
  if (start) stated.firstSemester = start;
  return stated;
}

/** « je finis le travail à 19h » on weekdays: the earliest class time then (« 19:00 »); not when it speaks of Saturday. */
function weekdaysFromOf(w: string): string | undefined {
  const m = BUSY_UNTIL.exec(w);
  if (!m) return undefined;
  // (« je peux pas venir le samedi et je finis le taf à 19h »: Saturday in a clause of its own says nothing of this time.)
  const before = w.slice(Math.max(0, m.index - 24), m.index).split(/\b(?:et|and|mais|but)\b|[,.;]/).at(-1) ?? "";
  if (/\b(samedi|samedis|saturday|saturdays|weekend)\b/.test(`${before}${m[0]}`)) return undefined;
  const groups = m.slice(1);
  // Each alternative has the same five groups: hour, minutes (h form), minutes (spaced, with am/pm), am/pm, am/pm.
  for (let i = 0; i < groups.length; i += 5) {
    const [hour, minutes, spacedMinutes, half, halfAlone] = groups.slice(i, i + 5);
    if (hour === undefined) continue;
    let h = Number(hour);
    if ((half ?? halfAlone) === "pm" && h < 12) h += 12;
    if (h > 23) return undefined;
    // (« je ne peux pas partir avant 19h … le trajet me prend 35 minutes »: free to begin a class at 19h35.)
    const at = h * 60 + Number(minutes ?? spacedMinutes ?? "00") + (commuteMinutes(w) ?? 0);
    if (at >= 24 * 60) return undefined;
    return `${String(Math.floor(at / 60)).padStart(2, "0")}:${String(at % 60).padStart(2, "0")}`;
  }
  return undefined;
}

/**
 * The weekdays said right after the time one is busy until as exceptions to it: « je finis à 20h (tous les jours), sauf le
 * vendredi », "I work until 8pm every day except Fridays", and those said free that day (« sauf le vendredi où je suis libre dès
 * 17h », « … où je finis plus tôt »), with that day's own time when said (`at`: a class at 18h15 is not free « dès 19h »). Not
 * when what is said of them keeps them busy or is not understood: a time not earlier (« où je termine à 22h », « où je travaille
 * jusqu'à 21h »), late (« où je travaille tard », "when I work late"), or not coming (« où je ne peux pas venir »). `said`: the
 * words of the exception, which rule no day out.
 */
function earlierDaysAfter(w: string, from: string): { days: Weekday[]; said: string; at?: string } | undefined {
  const until = BUSY_UNTIL.exec(w);
  if (!until) return undefined;
  const rest = w.slice(until.index + until[0].length);
  const except = EXCEPT_DAYS_AFTER.exec(rest);
  if (!except) return undefined;
  const days = except[1]!.split(" ").flatMap((word) => (word === "weekend" ? [] : (DAYS[word] ?? [])));
  if (days.length === 0 || days.includes("saturday")) return undefined;
  const after = rest.slice(except[0].length);
  const told = DAY_TOLD.exec(after);
  // « … sauf le mercredi », "except Fridays. Saturdays are impossible": nothing said of that day, free from the time.
  if (!told) return { days, said: except[0] };
  // What is said of it: up to a new clause, a time, or a few words.
  const words = after.slice(told[0].length).trim().split(" ");
  const stop = words.findIndex((word) => /^(et|mais|and|but|donc|so|puis|then)$/.test(word));
  let of = ` ${words.slice(0, Math.min(stop < 0 ? TOLD_WORDS : stop, TOLD_WORDS)).join(" ")} `;
  const clock = CLOCK_SAID.exec(of);
  if (clock) of = of.slice(0, clock.index + clock[0].length);
  const at = clock ? clockOf(clock) : undefined;
  const busy = /\b(travaille|bosse|taffe|work|working|occupee?|pris|prise|busy)\b/.test(of);
  const not = /\b(pas|not|never|jamais|ne|n|cannot)\b/.test(of);
  let free: boolean;
  // « où je ne travaille pas »: free; « où je ne peux pas venir », "when I can't come": out.
  if (not) free = busy;
  // « où je travaille tard », "when I work late", « où je finis plus tard ».
  else if (/\b(tard|late|later)\b/.test(of)) free = false;
  else if (/\b(libres?|dispo\w*|disponibles?|free|off|available|tot|earlier|early|repos|conge)\b/.test(of)) free = true;
  // « où je termine à 17h », « où je travaille jusqu'à 21h »: free from that time if earlier.
  else if (busy || /\b(finis|fini|finit|termine|sors|quitte|debauche|finish|leave|get off|until|till|jusqu)\b/.test(of)) free = at !== undefined;
  // Words not understood: of that day after « où », "when"; otherwise another sentence (« sauf le vendredi. Je peux m'inscrire… »).
  else return told[1] ? undefined : { days, said: except[0] };
  if (!free || (at !== undefined && at >= from)) return undefined;
  return { days, said: `${except[0]}${told[0]}${of.trimEnd()}`, ...(at !== undefined ? { at } : {}) };
}
/** A few words (not a new clause), then « sauf le vendredi », "except Fridays". */
const EXCEPT_DAYS_AFTER = new RegExp(
  String.raw`^(?: (?!et |mais |and |but |donc |so )[a-z0-9]+){0,4}? (?:sauf|excepte|hormis|except|apart from|but not) ((?:(?:le|les|on|the|et|and) )*(?:${DAY_WORD})\b(?: (?:(?:et|and|le|les|on|the) )*(?:${DAY_WORD})\b)*)`,
);
/** What is said of the days excepted begins with its subject, after « où », "when" (`[1]`): « où je suis libre dès 17h ». */
const DAY_TOLD = /^ (?:(ou|quand|when|where|as|that day|ce jour la|on which) )?(?:je|j|i|on)(?= )/;
/** Words read of the days excepted, at most. */
const TOLD_WORDS = 8;
/** A time of day in words as `words` folds them: « 17h », « 18h30 », « 19 h 30 », "7pm", "7 30 pm". */
const CLOCK_SAID = / (\d{1,2})(?: ?(?:h|heures?)(?: ?(\d{2}))?| (\d{2}) ?(am|pm)| ?(am|pm))(?![a-z0-9])/;
/** The time a CLOCK_SAID match says: « 17:00 »; undefined past 23h. */
function clockOf(m: RegExpExecArray): string | undefined {
  let h = Number(m[1]);
  if ((m[4] ?? m[5]) === "pm" && h < 12) h += 12;
  if (h > 23) return undefined;
  return `${String(h).padStart(2, "0")}:${m[2] ?? m[3] ?? "00"}`;
}

/**
 * An answer to the constraints question: what readConstraints reads, and a bare number (« 2 »,
 * « deux », "two") as evenings a week, since the question leads with them. Only at the question:
 * in a first message a lone number means nothing of the kind.
 */
export function readConstraintsAnswer(text: string, now: Date): StatedConstraints {
  const bare = /^ (\d{1,2}|un|une|one)(?: (?:stp|svp|please|merci|thanks))? $/.exec(words(text));
  if (bare) return { maxEvenings: /^\d+$/.test(bare[1]!) ? Number(bare[1]) : 1 };
  return readConstraints(text, now, true);
}

export function saysAnything(stated: StatedConstraints): boolean {
  return Object.keys(stated).length > 0;
}

/** What was said before, with what is said now on top (the modalities merged, not replaced). */
export function mergeStated(before: StatedConstraints, now: StatedConstraints): StatedConstraints {
  return { ...before, ...now, ...(now.modalities ? { modalities: { ...before.modalities, ...now.modalities } } : {}) };
}

/** The defaults: three evenings a week, every day, every modality but blocked weekdays, from the next semester. */
export function defaultConstraints(now: Date): PlanningConstraints {
  return {
    firstSemester: formatSemester(nextSemester(now)),
    maxEvenings: DEFAULT_MAX_EVENINGS,
    unavailableDays: [],
    modalities: DEFAULT_MODALITIES,
    preferredModalities: [],
  };
}

/**
 * The constraints with what the learner said applied on top. A first semester already running or
 * past becomes the next one: one cannot enrol in a semester under way.
 */
export function applyStated(base: PlanningConstraints, stated: StatedConstraints, now: Date): PlanningConstraints {
  let modalities = [...base.modalities];
  if (stated.modalities?.only) modalities = [...stated.modalities.only];
  for (const m of stated.modalities?.add ?? []) if (!modalities.includes(m)) modalities.push(m);
  modalities = modalities.filter((m) => !(stated.modalities?.remove ?? []).includes(m));
  const next = formatSemester(nextSemester(now));
  const first = stated.firstSemester ?? base.firstSemester;
  const { maxEvenings: _evenings, maxEcts: _ects, maxUnits: _units, ...rest } = base;
  const maxEvenings = stated.maxEvenings === undefined ? base.maxEvenings : stated.maxEvenings ?? undefined;
  const maxEcts = stated.maxEcts === undefined ? base.maxEcts : stated.maxEcts ?? undefined;
  const maxUnits = stated.maxUnits === undefined ? base.maxUnits : stated.maxUnits ?? undefined;
  const weekdaysFrom = stated.weekdaysFrom ?? base.weekdaysFrom;
  const weekdaysFromExcept = stated.weekdaysFrom ? stated.weekdaysFromExcept : base.weekdaysFromExcept;
  const weekdaysFromExceptAt = stated.weekdaysFrom ? stated.weekdaysFromExceptAt : base.weekdaysFromExceptAt;
  const saturdayHalf = stated.saturdayHalf ?? base.saturdayHalf;
  return {
    ...rest,
    ...(maxEvenings !== undefined ? { maxEvenings } : {}),
    ...(maxEcts !== undefined ? { maxEcts } : {}),
    ...(maxUnits !== undefined ? { maxUnits } : {}),
    unavailableDays: stated.unavailableDays ?? base.unavailableDays,
    ...(weekdaysFrom !== undefined ? { weekdaysFrom } : {}),
    ...(weekdaysFrom !== undefined && weekdaysFromExcept ? { weekdaysFromExcept } : {}),
    ...(weekdaysFrom !== undefined && weekdaysFromExcept && weekdaysFromExceptAt ? { weekdaysFromExceptAt } : {}),
    ...(saturdayHalf !== undefined ? { saturdayHalf } : {}),
    modalities,
    preferredModalities: (stated.preferred ?? base.preferredModalities).filter((m) => modalities.includes(m)),
    firstSemester: compareSemesters(first, next) < 0 ? next : first,
  };
}

/**
 * Zero evenings while accepting classes in person: a contradiction to explain, not a plan to search
 * (unless the learner also said « à distance seulement »).
 */
export function zeroEveningsInPerson(constraints: PlanningConstraints): boolean {
  return constraints.maxEvenings === 0 && constraints.modalities.some((m) => m === "evening" || m === "saturday" || m === "hybrid");
}

/**
 * What the learner said of when they can attend, as an enrolment check weighs it: the days ruled
 * out, and the ways of taking classes they accept (« le soir seulement », « pas à distance »);
 * undefined when they said nothing of it.
 */
export function availabilityOf(stated: StatedConstraints): Availability | undefined {
  const said = stated.modalities;
  let modalities: Modality[] | undefined;
  if (said?.only || said?.remove) {
    modalities = (said.only ?? [...MODALITIES]).filter((m) => !(said.remove ?? []).includes(m));
    for (const m of said.add ?? []) if (!modalities.includes(m)) modalities.push(m);
  }
  const unavailableDays = stated.unavailableDays ?? [];
  if (unavailableDays.length === 0 && !modalities && !stated.weekdaysFrom && !stated.saturdayHalf) return undefined;
  return {
    unavailableDays,
    ...(modalities ? { modalities } : {}),
    ...(stated.weekdaysFrom ? { weekdaysFrom: stated.weekdaysFrom } : {}),
    ...(stated.weekdaysFrom && stated.weekdaysFromExcept ? { weekdaysFromExcept: stated.weekdaysFromExcept } : {}),
    ...(stated.weekdaysFrom && stated.weekdaysFromExcept && stated.weekdaysFromExceptAt ? { weekdaysFromExceptAt: stated.weekdaysFromExceptAt } : {}),
    ...(stated.saturdayHalf ? { saturdayHalf: stated.saturdayHalf } : {}),
  };
}

/**
 * The times a learner tells of themselves beside a plan, kept for a plan asked turns later (« j'ai un BTS SIO et je bosse le
 * week-end », then « en combien de temps ? »): the days they say they work now are ruled out; a day said free again or no
 * longer worked (« en fait non, je suis libre le samedi », "I quit that job, I'm free any day now") is no longer. Nothing else
 * said of time is kept: read in stories, evenings taken by football, past limits and others' times had limited plans. The
 * message is kept from only when it tells, in the first person, asks nothing and names no unit (« NFA031 c'est le samedi
 * seulement ? » asks of a unit). `kept`: what earlier messages left; returned unchanged when this one tells nothing of it.
 */
export function keptForALaterPlan(text: string, kept: StatedConstraints | undefined): StatedConstraints | undefined {
  const words = ` ${foldText(text).replace(/['’]/g, " ").replace(/[^a-z0-9]+/g, " ")} `.replace(/ week ends? /g, " weekend ");
  const told = !text.includes("?") && !QUESTION_WORD.test(words) && findUnitCodes(text).length === 0 && FIRST_PERSON_SAID.test(words) && ownTime(words);
  if (!told) return kept;
  const free = FREE_SAID.test(words) || NO_LONGER_WORKED.test(words) || QUIT_THE_JOB.test(words) ? (ANY_DAY.test(words) || QUIT_THE_JOB.test(words) ? [...WEEKDAYS] : daysNamed(words)) : [];
  if (free.length > 0) return kept?.unavailableDays ? { ...kept, unavailableDays: kept.unavailableDays.filter((day) => !free.includes(day)) } : kept;
  const worked = WORKS_ON.test(words) && !NO_LONGER_WORKED.test(words) && !PAST_SAID.test(words) ? daysNamed(words) : [];
  return worked.length > 0 ? { ...kept, unavailableDays: [...new Set([...(kept?.unavailableDays ?? []), ...worked])] } : kept;
}

/** The weekdays folded words name (DAYS: « samedi », "saturdays", « weekend » is Saturday). */
function daysNamed(words: string): Weekday[] {
  return [...new Set(words.split(" ").flatMap((word) => DAYS[word === "weekends" ? "weekend" : word] ?? []))];
}
/** DAYS' words, and « weekends ». */
const DAY_WORDS = [...Object.keys(DAYS), "weekends"].join("|");
const FIRST_PERSON_SAID = / (je|j|jbosse|jtravaille|i|i m|me|moi|my) /;
const FREE_SAID = / (libre|libres|dispo|disponible|free|available) /;
const ANY_DAY = / (any day|every day|all week|tous les jours|n importe quel jour|toute la semaine) /;
const QUIT_THE_JOB = / (quit (that|my|the) job|j ai quitte (ce|mon|le) (job|boulot|travail|poste)|plus de boulot|no longer have (that|this|the) job) /;
/** Days said worked now: « je bosse le week-end », "I work on Saturdays". */
const WORKS_ON = new RegExp(String.raw` (je bosse|je travaille|jbosse|jtravaille|je taffe|i work|i m working|i am working)( aussi| egalement| also)? (le |les |on |the |tous les |every )?(${DAY_WORDS}) `);
const NO_LONGER_WORKED = new RegExp(String.raw` (ne (bosse|travaille) plus|(bosse|travaille) plus|no longer work|don t work|do not work|not working)( \w+){0,2} (le |les |on |the )?(${DAY_WORDS}) `);
const PAST_SAID = / (avant|l an dernier|l annee derniere|autrefois|used to|last year|before|previously|j ai bosse|j ai travaille) /;
