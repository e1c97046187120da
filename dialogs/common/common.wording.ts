import type { Language } from "../../domain/language/language";

/** Words every job uses: the buttons under answers, French first. */
export const commonWording: Record<Language, { advisorAction: string; helpAction: string; useful: string; notUseful: string; yes: string; no: string; colon: string }> = {
  fr: { advisorAction: "Parler à un conseiller", helpAction: "Aide", useful: "👍 Utile", notUseful: "👎 Pas utile", yes: "Oui", no: "Non merci", colon: " : " },
  en: { advisorAction: "Talk to an advisor", helpAction: "Help", useful: "👍 Useful", notUseful: "👎 Not useful", yes: "Yes", no: "No thanks", colon: ": " },
};
