import type { Language } from "../../domain/language/language";
import type { AskedModality } from "../../domain/understanding/unit-facets";
import type { Availability } from "../../domain/eligibility/availability.rule";
import { catalogWording, classDuration } from "../common/catalog.wording";

/** Wording of a unit's classes, French first. */
export const unitScheduleWording: Record<
  Language,
  {
    heading: (code: string, title: string) => string;
    perWeek: (minutes: number) => string;
    none: (code: string) => string;
    checkAction: (code: string) => string;
    /** The yes or no to « c'est à distance ? », "on Saturdays?", then the classes. */
    offered: (code: string, way: string) => string;
    notOffered: (code: string, way: string, ways: string) => string;
    /** A unit wholly at a distance, asked by someone free at some times only: no class to come to, so it suits. */
    atADistanceSuits: (code: string) => string;
    /** « Seulement le soir ? » of a unit also taught otherwise. */
    notOnly: (code: string, way: string, others: string) => string;
    /** « je peux éviter le samedi ? »: the way to avoid is one of several; or the only one. */
    avoidable: (code: string, way: string, others: string) => string;
    notAvoidable: (code: string, way: string) => string;
    /** Taught at a distance, with gatherings on site that an offering's note mentions. */
    distanceWithGatherings: (code: string) => string;
    notEntirelyAtADistance: (code: string) => string;
    /** Asked at a distance or in person, a hybrid unit is neither alone: both, said plainly. */
    hybrid: (code: string) => string;
    way: Record<AskedModality, string>;
    /** When the learner said they are free, as weighed against the classes. */
    freeTimes: (free: Availability) => string;
    /** Every class meets when the learner is free, none does, or only these offerings do. */
    fitsAll: (code: string, free: string) => string;
    fitsNone: (code: string, free: string) => string;
    fitsSome: (code: string, free: string, offerings: readonly string[]) => string;
    /** Every class of the way asked (« le soir ») meets when the learner is free. */
    fitsThatWay: (code: string, way: string, free: string) => string;
    /** The way asked (« le soir ») has no class when the learner is free; `others` are the unit's classes that suit. */
    notThatWay: (code: string, way: string, free: string, others: readonly string[]) => string;
    /** « C'est le soir ou le samedi ? »: the ways named it has (both, one, none), no yes or no. */
    either: (code: string, offered: readonly string[], not: readonly string[]) => string;
  }
