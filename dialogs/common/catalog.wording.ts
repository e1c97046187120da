import { closestCodes } from "../../domain/catalog/closest-code";
import type { Catalog } from "../../domain/catalog/catalog";
import type { Modality, Offering, Slot, Weekday } from "../../domain/catalog/timetable";
import type { Language } from "../../domain/language/language";
import type { Term } from "../../domain/semester/semester";

/** How the catalog's codes read to a learner (days, modalities, semesters) and how numbers are written, French first. */
interface CatalogWords {
  days: Record<Weekday, string>;
  modality: Record<Modality, string>;
  term: Record<Term, string>;
  and: string;
  or: string;
  decimalSeparator: string;
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
    and: "et",
    or: "ou",
    decimalSeparator: ",",
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
    and: "and",
    or: "or",
    decimalSeparator: ".",
    unknownUnit: (code, closest) => `I cannot find unit ${code} in the catalog.${closest.length ? ` Did you mean ${closest.join(", ")}?` : ""}`,
  },
};

/** "A, B et C" / "A, B or C". */
export function list(items: readonly string[], language: Language, joiner: "and" | "or" = "and"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${catalogWording[language][joiner]} ${items[items.length - 1]}`;
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

/** One offering of a unit: "premier semestre (…) — cours du soir en semaine (…) : lundi 18:15-21:45 (note)". */
export function describeOffering(offering: Offering, language: Language): string {
  const { term, modality } = catalogWording[language];
  const slots = [...offering.weekly, ...offering.dated].map((slot) => describeSlot(slot, language));
  return `${term[offering.term]} — ${modality[offering.modality]}${slots.length ? ` : ${slots.join(", ")}` : ""}${offering.note ? ` (${offering.note})` : ""}`;
}

/** "I cannot find unit X", with the catalog's closest codes. */
export function unknownUnit(code: string, catalog: Catalog, language: Language): string {
  return catalogWording[language].unknownUnit(code, closestCodes(code, catalog.units.keys()));
}
