import { describe, expect, it } from "vitest";
import { DomainError } from "../../domain/errors";
import { ContentRepositoryError } from "../../domain/ports/content.repository";
import { InfraError } from "../../infra/errors";
import { UnprocessedItemsError } from "../../infra/dynamodb/batch";
import { CompanionWriteError, ETagConflictError, StorageError, StorageItemTooLargeError } from "../../infra/state/dynamodb-storage";
import { StateConflictError } from "../../infra/state/optimistic-conversation-state";

/** What the logs print of a fault: its class's name, its message and its cause. */
describe("the error bases of domain/ and infra/", () => {
  it.each([
    ["StorageItemTooLargeError", new StorageItemTooLargeError("too large"), [StorageError, InfraError]],
    ["ETagConflictError", new ETagConflictError("eTag conflict"), [StorageError, InfraError]],
    ["CompanionWriteError", new CompanionWriteError("refused", [1]), [StorageError, InfraError]],
    ["StateConflictError", new StateConflictError("changed"), [InfraError]],
    ["UnprocessedItemsError", new UnprocessedItemsError("left"), [InfraError]],
    ["ContentRepositoryError", new ContentRepositoryError("fault"), [DomainError]],
  ] as const)("%s is named after its own class, and is one of its layer's errors", (name, error, bases) => {
    expect(error.name).toBe(name);
    expect(String(error)).toBe(`${name}: ${error.message}`);
    expect(error.stack).toMatch(new RegExp(`^${name}: `));
    for (const base of bases) expect(error).toBeInstanceOf(base);
  });

  it("keeps the underlying error as its cause", () => {
    const cause = new Error("ProvisionedThroughputExceededException");
    expect(new InfraError("outer", { cause }).cause).toBe(cause);
    expect(new DomainError("outer", { cause }).cause).toBe(cause);
    expect(new StorageItemTooLargeError("outer", { cause })).toMatchObject({ name: "StorageItemTooLargeError", cause });
  });
});
