import { describe, expect, it } from "vitest";
import { parseContact, redactPersonalData } from "../../domain/events/redaction";

describe("redactPersonalData", () => {
  it.each([
    ["écrivez-moi à jean.dupont@example.org svp", "écrivez-moi à [email] svp"],
    ["mon numéro 06 12 34 56 78", "mon numéro [téléphone]"],
    ["call +33 6 12 34 56 78 please", "call [téléphone] please"],
    ["mon numéro d'auditeur 100234567 a un souci", "mon numéro d'auditeur [numéro] a un souci"],
    ["voir https://example.org/x?y=1", "voir [lien]"],
    ["NFP121 en S2 ?", "NFP121 en S2 ?"],
  ])("redacts %j", (input, expected) => {
    expect(redactPersonalData(input)).toBe(expected);
  });

  it("bounds the length", () => {
    expect(redactPersonalData("a".repeat(900), 100)).toHaveLength(100);
  });
});

describe("parseContact", () => {
  it.each([
    ["learner@example.org", { kind: "email", value: "learner@example.org" }],
    ["mon tel : 06 12 34 56 78", { kind: "phone", value: "06 12 34 56 78" }],
    ["non merci", undefined],
    ["12345", undefined],
  ])("reads %j", (input, expected) => {
    expect(parseContact(input)).toEqual(expected);
  });
});
