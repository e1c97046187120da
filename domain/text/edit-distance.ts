/**
 * Edit distance counting a swap of two neighbouring characters as one edit ("optimal string
 * alignment"), as people mistype: "inscritpion" is one typo from "inscription", "NFA013" one from
 * "NFA031". Used to rank typo corrections of words and the closest unit codes.
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols).fill(0);
  const at = (i: number, j: number) => d[i * cols + j] as number;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, at(i - 2, j - 2) + 1);
      d[i * cols + j] = value;
    }
  }
  return at(rows - 1, cols - 1);
}

/** The ids closest to a mistyped one (a typo is the likely cause): closest first, then in id order. */
export function closestIds(ids: readonly string[], id: string, options: { limit?: number; maxDistance?: number } = {}): string[] {
  return ids
    .map((candidate) => ({ candidate, distance: editDistance(candidate, id) }))
    .filter((near) => options.maxDistance === undefined || near.distance <= options.maxDistance)
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, options.limit ?? 3)
    .map((near) => near.candidate);
}
