import { isPolarQuestion } from "../../domain/understanding/polar-question";
import { focusOnQuestion } from "../../domain/understanding/question-focus";
import type { Catalog } from "../../domain/catalog/catalog";
import type { Unit } from "../../domain/catalog/unit.schema";
import type { Language } from "../../domain/language/language";
import { unitModalities } from "../../domain/catalog/unit.schema";
import { meetsOnSiteToo, weeklyMinutes } from "../../domain/catalog/catalog";
import { foldText } from "../../domain/understanding/text-normalizer";
import { askedModality, eitherWay, saysEntirelyAtADistance, saysOnlyOneWay, type AskedModality } from "../../domain/understanding/unit-facets";
import { catalogWording, describeOffering, unknownUnit } from "../common/catalog.wording";
import { feedbackActions, message, say } from "../common/replies";
import { intentOf, type ReplyJob } from "../job";
import { unitScheduleWording } from "./unit-schedule.wording";
import { misfit, saysAvailability, summarizeOffering, type Availability } from "../../domain/eligibility/availability.rule";
import { saysWhenFree } from "../../domain/understanding/understanding";
import { availabilityOf, readConstraints } from "../planning/planning.constraints";

function describeClasses(unit: Unit, language: Language, asked?: AskedModality, words = "", free?: Availability): string {
  const w = unitScheduleWording[language];
  if (unit.offerings.length === 0) return w.none(unit.code);
  // « Combien d'heures par semaine ? »: each weekly timetable with its hours in a week.
  const perWeek = (offering: Unit["offerings"][number]) => {
    const minutes = weeklyMinutes(offering.weekly);
    return minutes > 0 ? w.perWeek(minutes) : "";
  };
  const classes = [w.heading(unit.code, unit.title), ...unit.offerings.map((offering) => `- ${describeOffering(offering, language)}${perWeek(offering)}`)].join("\n");
  // "I finish work at 7pm, can I make it to NSY103's evening classes?": weighed with when the learner is free, offering by
  // offering (it had said « Yes: offered as evening classes » of classes starting at 18:15).
  if (free) return `${freeTimeVerdict(unit, free, language, asked)}\n\n${classes}`;
  // « Combien de séances en présentiel ? » asks how many, not whether: the classes alone.
  if (!asked || HOW_MANY.test(words)) return classes;
  // « NSY103 c'est le soir ou le samedi ? »: which of the ways named, no « Oui » to an either-or.
  const either = eitherWay(words);
  return `${either.length ? eitherVerdict(unit, either, language) : modalityVerdict(unit, asked, language, words)}\n\n${classes}`;
}

/** Yes when every class of the unit meets when the learner is free, no when none does, and otherwise the ones that do. */
function freeTimeVerdict(unit: Unit, free: Availability, language: Language, asked?: AskedModality): string {
  const w = unitScheduleWording[language];
  const said = w.freeTimes(free);
  const suiting = unit.offerings.filter((offering) => misfit(summarizeOffering(offering), free) === undefined);
  // "Can I make it to NSY103's evening classes?": that way's classes weighed first, the others said after.
  // (« je bosse tous les samedis »: the day named is the one the learner cannot come, no way asked about.)
  const ofTheWay = asked && asked !== "in-person" && !(asked === "saturday" && free.unavailableDays.includes("saturday")) ? unit.offerings.filter((offering) => offering.modality === asked) : [];
  if (ofTheWay.length > 0 && !ofTheWay.some((offering) => suiting.includes(offering))) {
    return w.notThatWay(unit.code, w.way[asked!], said, suiting.map((offering) => describeOffering(offering, language)));
  }
  if (ofTheWay.length > 0 && ofTheWay.every((offering) => suiting.includes(offering))) return w.fitsThatWay(unit.code, w.way[asked!], said);
  if (suiting.length === unit.offerings.length) return w.fitsAll(unit.code, said);
  if (suiting.length === 0) return w.fitsNone(unit.code, said);
  return w.fitsSome(unit.code, said, suiting.map((offering) => describeOffering(offering, language)));
}

