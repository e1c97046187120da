import { describe, expect, it } from "vitest";
import { findUnitCodes, isUnitCode, normalizeUnitCode } from "../../domain/catalog/unit-code";

describe("unit codes", () => {
  it.each([
    ["puis-je m'inscrire à NFP121 ?", ["NFP121"]],
    ["NFA 031 et rsx-101", ["NFA031", "RSX101"]],
    ["nfa031, Nsy103", ["NFA031", "NSY103"]],
    ["pour 100 heures, les 120 h", []],
    ["les notes de demo-03", []],
    ["c'est quoi UAALOT", ["UAALOT"]],
    ["UAEP04 puis UAAD91", ["UAEP04", "UAAD91"]],
    ["NSY103 NSY103", ["NSY103"]],
    ["combien d'heures pour 6 ects", []],
    ["j'ai eu 12/20", []],
  ])("finds the codes in %j", (text, expected) => {
    expect(findUnitCodes(text)).toEqual(expected);
  });

  it("normalizes and recognizes canonical codes", () => {
    expect(normalizeUnitCode("nfa-031")).toBe("NFA031");
    expect(isUnitCode("NFA031")).toBe(true);
    expect(isUnitCode("nfa031")).toBe(false);
    expect(isUnitCode("HELLO")).toBe(false);
  });
});
