/**
 * Cnam unit codes: three letters and three digits for UE (NFA031, UTC505, RSX101), and the UA / US
 * codes that carry more letters (UAALOT, UAEP04, UAAD91, USxxxx). Learners type them in any case,
 * sometimes with a dash before three digits ("rsx-101"), or a space when written in capitals
 * ("NFA 031"): a lower-case word followed by a number ("pour 100 heures") is not a code, nor is an
 * identifier like "demo-03".
 */
export const UNIT_CODE_PATTERN = /\b([A-Za-z]{3,6})(\d{2,3}|-\d{3})\b|\b([A-Z]{3,6}) (\d{3})\b|\b(UA[A-Za-z]{3,4})\b/g;

/** The canonical form of a unit code: upper case, no separator. */
export function normalizeUnitCode(raw: string): string {
  return raw.replace(/[\s-]+/g, "").toUpperCase();
}

/** True for a string that is exactly one unit code in canonical form. */
export function isUnitCode(code: string): boolean {
  return /^(?:[A-Z]{3,6}\d{2,3}|UA[A-Z]{3,4})$/.test(code);
}

/** Every unit code mentioned in a text, canonical, in order of appearance, without repeats. */
export function findUnitCodes(text: string): string[] {
  const codes: string[] = [];
  for (const match of text.matchAll(UNIT_CODE_PATTERN)) {
    const code = normalizeUnitCode(match[5] ?? `${match[1] ?? match[3]}${match[2] ?? match[4]}`);
    if (!codes.includes(code)) codes.push(code);
  }
  return codes;
}
