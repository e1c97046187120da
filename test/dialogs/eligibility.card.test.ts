import { describe, expect, it } from "vitest";
import { decisionCard, decisionText } from "../../dialogs/eligibility/eligibility.card";
import { checkEligibility } from "../../domain/eligibility/eligibility.rule";
import type { EligibilityDecision } from "../../domain/eligibility/eligibility.types";
import { cardProblems } from "../support/adaptive-card";
import { shippedData, TEST_NOW } from "../support/advisor-services";


async function decision(learnerId: string, code: string, semester: string): Promise<EligibilityDecision> {
  const { catalog, learners } = await shippedData();
  const learner = learners.find((l) => l.id === learnerId)!;
  return checkEligibility({ code, semester, learner, catalog, now: TEST_NOW });
}

describe("an eligibility verdict, card and text", () => {
  it.each<[string, string, string, string, EligibilityDecision["outcome"], RegExp]>([
    ["yes", "demo-06", "SEC105", "2026-2027 S2", "eligible", /^✅ Oui, vous pouvez vous inscrire à SEC105 \(.*\) en 2026-2027 S2\.$/],
    ["yes once a condition is met", "demo-05", "ANG320", "2026-2027 S2", "conditional", /^⚠️ Oui, mais sous condition : .* une fois ceci réglé :$/],
    ["no", "demo-03", "USSI01", "2026-2027 S2", "not-eligible", /^⛔ Non, vous ne pouvez pas vous inscrire à USSI01 /],
  ])("%s: a valid Adaptive Card whose text fallback says the same", async (_kind, learner, code, semester, outcome, headline) => {
    const verdict = await decision(learner, code, semester);
    expect(verdict.outcome).toBe(outcome);
    const card = decisionCard(verdict, "fr", false) as { body: { text: string }[]; actions: unknown[] };
    expect(cardProblems(card)).toEqual([]);
    expect(card.body[0]!.text).toMatch(headline);
    const text = decisionText(verdict, "fr", false);
    for (const block of card.body) expect(text).toContain(block.text);
  });

  it("says why a yes is a yes: each rule met, with its data", async () => {
    const text = decisionText(await decision("demo-06", "SEC105", "2026-2027 S2"), "fr", false);
    expect(text).toMatch(/Pourquoi :\n\n- ✅ UTC501 validée avec 12\/20 en 2024-2025 S1 \(prérequis de SEC105\)/);
    expect(text).toMatch(/- ✅ autorisation de l'enseignant reçue pour 2026-2027 S2/);
    expect(text).toMatch(/- ✅ SEC105 est proposée en 2026-2027 S2 : le vendredi de 18h15 à 21h45 \(cours du soir\)/);
  });

  it("puts the condition right under the headline, never a plain « vous pouvez vous inscrire » after it", async () => {
    const text = decisionText(await decision("demo-05", "ANG320", "2026-2027 S2"), "fr", false);
    const [headline, condition] = text.split("\n\n");
    expect(headline).toMatch(/sous condition/);
    expect(condition).toMatch(/^- ⚠️ L'inscription à ANG320 est soumise à l'autorisation/);
    expect(text).not.toMatch(/Vous pouvez vous inscrire à ANG320/);
    expect(text).toMatch(/Contactez le secrétariat pédagogique/);
  });

  it("shows what blocks before any advice", async () => {
    const text = decisionText(await decision("demo-03", "USSI01", "2026-2027 S2"), "fr", false);
    const blocker = text.indexOf("- ⛔ ");
    const advice = text.indexOf("- ℹ️");
    expect(blocker).toBeGreaterThan(0);
    if (advice >= 0) expect(blocker).toBeLessThan(advice);
  });

  it("is valid in English too", async () => {
    expect(cardProblems(decisionCard(await decision("demo-05", "ANG320", "2026-2027 S2"), "en", true))).toEqual([]);
  });
});
