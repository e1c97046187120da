import type { Language } from "../../domain/language/language";

/** Wording of the credit-hours conversation, French first; the answers themselves are the rules' wording. */
export const creditHoursWording: Record<
  Language,
  { ask: string; retry: string; unitHours: (code: string, title: string, hoursText: string) => string; unknownUnit: (code: string, closest: string[]) => string }
> = {
  fr: {
    ask: "Combien de crédits ECTS ? (ou indiquez un nombre d'heures, par exemple « 50 h »)",
    retry: "Indiquez un nombre de crédits ECTS (par exemple 6) ou d'heures (par exemple 50 h).",
    unitHours: (code, title, hoursText) => `${code} — ${title} : ${hoursText}`,
    unknownUnit: (code, closest) =>
      `Je ne trouve pas l'unité ${code} dans le catalogue.${closest.length ? ` Vouliez-vous dire ${closest.join(", ")} ?` : ""}`,
  },
  en: {
    ask: "How many ECTS credits? (or give a number of hours, for instance \"50 h\")",
    retry: "Give a number of ECTS credits (for instance 6) or of hours (for instance 50 h).",
    unitHours: (code, title, hoursText) => `${code} — ${title}: ${hoursText}`,
    unknownUnit: (code, closest) => `I cannot find unit ${code} in the catalog.${closest.length ? ` Did you mean ${closest.join(", ")}?` : ""}`,
  },
};
