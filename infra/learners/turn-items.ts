/**
 * The items of the learners table already read in the current run of a turn: read along with the
 * conversation state, or by an earlier call of the same run. Kept for that run only (a turn run again
 * after an eTag conflict reads again), so an item is read once per run and never carried to another
 * turn. By turnItemId; a read in progress is there too, so two calls at once make one read; an item
 * read and found absent is undefined.
 */
export type TurnItems = Map<string, Promise<Record<string, unknown> | undefined>>;

export function turnItemId(tableName: string, key: { pk: string; sk: string }): string {
  return JSON.stringify([tableName, key.pk, key.sk]);
}

/** The item from this run's items, or read and kept there; without a turn (tools, tests of the repository), read. */
export function readOnce(
  items: TurnItems | undefined,
  tableName: string,
  key: { pk: string; sk: string },
  read: () => Promise<Record<string, unknown> | undefined>,
): Promise<Record<string, unknown> | undefined> {
  if (!items) return read();
  const id = turnItemId(tableName, key);
  const known = items.get(id);
  if (known) return known;
  const reading = read();
  items.set(id, reading);
  // A read that failed is not kept: the next call reads again.
  reading.catch(() => {
    if (items.get(id) === reading) items.delete(id);
  });
  return reading;
}