/** When the learner says they are free (« je finis à 19h », "I work every Saturday"), as the catalog's offerings are weighed; undefined otherwise. */
function freeTimeSaid(text: string, now: Date): Availability | undefined {
  const words = ` ${foldText(text).replace(/['’]/g, " ").replace(/[^a-z0-9]+/g, " ")} `;
  // (No hour said of a Saturday, which the reading would take for weekdays: « dispo à partir de 13h le samedi ».)
  if (!saysWhenFree(text) || SATURDAY_HOUR.test(words)) return undefined;
  const availability = availabilityOf(readConstraints(text, now));
  return saysAvailability(availability) && availability.modalities === undefined ? availability : undefined;
}

/** An hour said with Saturday: « à partir de 13h le samedi », "from 9am on Saturdays". */
const SATURDAY_HOUR = /\b(samedis?|saturdays?)\b.{0,20}\b\d{1,2} ?(h|am|pm)|\b\d{1,2} ?(h|am|pm)\b.{0,20}\b(samedis?|saturdays?)\b/;

/** A question of how many, not of whether. */
const HOW_MANY = /\b(combien|cb|how many|how much|nombre de|number of)\b/;

/** Wholly one way: « entièrement », "fully", « 100 % ». */
const ENTIRELY = /\b(entierement|totalement|completement|integralement|tout a distance|tout en ligne|100|fully|entirely|completely|totally|all online|100 ?%)\b/;

/** The ways named in an either-or that the unit's offerings have, and those it has not. */
function eitherVerdict(unit: Unit, ways: readonly AskedModality[], language: Language): string {
  const w = unitScheduleWording[language];
  const modalities = unitModalities(unit);
  // "In person or remotely?" of a hybrid unit (and no unit wholly at a distance): partly each, said so.
  if (modalities.includes("hybrid") && !modalities.includes("distance") && ways.includes("in-person") && ways.includes("distance")) return w.hybrid(unit.code);
  const has = (way: AskedModality) => (way === "in-person" ? modalities.some((m) => m !== "distance") : modalities.includes(way) || (way === "distance" && modalities.includes("hybrid")));
  const offered = ways.filter(has).map((way) => w.way[way]);
  const not = ways.filter((way) => !has(way)).map((way) => w.way[way]);
  return w.either(unit.code, offered, not);
}

/**
 * « NFA041 c'est à distance ? »: yes or no from the catalog's offerings, then where it is. « Seulement
 * le soir ? » is a yes only when every offering is.
 */
function modalityVerdict(unit: Unit, asked: AskedModality, language: Language, words: string): string {
  const w = unitScheduleWording[language];
  const modalities = unitModalities(unit);
  // A hybrid unit is partly in person, partly at a distance: neither a plain yes nor a plain no to either.
  const whole = modalities.filter((m) => m !== "hybrid");
  if (modalities.includes("hybrid") && (asked === "in-person" || asked === "distance") && !whole.some((m) => (asked === "in-person" ? m !== "distance" : m === "distance"))) {
    return w.hybrid(unit.code);
  }
  const matches = (m: (typeof modalities)[number]) => (asked === "in-person" ? m !== "distance" && m !== "hybrid" : m === asked);
  const offered = modalities.some(matches);
  const others = modalities.filter((m) => !matches(m));
  // « je peux éviter le samedi pour GDN100 ? », « être dispensé des cours du samedi »: whether it can be taken another way (it said
  // « Oui : GDN100 est proposée le samedi », a yes to the wrong question).
  const listed = () => others.map((m) => catalogWording[language].modality[m]).join(language === "fr" ? " ; " : "; ");
  if (offered && asked !== "distance" && asked !== "in-person" && AVOIDS_THE_WAY.test(words)) return others.length > 0 ? w.avoidable(unit.code, w.way[asked], listed()) : w.notAvoidable(unit.code, w.way[asked]);
  if (offered && saysOnlyOneWay(words) && others.length > 0) {
    return w.notOnly(unit.code, w.way[asked], others.map((m) => catalogWording[language].modality[m]).join(language === "fr" ? " ; " : "; "));
  }
  // « FOAD avec regroupements »: at a distance, yet not only; neither a plain yes nor a plain no.
  const gatherings = unit.offerings.some(meetsOnSiteToo);
  // « ESD104 on peut la faire entièrement à distance ? »: not when its distance classes meet on site too.
  if (offered && asked === "distance" && gatherings && (saysOnlyOneWay(words) || ENTIRELY.test(words) || saysEntirelyAtADistance(words))) return w.notEntirelyAtADistance(unit.code);
  if (offered) return w.offered(unit.code, w.way[asked]);
  if (gatherings && asked === "in-person") return w.distanceWithGatherings(unit.code);
  // « Je ne suis libre que le samedi. DSY101 c'est possible ? », « jbosse en 3x8, je peux faire FPG114 ? »: a unit wholly at a
  // distance has no day to come, which suits whatever time the learner has (it said « Non : pas proposée le samedi »: false).
  if (asked !== "distance" && asked !== "in-person" && modalities.includes("distance") && !gatherings && MAY_I_OR_FREE.test(words)) return w.atADistanceSuits(unit.code);
  const ways = modalities.map((m) => catalogWording[language].modality[m]).join(language === "fr" ? " ; " : "; ");
  return w.notOffered(unit.code, w.way[asked], ways);
}

