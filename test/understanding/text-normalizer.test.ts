import { describe, expect, it } from "vitest";
import { foldForRules, foldText, rawTokens } from "../../domain/understanding/text-normalizer";

describe("text normalization", () => {
  it.each([
    ["Qu’est-ce qu’une UNITÉ d’enseignement ?", "qu'est-ce qu'une unite d'enseignement ?"],
    ["Œuvre, cœur, ex æquo", "oeuvre, coeur, ex aequo"],
    ["Crédits – heures — ÉCTS", "credits - heures - ects"],
    ["ﬁche", "fiche"],
  ])("folds %j", (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  it("splits elisions and contractions into separate words, keeping the raw form for case clues", () => {
    expect(rawTokens("L'UE d'heures, what's US?").map((t) => t.folded)).toEqual(["l", "ue", "d", "heures", "what", "s", "us"]);
    expect(rawTokens("c koi une US").at(-1)).toEqual({ raw: "US", folded: "us" });
  });

  it("keeps punctuation that numbers need for the rules", () => {
    expect(foldForRules("  9,5/20 à  18h15 ")).toBe(" 9,5/20 a 18h15 ");
  });
});
