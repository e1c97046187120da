import type { Language } from "../../domain/language/language";

/** Wording of a unit's classes, French first. */
export const unitScheduleWording: Record<Language, { heading: (code: string, title: string) => string; none: (code: string) => string; checkAction: (code: string) => string }> = {
  fr: {
    heading: (code, title) => `Cours de ${code} — ${title} :`,
    none: (code) => `${code} n'a pas de cours planifiés dans le catalogue (unité d'activité, ou planning pas encore publié) : sa fiche formation le dira.`,
    checkAction: (code) => `Puis-je m'inscrire à ${code} ?`,
  },
  en: {
    heading: (code, title) => `Classes of ${code} — ${title}:`,
    none: (code) => `${code} has no classes scheduled in the catalog (an activity unit, or a timetable not yet published): its course page will say.`,
    checkAction: (code) => `Can I enrol in ${code}?`,
  },
};
