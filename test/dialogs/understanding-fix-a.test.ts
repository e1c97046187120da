import { describe, expect, it } from "vitest";
import { botConversation } from "../support/bot";
import { replyText } from "../support/turn-table";

/** The replies to each message of a conversation, each message's replies joined. */
async function repliesOf(turns: string[]): Promise<string[]> {
  const conversation = await botConversation({});
  const all: string[] = [];
  for (const turn of turns) all.push((await conversation.send(turn)).map((reply) => replyText(reply)).join("\n"));
  return all;
}

async function replyTo(message: string): Promise<string> {
  const [reply] = await repliesOf([message]);
  return reply!;
}

describe("codes and grades typed with nothing between them", () => {
  it("reads « nfe108 13 nfp107 8.5 jai valide ? » as two grades, as « NFE108 (13), NFP107 (8,5) » (it ran two enrolment checks)", async () => {
    const typed = await replyTo("nfe108 13 nfp107 8.5 jai valide ?");
    expect(typed).toMatch(/^\*\*NFE108\*\* : Oui, avec 13\/20 \(au moins 10\/20\), l'unité est validée : les 6 ECTS de NFE108 sont acquis/);
    expect(typed).toMatch(/\*\*NFP107\*\* : Non, 8,5\/20 est sous la moyenne de 10\/20 \(il manque 1,5 point\)[^\n]*session 2/);
    expect(typed).toMatch(/Au total : 6 ECTS acquis \(NFE108\)\. À repasser : NFP107/);
    expect(typed).not.toMatch(/vous inscrire|Je regarde pour|Prochaines étapes/);
    expect(typed).toBe(await replyTo("NFE108 (13), NFP107 (8,5) : j'ai validé ?"));
  });

  it('reads "nfa031 12 utc505 9 did I pass?" as grades, in English (it got both units\' cards)', async () => {
    const reply = await replyTo("nfa031 12 utc505 9 did I pass?");
    expect(reply).toMatch(/^\*\*NFA031\*\*: Yes, with 12\/20 \(at least 10\/20\) the unit is validated: the 6 ECTS of NFA031 are earned/);
    expect(reply).toMatch(/\*\*UTC505\*\*: No, 9\/20 is below the 10\/20 pass mark[^\n]*session 2/);
    expect(reply).toMatch(/In total: 6 ECTS earned \(NFA031\)\. To sit again: UTC505/);
    expect(reply).not.toMatch(/Teaching unit \(UE\)|Modalities/);
  });

  it("reads « utc501 11 utc502 7 » alone as grades (it got UTC501's card)", async () => {
    const reply = await replyTo("utc501 11 utc502 7");
    expect(reply).toMatch(/^\*\*UTC501\*\* : Oui, avec 11\/20[\s\S]*\*\*UTC502\*\* : Non, 7\/20 est sous la moyenne de 10\/20 \(il manque 3 points\)/);
    expect(reply).toMatch(/Au total : 3 ECTS acquis \(UTC501\)\. À repasser : UTC502/);
    expect(reply).not.toMatch(/Unité d'enseignement \(UE\)/);
  });

  it.each([
    ["NFA031 2 fois par semaine ?", /^Les UE ont lieu surtout hors temps de travail \(HTT\), en cours du soir/],
    ["NFA031 ou NFA032 ?", /^NFA031 — Programmation avec Java : notions de base\n[\s\S]*\nNFA032 — Programmation Java : programmation objet\n/],
    ["j'ai 2 UE : NFA031 et NFA032", /^NFA031 — Programmation avec Java : notions de base\n[\s\S]*\nNFA032 — Programmation Java : programmation objet\n/],
    ["UTC501 à 505", /^UTC501 — Outils mathématiques pour l'informatique\n[\s\S]*\nUTC502 — [\s\S]*\nUTC503 — /],
    ["NFA031 12 NFA032 ?", /^NFA031 — Programmation avec Java : notions de base\n[\s\S]*\nNFA032 — Programmation Java/],
    ["NFA031 18h NFA032 20h c'est quand ?", /^Cours de NFA031 — Programmation avec Java : notions de base :\n[\s\S]*\nCours de NFA032 — /],
    ["nfa031 2 nfa032 1 fois par semaine ?", /^Les UE ont lieu surtout hors temps de travail \(HTT\)/],
    // (Its reading of the numbers as credits is another matter: here, only that none is read as a grade.)
    ["NFA031 6 NFA032 6 ECTS combien d'heures ?", /ECTS/],
  ])("keeps « %s » as it was read: no number taken for a grade", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/\/20|Oui, avec|Non, \d/);
  });
});
