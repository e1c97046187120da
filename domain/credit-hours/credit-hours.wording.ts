import type { Language } from "../language/language";
import type { CreditHoursReference, CreditsForHours, HoursCheck, HoursForCredits } from "./credit-hours.rule";
import { CREDIT_HOURS_TABLE, TOLERANCE_PERCENT } from "./credit-hours.rule";

/** Default wording of the credit-hour answers, French first: the one place for these sentences. */

function number(value: number, language: Language): string {
  const text = Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
  return language === "fr" ? text.replace(".", ",") : text;
}

function range(ref: CreditHoursReference, language: Language): string {
  return `${number(ref.min, language)}-${number(ref.max, language)} h`;
}

/** The reference table, one line per credit value. */
export function describeCreditHoursTable(language: Language, table: readonly CreditHoursReference[] = CREDIT_HOURS_TABLE): string {
  const head =
    language === "fr"
      ? `Volumes horaires de référence (±${TOLERANCE_PERCENT} %, hors temps de travail personnel) :`
      : `Reference class hours (±${TOLERANCE_PERCENT} %, personal work excluded):`;
  return [head, ...table.map((ref) => `- ${ref.ects} ECTS : ${ref.hours} h (${range(ref, language)})`)].join("\n");
}

function invalid(value: number, reason: "not-a-number" | "negative" | "zero", language: Language): string {
  if (language === "fr") {
    return reason === "not-a-number" ? "Je n'ai pas compris ce nombre." : `${number(value, language)} n'est pas une valeur possible ici.`;
  }
  return reason === "not-a-number" ? "I did not understand that number." : `${number(value, language)} is not a possible value here.`;
}

/** Wording of hoursForCredits (credit-hour table): the reference and its range, or the table when there is none. */
export function describeHoursForCredits(answer: HoursForCredits, language: Language): string {
  const fr = language === "fr";
  switch (answer.kind) {
    case "invalid":
      return invalid(answer.value, answer.reason, language);
    case "reference":
      return fr
        ? `Une UE de ${answer.ects} ECTS correspond à ${answer.reference.hours} heures de cours de référence (±${TOLERANCE_PERCENT} %, soit ${range(answer.reference, language)}), hors temps de travail personnel.`
        : `A ${answer.ects}-ECTS unit matches ${answer.reference.hours} reference class hours (±${TOLERANCE_PERCENT} %, i.e. ${range(answer.reference, language)}), personal work excluded.`;
    case "no-reference":
      return `${
        fr
          ? `Il n'existe pas de volume horaire de référence pour ${number(answer.ects, language)} ECTS ; voici le barème officiel.`
          : `There is no reference volume for ${number(answer.ects, language)} ECTS; here is the official table.`
      }\n${describeCreditHoursTable(language, answer.table)}`;
  }
}

/** Wording of creditsForHours (the table read in reverse): the matching credits, the two around, or the table. */
export function describeCreditsForHours(answer: CreditsForHours, language: Language): string {
  const fr = language === "fr";
  switch (answer.kind) {
    case "invalid":
      return invalid(answer.value, answer.reason, language);
    case "reference":
      return fr
        ? `${number(answer.hours, language)} h de cours correspondent à une UE de ${answer.reference.ects} ECTS (référence ${answer.reference.hours} h, plage ${range(answer.reference, language)}).`
        : `${number(answer.hours, language)} class hours match a ${answer.reference.ects}-ECTS unit (reference ${answer.reference.hours} h, range ${range(answer.reference, language)}).`;
    case "between-references":
      return `${
        fr
          ? `${number(answer.hours, language)} h tombent entre deux références : au-dessus de ${answer.below.ects} ECTS (${range(answer.below, language)}) et en dessous de ${answer.above.ects} ECTS (${range(answer.above, language)}).`
          : `${number(answer.hours, language)} h fall between two references: above ${answer.below.ects} ECTS (${range(answer.below, language)}) and below ${answer.above.ects} ECTS (${range(answer.above, language)}).`
      }\n${describeCreditHoursTable(language, answer.table)}`;
    case "no-reference":
      return `${
        fr
          ? `Aucune référence ne correspond à ${number(answer.hours, language)} h (${answer.position === "below-table" ? "moins que la plus petite" : "plus que la plus grande"}) ; voici le barème officiel.`
          : `No reference matches ${number(answer.hours, language)} h (${answer.position === "below-table" ? "less than the smallest" : "more than the largest"}); here is the official table.`
      }\n${describeCreditHoursTable(language, answer.table)}`;
  }
}

/** Wording of checkHoursForCredits (range check, ±10 %). */
export function describeHoursCheck(answer: HoursCheck, language: Language): string {
  const fr = language === "fr";
  switch (answer.kind) {
    case "invalid":
      return invalid(answer.value, answer.reason, language);
    case "no-reference":
      return `${
        fr
          ? `Il n'existe pas de volume horaire de référence pour ${number(answer.ects, language)} ECTS, je ne peux donc pas juger ${number(answer.hours, language)} h.`
          : `There is no reference volume for ${number(answer.ects, language)} ECTS, so I cannot judge ${number(answer.hours, language)} h.`
      }\n${describeCreditHoursTable(language, answer.table)}`;
    case "plausible":
      return fr
        ? `Oui : ${number(answer.hours, language)} h sont dans la plage de ${answer.ects} ECTS (${range(answer.reference, language)}, référence ${answer.reference.hours} h).`
        : `Yes: ${number(answer.hours, language)} h is within the range for ${answer.ects} ECTS (${range(answer.reference, language)}, reference ${answer.reference.hours} h).`;
    case "implausible": {
      const other =
        answer.matchingEcts !== undefined
          ? fr
            ? ` Ce volume correspond plutôt à ${answer.matchingEcts} ECTS.`
            : ` That volume matches ${answer.matchingEcts} ECTS instead.`
          : "";
      return fr
        ? `Non : pour ${answer.ects} ECTS, la référence est ${answer.reference.hours} h (${range(answer.reference, language)}) ; ${number(answer.hours, language)} h s'en écartent de ${number(answer.deviationPercent, language)} %.${other}`
        : `No: for ${answer.ects} ECTS the reference is ${answer.reference.hours} h (${range(answer.reference, language)}); ${number(answer.hours, language)} h is ${number(answer.deviationPercent, language)} % off.${other}`;
    }
  }
}
