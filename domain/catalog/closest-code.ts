import { editDistance } from "../text/edit-distance";
import { normalizeUnitCode } from "./unit-code";

function letters(code: string): string {
  return code.replace(/\d+$/, "");
}

/**
 * The catalog codes closest to a code that is not in the catalog, best first: at most `limit`
 * codes within two edits. Ties go to codes sharing the letters (the department), then to the
 * nearest number, then alphabetical order, so the answer never depends on the catalog's order.
 * Rule: unknown unit, with the closest codes.
 */
export function closestCodes(input: string, codes: Iterable<string>, limit = 3): string[] {
  const wanted = normalizeUnitCode(input);
  const number = (code: string) => Number(code.match(/\d+$/)?.[0] ?? NaN);
  return [...new Set(codes)]
    .map((code) => ({ code, distance: editDistance(wanted, code) }))
    .filter(({ code, distance }) => distance <= 2 && code !== wanted)
    .sort(
      (x, y) =>
        x.distance - y.distance ||
        Number(letters(y.code) === letters(wanted)) - Number(letters(x.code) === letters(wanted)) ||
        (Math.abs(number(x.code) - number(wanted)) || 0) - (Math.abs(number(y.code) - number(wanted)) || 0) ||
        x.code.localeCompare(y.code),
    )
    .slice(0, limit)
    .map(({ code }) => code);
}
