import { describe, expect, it } from "vitest";
import { repliesOf } from "../support/bot";

async function replyTo(message: string): Promise<string> {
  const [reply] = await repliesOf([message]);
  return reply!;
}

describe("someone who starts from nothing", () => {
  it.each([
    ["Je n'ai jamais codé de ma vie. Quelle UE d'informatique je peux commencer sans prérequis ?", /^Les UE du département Informatique pour débutants \(sans prérequis\) :\n- UTC505 [^\n]*\n- NFA031 — Programmation avec Java : notions de base/],
    ["Je suis débutant complet, quelle UE d'informatique pour commencer ?", /^Les UE du département Informatique pour débutants \(sans prérequis\) :\n- UTC505 [^\n]*\n- NFA031 /],
    ["I've never programmed, which computing unit can I start with?", /^Units of the Informatique department for beginners \(no prerequisite\):\n- UTC505 [^\n]*\n- NFA031 /],
  ])("lists for « %s » the department's units with neither prerequisite nor advised level, the basics first (it listed UTC501 and NSY115, of an L2 and a Bac+3 level: false)", async (message, expected) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(expected);
    // No unit with an advised level, and « bases de données » is no start of a subject.
    expect(reply).not.toMatch(/niveau conseillé|advised level|UTC501|NSY115|SEC102|RCP104/);
    expect(reply.indexOf("NFA031")).toBeLessThan(reply.indexOf("UTC504"));
  });

  it("reads « je suis pas débutant » as no beginner, and « je suis débutant » as one (both were read as not a beginner)", async () => {
    expect(await replyTo("je suis pas débutant, une UE de réseau ?")).toMatch(/^Les UE du catalogue qui en parlent :\n[\s\S]*RSX101/);
    expect(await replyTo("je suis débutant, une UE de réseau ?")).toMatch(/pour débutants/);
  });
});

describe("two grades said one after the other", () => {
  it.each([
    ["J'ai raté GLG105 aux deux sessions, 7 puis 8. Qu'est-ce que je fais maintenant ?", /^Non, 8\/20 est sous la moyenne de 10\/20 \(il manque 2 points\) : les crédits ne sont pas acquis\. Il faudra suivre l'unité à nouveau\./],
    ["j'ai eu 7 puis 8 à NFA031, je fais quoi ?", /^Non, 8\/20 est sous la moyenne[^\n]*Il faudra suivre l'unité à nouveau\./],
    ["I got 7 then 8 in NFA031, what now?", /^No, 8\/20 is below the 10\/20 pass mark[^\n]*You will need to take the unit again\./],
  ])("reads « %s » as the later session's 8 (it said « je ne sais pas », or took the first session's 7 and offered session 2)", async (message, expected) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(expected);
    expect(reply).not.toMatch(/7\/20|session 2, sans nouvelle inscription/);
  });
});