> = {
  fr: {
    offered: (code, way) => `Oui : ${code} est proposée ${way}.`,
    notOffered: (code, way, ways) => `Non : ${code} n'est pas proposée ${way}. Ses modalités : ${ways}.`,
    atADistanceSuits: (code) => `Oui : ${code} est entièrement à distance (FOAD), sans cours à horaire fixe à suivre sur place : elle s'accorde avec vos disponibilités. Vérifiez tout de même son emploi du temps (examen, éventuels rendez-vous en ligne).`,
    notOnly: (code, way, others) => `Non, pas seulement : ${code} est proposée ${way}, mais aussi : ${others}.`,
    avoidable: (code, way, others) => `Oui : ${code} est proposée ${way}, mais aussi autrement (${others}) ; ses cours ci-dessous disent quel semestre.`,
    notAvoidable: (code, way) => `Non : ${code} n'est proposée que ${way} ; une dispense des cours n'est pas dans mes sources, son secrétariat pédagogique peut vous le dire.`,
    distanceWithGatherings: (code) => `${code} est enseignée à distance (FOAD), avec des regroupements en présence : voyez la note de ses cours ci-dessous.`,
    notEntirelyAtADistance: (code) => `Pas entièrement : ${code} est enseignée à distance (FOAD), mais avec des regroupements en présence (voyez la note de ses cours ci-dessous).`,
    hybrid: (code) => `${code} est hybride : en partie en présentiel, en partie à distance. Voyez la note de ses cours ci-dessous.`,
    way: { distance: "à distance (FOAD)", saturday: "le samedi", evening: "en cours du soir", "blocked-days": "en journées bloquées", "in-person": "en présentiel" },
    either: (code, offered, not) =>
      offered.length === 0
        ? `Ni l'un ni l'autre : ${code} n'est proposée ni ${not.join(" ni ")}.`
        : not.length === 0
          ? `Les deux : ${code} est proposée ${offered.join(" et ")} (selon le semestre, ci-dessous).`
          : `${code} est proposée ${offered.join(" et ")}, pas ${not.join(" ni ")}.`,
    heading: (code, title) => `Cours de ${code} — ${title} :`,
    perWeek: (minutes) => `, soit ${classDuration(minutes)} par semaine`,
    none: (code) => `${code} n'a pas de cours planifiés dans le catalogue (unité d'activité, ou planning pas encore publié) : sa fiche formation le dira.`,
    checkAction: (code) => `Puis-je m'inscrire à ${code} ?`,
    freeTimes: (free) =>
      [
        free.weekdaysFrom ? `en semaine à partir de ${catalogWording.fr.time(free.weekdaysFrom)}` : "",
        free.unavailableDays.length ? `pas ${free.unavailableDays.map((day) => `le ${catalogWording.fr.days[day]}`).join(" ni ")}` : "",
        free.saturdayHalf ? `le samedi ${free.saturdayHalf === "afternoon" ? "après-midi" : "matin"}` : "",
      ]
        .filter(Boolean)
        .join(", "),
    fitsAll: (code, free) => `Oui : les cours de ${code} ont lieu quand vous dites être libre (${free}).`,
    fitsNone: (code, free) => `Non : aucun des cours de ${code} n'a lieu quand vous dites être libre (${free}). Voyez ses horaires ci-dessous ; un conseiller peut vous aider à trouver une autre unité.`,
    fitsThatWay: (code, way, free) => `Oui : ${code} ${way} tombe quand vous dites être libre (${free}).`,
    notThatWay: (code, way, free, others) =>
      `Non : ${code} ${way} ne tombe pas quand vous dites être libre (${free}).${others.length ? ` Ceux-ci vous conviennent : ${others.join(" ; ")}.` : ""}`,
    fitsSome: (code, free, offerings) => `Pas tous : quand vous dites être libre (${free}), seuls ces cours de ${code} vous conviennent : ${offerings.join(" ; ")}.`,
  },
  en: {
    offered: (code, way) => `Yes: ${code} is offered ${way}.`,
    notOffered: (code, way, ways) => `No: ${code} is not offered ${way}. Its modalities: ${ways}.`,
    atADistanceSuits: (code) => `Yes: ${code} is entirely at a distance (FOAD), with no classes at set times to attend on site: it fits the times you have. Still check its timetable (exam, any online meetings).`,
    notOnly: (code, way, others) => `No, not only: ${code} is offered ${way}, and also: ${others}.`,
    avoidable: (code, way, others) => `Yes: ${code} is offered ${way}, but also otherwise (${others}); its classes below say in which semester.`,
    notAvoidable: (code, way) => `No: ${code} is offered only ${way}; an exemption from its classes is not in my sources, its teaching secretariat can tell you.`,
    distanceWithGatherings: (code) => `${code} is taught at a distance (FOAD), with in-person gatherings: see the note of its classes below.`,
    notEntirelyAtADistance: (code) => `Not entirely: ${code} is taught at a distance (FOAD), but with in-person gatherings (see the note of its classes below).`,
    hybrid: (code) => `${code} is hybrid: partly in person, partly at a distance. See the note of its classes below.`,
    way: { distance: "at a distance (FOAD)", saturday: "on Saturdays", evening: "as evening classes", "blocked-days": "in blocked days", "in-person": "in person" },
    either: (code, offered, not) =>
      offered.length === 0
        ? `Neither: ${code} is offered neither ${not.join(" nor ")}.`
        : not.length === 0
          ? `Both: ${code} is offered ${offered.join(" and ")} (depending on the term, below).`
          : `${code} is offered ${offered.join(" and ")}, not ${not.join(" nor ")}.`,
    heading: (code, title) => `Classes of ${code} — ${title}:`,
    perWeek: (minutes) => `, that is ${classDuration(minutes)} a week`,
    none: (code) => `${code} has no classes scheduled in the catalog (an activity unit, or a timetable not yet published): its course page will say.`,
    checkAction: (code) => `Can I enrol in ${code}?`,
    freeTimes: (free) =>
      [
        free.weekdaysFrom ? `weekdays from ${catalogWording.en.time(free.weekdaysFrom)}` : "",
        free.unavailableDays.length ? `not on ${free.unavailableDays.map((day) => `${catalogWording.en.days[day]}s`).join(" or ")}` : "",
        free.saturdayHalf ? `Saturday ${free.saturdayHalf === "afternoon" ? "afternoons" : "mornings"}` : "",
      ]
        .filter(Boolean)
        .join(", "),
    fitsAll: (code, free) => `Yes: the classes of ${code} meet when you say you are free (${free}).`,
    fitsNone: (code, free) => `No: none of the classes of ${code} meets when you say you are free (${free}). See its timetable below; an advisor can help you find another unit.`,
    fitsThatWay: (code, way, free) => `Yes: ${code} ${way} meets when you say you are free (${free}).`,
    notThatWay: (code, way, free, others) =>
      `No: ${code} ${way} does not meet when you say you are free (${free}).${others.length ? ` These do: ${others.join("; ")}.` : ""}`,
    fitsSome: (code, free, offerings) => `Not all: of the classes of ${code}, only these meet when you say you are free (${free}): ${offerings.join("; ")}.`,
  },
};

