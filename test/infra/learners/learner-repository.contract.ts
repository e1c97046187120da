import { describe, expect, it } from "vitest";
import type { LearnerRepository } from "../../../domain/ports/learner.repository";
import { learner } from "../../domain/builders";

/** What every LearnerRepository does. Each call of makeRepository gives an empty repository. */
export function learnerRepositoryContract(name: string, makeRepository: () => Promise<LearnerRepository> | LearnerRepository): void {
  describe(`LearnerRepository contract: ${name}`, () => {
    const camille = learner({
      id: "demo-01",
      name: { given: "Camille", family: "Fictivé" },
      email: "camille@example.org",
      experience: { years: 2.5, yearsInField: 1 },
      registrations: [{ diploma: "LG02501A", since: "2025-2026 S1" }],
      enrolments: [{ unit: "NFA032", semester: "2026-2027 S2", offering: "S2-foad" }],
      results: [{ unit: "NFA031", semester: "2025-2026 S1", session: 2, grade: 10.25 }],
      authorizations: [{ unit: "ANG320", semester: "2026-2027 S2" }],
      sample: true,
    });

    it("finds a learner by their Teams account, case-insensitively, and forgets it when the record drops it", async () => {
      const repository = await makeRepository();
      const teams = { tenantId: "0f6b3c2e-1d2a-4b5c-8d9e-0a1b2c3d4e5f", objectId: "7a8b9c0d-1e2f-4a3b-9c4d-5e6f7a8b9c0d" };
      await repository.saveLearners([{ ...camille, teams }]);
      expect(await repository.findByTeamsAccount(teams.tenantId, teams.objectId)).toBe("demo-01");
      expect(await repository.findByTeamsAccount(teams.tenantId.toUpperCase(), teams.objectId.toUpperCase())).toBe("demo-01");
      expect(await repository.findByTeamsAccount(teams.tenantId, "00000000-0000-4000-8000-000000000000")).toBeUndefined();
      expect(await repository.findByTeamsAccount("00000000-0000-4000-8000-000000000000", teams.objectId)).toBeUndefined();
      await repository.saveLearners([{ ...camille, teams: undefined }]);
      expect(await repository.findByTeamsAccount(teams.tenantId, teams.objectId)).toBeUndefined();
    });

    it("reads an unknown id as absent", async () => {
      expect(await (await makeRepository()).getLearner("nobody")).toBeUndefined();
    });

    it("returns the whole record saved", async () => {
      const repository = await makeRepository();
      await repository.saveLearners([camille]);
      expect(await repository.getLearner("demo-01")).toEqual(camille);
    });

    it("replaces a record saved again, whole", async () => {
      const repository = await makeRepository();
      await repository.saveLearners([camille]);
      await repository.saveLearners([{ ...camille, results: [], enrolments: [] }]);
      expect(await repository.getLearner("demo-01")).toMatchObject({ results: [], enrolments: [], authorizations: camille.authorizations });
    });

    it("saves more records than one DynamoDB batch (25), and an empty list", async () => {
      const repository = await makeRepository();
      const many = Array.from({ length: 40 }, (_, i) => learner({ id: `bulk-${i}` }));
      await repository.saveLearners(many);
      await repository.saveLearners([]);
      for (const id of ["bulk-0", "bulk-24", "bulk-25", "bulk-39"]) expect((await repository.getLearner(id))?.id).toBe(id);
    });

    it("deletes a record; deleting an unknown id succeeds", async () => {
      const repository = await makeRepository();
      await repository.saveLearners([camille]);
      await repository.deleteLearner("demo-01");
      await repository.deleteLearner("never-saved");
      expect(await repository.getLearner("demo-01")).toBeUndefined();
    });

    it("hands out copies: changing a returned record changes nothing stored", async () => {
      const repository = await makeRepository();
      await repository.saveLearners([camille]);
      const read = await repository.getLearner("demo-01");
      read!.results.push({ unit: "UTC505", semester: "2025-2026 S2", session: 1, grade: 15 });
      expect(await repository.getLearner("demo-01")).toEqual(camille);
    });
  });
}
