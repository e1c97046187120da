import { normalizeUnitCode, UNIT_CODE_PATTERN } from "./unit-code";

/** Between two codes, words that make them the ends of a range: « UTC501 à UTC505 », "UTC501 to UTC505", "UTC501-505". */
const RANGE_BETWEEN = /^\s*(a|à|au|to|through|thru|jusqu'?à|jusqu'?a|-|–)\s*$/i;

/**
 * The codes a range names between its ends (« UTC501 à UTC505 » names UTC502, UTC503 and UTC504),
 * kept when `exists` knows them; a range of more than ten units is not read as one.
 */
export function codesInRanges(text: string, exists: (code: string) => boolean): string[] {
  const matches = [...text.matchAll(UNIT_CODE_PATTERN)];
  const inside: string[] = [];
  for (let i = 1; i < matches.length; i++) {
    const [from, to] = [matches[i - 1]!, matches[i]!];
    const between = text.slice((from.index ?? 0) + from[0].length, to.index ?? 0);
    if (!RANGE_BETWEEN.test(between)) continue;
    const a = /^([A-Z]+)(\d+)$/.exec(normalizeUnitCode(from[0]));
    const b = /^([A-Z]+)(\d+)$/.exec(normalizeUnitCode(to[0]));
    if (!a || !b || a[1] !== b[1]) continue;
    const [start, end] = [Number(a[2]), Number(b[2])];
    if (end <= start + 1 || end - start > 10) continue;
    for (let n = start + 1; n < end; n++) {
      const code = `${a[1]}${String(n).padStart((a[2] as string).length, "0")}`;
      if (exists(code) && !inside.includes(code)) inside.push(code);
    }
  }
  return inside;
}

/**
 * Codes typed with their letters once (« utc501 502 503 et 505 », "UTC501, 502 and 504", « UTC501 à
 * 505 »): each bare number after a code written whole gets that code's letters, so the message reads as
 * if every code were written out. Only three-digit numbers that follow directly, listed. Then a range
 * (« UTC501 à UTC505 », « UTC501 à 505 ») names the units between its ends too (at most ten).
 */
export function withCodesWrittenOut(text: string): string {
  const lettered = text.replace(/\b([A-Za-z]{3})(\d{3})((?:\s*(?:,|et|and|&|\/|à|a|to|-)?\s*\d{3}\b(?!\s*(?:h|heures?|hours?|ects|€|euros?|%)))+)/g, (whole, letters: string, first: string, rest: string) =>
    `${letters}${first}${rest.replace(/\b(\d{3})\b/g, `${letters}$1`)}`,
  );
  return lettered.replace(/\b([A-Za-z]{3})(\d{3})(\s*(?:à|a|au|to|through|thru|jusqu'?à|jusqu'?a|-|–)\s*)\1(\d{3})\b/gi, (whole, letters: string, from: string, _between: string, to: string) => {
    const [start, end] = [Number(from), Number(to)];
    if (end <= start + 1 || end - start > 10) return whole;
    return Array.from({ length: end - start + 1 }, (_, k) => `${letters}${String(start + k).padStart(3, "0")}`).join(", ");
  });
}
