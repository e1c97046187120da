import type { LearnerRecord } from "../../domain/learner/learner.schema";
import type { LearnerRepository } from "../../domain/ports/learner.repository";

/** Learner records in process memory; copied in and out, as a real store would. */
export class InMemoryLearnerRepository implements LearnerRepository {
  private readonly records = new Map<string, LearnerRecord>();

  constructor(initial: readonly LearnerRecord[] = []) {
    for (const learner of initial) this.records.set(learner.id, structuredClone(learner));
  }

  async getLearner(id: string): Promise<LearnerRecord | undefined> {
    const record = this.records.get(id);
    return record && structuredClone(record);
  }

  async saveLearners(learners: readonly LearnerRecord[]): Promise<void> {
    for (const learner of learners) this.records.set(learner.id, structuredClone(learner));
  }

  async findByTeamsAccount(tenantId: string, objectId: string): Promise<string | undefined> {
    const lower = (value: string) => value.toLowerCase();
    for (const record of this.records.values()) {
      if (record.teams && lower(record.teams.tenantId) === lower(tenantId) && lower(record.teams.objectId) === lower(objectId)) return record.id;
    }
    return undefined;
  }

  async deleteLearner(id: string): Promise<void> {
    this.records.delete(id);
  }
}
