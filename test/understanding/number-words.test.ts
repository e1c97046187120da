import { describe, expect, it } from "vitest";
import { numberWordsToDigits } from "../../domain/understanding/number-words";

describe("numbers written in words", () => {
  it.each([
    ["six ects", "6 ects"],
    ["soixante-cinq heures", "65 heures"],
    ["vingt et un credits", "21 credits"],
    ["soixante-dix heures", "70 heures"],
    ["quatre-vingt-dix-neuf", "99"],
    ["dix-huit", "18"],
    ["twenty-two hours", "22 hours"],
    ["fifty four hours for six ECTS", "54 hours for 6 ECTS"],
    ["c est quoi un credit", "c est quoi un credit"],
    ["one unit", "one unit"],
  ])("%j → %j", (text, expected) => {
    expect(numberWordsToDigits(text)).toBe(expected);
  });
});
