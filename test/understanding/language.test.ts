import { describe, expect, it } from "vitest";
import { DEFAULT_LANGUAGE, detectLanguage } from "../../domain/language/language";

describe("language detection", () => {
  it.each([
    ["Qu'est-ce qu'une UE ?", "fr"],
    ["cb d'h pr 1 UE de 4 ects", "fr"],
    ["c koi une US", "fr"],
    ["Puis-je m'inscrire à NFP121 ?", "fr"],
    ["les cours sont le samedi ?", "fr"],
    ["How many hours is a 6 ECTS unit?", "en"],
    ["is 54 h ok for 6 ECTS", "en"],
    ["can I enrol in RSX101", "en"],
    ["I don't understand the timetable", "en"],
    ["what's a UE", "en"],
    ["resit session", "en"],
    ["hello", "en"],
    ["what is an unité d'enseignement?", "en"],
    ["what does « hors temps de travail personnel » mean?", "en"],
    ["I want to know if the cours du soir are on saturday too", "en"],
    ["is the examen in June?", "en"],
    ["c'est quoi le « self-paced learning » dont parle la fiche ?", "fr"],
  ] as const)("%j is %s", (text, language) => {
    expect(detectLanguage(text, language === "fr" ? "en" : "fr")).toBe(language);
  });

  it.each(["NFA031 ?", "ok", "UE", "6", "???", ""])("keeps the conversation's language for %j, which gives no clue", (text) => {
    expect(detectLanguage(text, "en")).toBe("en");
    expect(detectLanguage(text, "fr")).toBe("fr");
  });

  it("falls back to French by default", () => {
    expect(DEFAULT_LANGUAGE).toBe("fr");
    expect(detectLanguage("NFA031")).toBe("fr");
  });
});
