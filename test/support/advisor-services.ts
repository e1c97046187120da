import { randomUUID } from "node:crypto";
import type { TurnContext } from "botbuilder";
import type { AdvisorServices } from "../../dialogs/advisor-services";
import { createCatalog, type Catalog } from "../../domain/catalog/catalog";
import type { ContentEntry } from "../../domain/knowledge/content-entry.schema";
import type { LearnerRecord } from "../../domain/learner/learner.schema";
import { createUnderstanding } from "../../domain/understanding/understanding";
import { loadContentFiles } from "../../infra/knowledge/content-files.loader";
import { readDataFolder, SAMPLE_DATA_FOLDER } from "../../infra/data-loader/data-folder.loader";
import { InMemoryEventsRepository } from "../../infra/events/in-memory-events.repository";
import { InMemoryLearnerRepository } from "../../infra/learners/in-memory-learner.repository";

/** The demo data assume the academic year 2026-2027, in its first semester. */
export const TEST_NOW = new Date("2026-11-27T20:00:00.000Z");

let shipped: Promise<{ catalog: Catalog; learners: LearnerRecord[]; entries: ContentEntry[] }> | undefined;

/** The shipped sample catalog, demo learners and content, read and validated once per test file. */
export function shippedData() {
  shipped ??= (async () => {
    const data = await readDataFolder(SAMPLE_DATA_FOLDER);
    if (!data.ok) throw new Error(`sample data invalid: ${JSON.stringify(data.errors)}`);
    const content = await loadContentFiles();
    if (!content.valid) throw new Error(`content invalid: ${JSON.stringify(content.problems)}`);
    return { catalog: createCatalog(data.data), learners: data.data.learners, entries: content.entries };
  })();
  return shipped;
}

export type TestServices = AdvisorServices & { events: InMemoryEventsRepository; learners: InMemoryLearnerRepository };

/**
 * The dialogs' services over the shipped data, with in-memory adapters (each passes its port's
 * contract suite against DynamoDB Local) and a fixed clock. Identity: a `from.id` of a demo learner
 * stands for a signed-in learner, as the channel would establish it; anything else is anonymous.
 */
export async function testServices(overrides: Partial<AdvisorServices> = {}): Promise<TestServices> {
  const { catalog, learners, entries } = await shippedData();
  const understanding = createUnderstanding(entries);
  let counter = 0;
  return {
    understanding: async () => understanding,
    catalog: async () => catalog,
    learners: new InMemoryLearnerRepository(learners),
    events: new InMemoryEventsRepository(),
    identify: async (context: TurnContext) => {
      const id = context.activity.from?.id ?? "";
      return /^demo-\d{2}$/.test(id) ? { learnerId: id } : undefined;
    },
    now: () => TEST_NOW,
    newId: () => `id-${++counter}-${randomUUID().slice(0, 4)}`,
    newHandoffId: () => `H-${++counter}`,
    handoffResponseDays: 3,
    ...overrides,
  } as TestServices;
}
