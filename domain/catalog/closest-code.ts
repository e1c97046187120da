import { normalizeUnitCode } from "./unit-code";

/**
 * Edit distance with adjacent transpositions counted as one edit (optimal string alignment):
 * learners mistype codes by swapping digits ("NFA013" for "NFA031") as often as by changing one.
 */
export function codeDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i] as number[];
      const above = d[i - 1] as number[];
      row[j] = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
    }
  }
  return (d[rows - 1] as number[])[cols - 1] as number;
}

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
    .map((code) => ({ code, distance: codeDistance(wanted, code) }))
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