/** A way of a unit's classes asked to be avoided: « éviter le samedi », « dispensé des cours du samedi », "skip the Saturday classes". */
const AVOIDS_THE_WAY =
  /\b(eviter|zapper|skip|avoid|(dispense\w*|exempte\w*|exempt(ed)? from) (des|du|de|d|the))( les| le| des| du| the)?( cours| classes| seances| sessions)?( du| de| le| en| on| the)? (samedis?|soirs?|journees?( bloquees)?|saturdays?|evenings?|weekends?)\b|\b(skip|avoid|exempt(ed)? from|miss) the (saturday|evening|weekend) (classes|sessions|lessons)\b/;

/** Whether the learner asks if they may do it, or says when they are free. */
const MAY_I_OR_FREE = /\b(peux|pourrais|possible|jouable|faisable|libre|libres|dispo\w*|disponibles?|bosse|travaille|3x8|horaires decales|can i|could i|free|available|work|shifts?)\b/;

function known(codes: readonly string[], catalog: Catalog): Unit[] {
  return codes.flatMap((code) => catalog.units.get(code) ?? []);
}

/** « Quand ont lieu les cours de NSY103 ? »: the semesters, days, hours and modality of a unit's classes, from the catalog. */
export const unitScheduleJob: ReplyJob = {
  name: "unit-schedule",
  handles: { "unit-schedule": "new-topic" },
  label: { fr: "Horaires d'une unité (catalogue)", en: "A unit's timetable (catalog)" },
  help: { fr: "donner les horaires d'une unité (« quand ont lieu les cours de NSY103 ? »)", en: 'give a unit\'s timetable ("when are the classes of NSY103?")' },
  async reply(turn) {
    const codes = intentOf(turn, "unit-schedule").codes.slice(0, 3);
    const catalog = await turn.services.catalog();
    const words = ` ${foldText(turn.understood.text).replace(/['’]/g, " ").replace(/[^a-z0-9]+/g, " ")} `;
    const asked = askedModality(words);
    // (A yes or no only to a yes-or-no question: « je finis à 20h, GDN100 c'est à quelle heure ? » asks its hours.)
    // (Of a long message, its question: « Bonsoir, je suis comptable … je ne peux pas partir avant 19h … Est-ce que c'est compatible avec
    // mes horaires ? » got the timetable alone.)
    const free = isPolarQuestion(turn.understood.text) || isPolarQuestion(focusOnQuestion(turn.understood.text).question) ? freeTimeSaid(turn.text, turn.services.now()) : undefined;
    const text = codes.map((code) => {
      const unit = catalog.units.get(code);
      return unit ? describeClasses(unit, turn.language, asked, words, free) : unknownUnit(code, catalog, turn.language);
    });
    const first = known(codes, catalog)[0];
    await turn.context.sendActivity(message(text.join("\n\n"), [...(first ? [say(unitScheduleWording[turn.language].checkAction(first.code))] : []), ...feedbackActions(turn.language)]));
    return first ? { kind: "answered", answerId: "unit-schedule" } : { kind: "unanswered", question: turn.text, suggested: [] };
  },
};
