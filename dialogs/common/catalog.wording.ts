import { closestCodes } from "../../domain/catalog/closest-code";
import type { Catalog } from "../../domain/catalog/catalog";
import type { Modality, Offering, Slot, Weekday } from "../../domain/catalog/timetable";
import type { Language } from "../../domain/language/language";
import type { Term } from "../../domain/semester/semester";

/** How the catalog's codes read to a learner (days, modalities, semesters) and how numbers are written, French first. */
interface CatalogWords {
  days: Record<Weekday, string>;
  /** A modality in a few words, after the days and hours it meets (« cours du soir », "at a distance"). */
  modalityShort: Record<Modality, string>;
  months: readonly string[];
  /** "le jeudi de 18h15 à 21h45" */
  weekly: (day: string, start: string, end: string) => string;
  /** "le 5 octobre 2026 de 9h à 17h30" */
  dated: (date: string, start: string, end: string) => string;
  time: (hhmm: string) => string;
  /** The dated slots of blocked days: « journées bloquées : le 5 octobre… ». */
  blockedDays: (dates: string) => string;
  modality: Record<Modality, string>;
  term: Record<Term, string>;
  and: string;
  or: string;
  decimalSeparator: string;
  colon: string;
  unknownUnit: (code: string, closest: string[]) => string;
}

export const catalogWording: Record<Language, CatalogWords> = {
  fr: {
    days: { monday: "lundi", tuesday: "mardi", wednesday: "mercredi", thursday: "jeudi", friday: "vendredi", saturday: "samedi" },
    modality: {
      evening: "cours du soir en semaine (18h15-21h45)",
      saturday: "cours le samedi",
      "blocked-days": "journées bloquées en semaine",
      distance: "formation à distance (FOAD)",
      hybrid: "hybride (présentiel et à distance)",
    },
    term: { S1: "premier semestre (septembre à janvier)", S2: "second semestre (février à juin)" },
    modalityShort: { evening: "cours du soir", saturday: "cours du samedi", "blocked-days": "journées bloquées", distance: "à distance (FOAD)", hybrid: "hybride, en partie à distance" },
    months: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    weekly: (day, start, end) => `le ${day} de ${start} à ${end}`,
    dated: (date, start, end) => `le ${date} de ${start} à ${end}`,
    blockedDays: (dates) => `journées bloquées : ${dates}`,
    time: (hhmm) => hhmm.replace(/^0?(\d+):(\d\d)$/, (_, h: string, m: string) => `${h}h${m === "00" ? "" : m}`),
    and: "et",
    or: "ou",
    decimalSeparator: ",",
    colon: " : ",
    unknownUnit: (code, closest) => `Je ne trouve pas l'unité ${code} dans le catalogue.${closest.length ? ` Vouliez-vous dire ${closest.join(", ")} ?` : ""}`,
  },
  en: {
    days: { monday: "Monday", tuesday: "Tuesday", wednesday: "Wednesday", thursday: "Thursday", friday: "Friday", saturday: "Saturday" },
    modality: {
      evening: "weekday evening classes (18:15-21:45)",
      saturday: "Saturday classes",
      "blocked-days": "blocked weekdays",
      distance: "distance learning (FOAD)",
      hybrid: "hybrid (in person and at a distance)",
    },
    term: { S1: "first semester (September to January)", S2: "second semester (February to June)" },
    modalityShort: { evening: "evening classes", saturday: "Saturday classes", "blocked-days": "blocked days", distance: "at a distance (FOAD)", hybrid: "hybrid, partly at a distance" },
    months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    weekly: (day, start, end) => `${day}s from ${start} to ${end}`,
    dated: (date, start, end) => `on ${date} from ${start} to ${end}`,
    blockedDays: (dates) => `blocked days: ${dates}`,
    time: (hhmm) => hhmm,
    and: "and",
    or: "or",
    decimalSeparator: ".",
    colon: ": ",
    unknownUnit: (code, closest) => `I cannot find unit ${code} in the catalog.${closest.length ? ` Did you mean ${closest.join(", ")}?` : ""}`,
  },
};

/** "A, B et C" / "A, B or C". */
export function list(items: readonly string[], language: Language, joiner: "and" | "or" = "and"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${catalogWording[language][joiner]} ${items[items.length - 1]}`;
}

/** A length of class time: « 1 h 45 », « 3 h 30 », « 2 h » (the same in both languages). */
export function classDuration(minutes: number): string {
  const rest = minutes % 60;
  return `${Math.floor(minutes / 60)} h${rest ? ` ${String(rest).padStart(2, "0")}` : ""}`;
}

/** A number rounded to two decimals, with the language's decimal separator. */
export function decimal(value: number, language: Language): string {
  return String(Math.round(value * 100) / 100).replace(".", catalogWording[language].decimalSeparator);
}

/** A grade out of 20: "9,5/20". */
export function gradeOutOf20(value: number, language: Language): string {
  const text = Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/0$/, "");
  return `${text.replace(".", catalogWording[language].decimalSeparator)}/20`;
}

/** A timetable slot as "lundi 18:15-21:45" or "2026-10-05 09:00-17:30". */
export function describeSlot(slot: Slot, language: Language): string {
  const when = "day" in slot ? catalogWording[language].days[slot.day] : slot.date;
  return `${when} ${slot.start}-${slot.end}`;
}

/** One offering of a unit: « premier semestre (septembre à janvier) : le lundi de 18h15 à 21h45 (cours du soir) ». */
export function describeOffering(offering: Offering, language: Language): string {
  const when = readableOffering({ modality: offering.modality, slots: [...offering.weekly, ...offering.dated] }, language);
  return `${catalogWording[language].term[offering.term]}${catalogWording[language].colon}${when}${offering.note ? ` — ${offering.note.trim().replace(/\.$/, "")}` : ""}`;
}

/** "I cannot find unit X", with the catalog's closest codes. */
export function unknownUnit(code: string, catalog: Catalog, language: Language): string {
  return catalogWording[language].unknownUnit(code, closestCodes(code, catalog.units.keys()));
}

/** An ISO date as a learner reads it: « 5 octobre 2026 », "5 October 2026" (no clock, no time zone). */
export function readableDate(iso: string, language: Language): string {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  return `${day} ${catalogWording[language].months[month - 1] ?? month} ${year}`;
}

/**
 * When and how an offering meets, as a learner reads it: « le jeudi de 18h15 à 21h45 (cours du
 * soir) », « à distance (FOAD) », « journées bloquées : le 5 octobre 2026 de 9h à 17h30 ».
 */
export function readableOffering(offering: { modality: Modality; slots: readonly Slot[] }, language: Language): string {
  const w = catalogWording[language];
  const when = offering.slots.map((slot) =>
    "day" in slot ? w.weekly(w.days[slot.day], w.time(slot.start), w.time(slot.end)) : w.dated(readableDate(slot.date, language), w.time(slot.start), w.time(slot.end)),
  );
  if (when.length === 0) return w.modalityShort[offering.modality];
  return offering.modality === "blocked-days" ? w.blockedDays(list(when, language)) : `${list(when, language)} (${w.modalityShort[offering.modality]})`;
}
