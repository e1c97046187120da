import type { LearnerRecord } from "../learner/learner.schema";

/** Learner records: identity, registrations, enrolments, results, authorizations, experience. */
export interface LearnerRepository {
  /** The learner's whole record, or undefined for an unknown id. */
  getLearner(id: string): Promise<LearnerRecord | undefined>;
  /** Creates or replaces each record by id, whole. */
  saveLearners(learners: readonly LearnerRecord[]): Promise<void>;
  /**
   * The id of the learner whose record holds this Teams account (tenant + AAD object id), or
   * undefined. Only the record itself is trusted: a stale index entry never names a learner.
   */
  findByTeamsAccount(tenantId: string, objectId: string): Promise<string | undefined>;
  /** Removes a record; removing an unknown id succeeds. */
  deleteLearner(id: string): Promise<void>;
}
