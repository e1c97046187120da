import { describe, expect, it } from "vitest";
import { parseContact, redactGrades, redactPersonalData, redactQuestionForAdvisor } from "../../domain/events/redaction";

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

describe("redactGrades (the advisors' channel shows no grades)", () => {
  it.each([
    ["J'ai eu 8,5/20 en UTC505", "J'ai eu [note] en UTC505"],
    ["12 sur 20 au partiel", "[note] au partiel"],
    ["ma note de 9,5 compte ?", "ma note de [note] compte ?"],
    ["Ma moyenne est de 11,5 : puis-je valider ?", "Ma moyenne est de [note] : puis-je valider ?"],
    ["my grade was 14 out of 20", "my grade was [note]"],
    ["I got 14.5/20 in NFA031", "I got [note] in NFA031"],
    ["Puis-je suivre NFA031 en 2026 ?", "Puis-je suivre NFA031 en 2026 ?"],
    ["6 ECTS = 60 heures", "6 ECTS = 60 heures"],
  ])("%s → %s", (text, expected) => {
    expect(redactGrades(text)).toBe(expected);
  });
});

describe("redactQuestionForAdvisor (what a handoff request and its offer keep)", () => {
  it.each([
    ["J'ai eu 8,5/20 en UTC505, écrivez-moi à jean@example.org", "J'ai eu [note] en UTC505, écrivez-moi à [email]"],
    ["M. Dupont refuse ma note de 9", "M. [nom] refuse ma note de [note]"],
    ["Madame Marie-Claire Lefèvre dit que le prof Martin n'est pas là", "Madame [nom] dit que le prof [nom] n'est pas là"],
    ["Dr. Smith said my grade was 14 out of 20", "Dr. [nom] said my grade was [note]"],
    ["Le prof NFA031 et M. UE ?", "Le prof NFA031 et M. UE ?"],
  ])("%s → %s", (text, expected) => {
    expect(redactQuestionForAdvisor(text)).toBe(expected);
  });

  it("bounds the length at 1,000 characters", () => {
    expect(redactQuestionForAdvisor("a".repeat(3_000))).toHaveLength(1_000);
  });
});
