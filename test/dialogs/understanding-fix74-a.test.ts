import { describe, expect, it } from "vitest";
import { botConversation } from "../support/bot";
import { replyText } from "../support/turn-table";

/**
 * Unit facets and follow-ups: sitting an exam elsewhere (not in the sources, never an enrolment verdict), a second question typed
 * on a phone without its mark, a diploma's unit named by its subject asked compulsory, a unit's way of teaching asked right after its card.
 */
async function repliesTo(...turns: string[]): Promise<string> {
  const conversation = await botConversation({});
  let last = "";
  for (const turn of turns) last = (await conversation.send(turn)).map((reply) => replyText(reply)).join("\n");
  return last;
}

describe("sitting a unit's exam in another city or abroad", () => {
  it.each([
    ["I live in Lyon. Could I sit the NFA031 exam in Lyon instead of Paris?", /^My sources do not give the room or place of the exam of NFA031\./, /advisor/],
    ["je peux passer l'examen de NFA031 à Lyon ?", /^Je n'ai pas la salle ni le lieu de l'examen de NFA031 dans mes sources\./, /conseiller/],
    ["passer l'exam de RSX101 depuis Marseille c'est possible ?", /^Je n'ai pas la salle ni le lieu de l'examen de RSX101 dans mes sources\./, /conseiller/],
    ["can I sit the NFA031 exam abroad?", /^My sources do not give the room or place of the exam of NFA031\./, /advisor/],
  ])("%s", async (user, expected, advisor) => {
    const replies = await repliesTo(user);
    expect(replies).toMatch(expected);
    expect(replies).toMatch(advisor);
    expect(replies).not.toMatch(/✅|Yes, you may enrol|Oui, vous pouvez vous inscrire/);
  });

  it.each([
    // Taking the unit from far away is still its check (its distance offering weighed).
    ["je peux suivre NFA031 depuis Lyon ?", /Oui, vous pouvez vous inscrire à NFA031/],
    ["Can I enrol in DSY101 from Lyon?", /Yes, if you have the expected level/],
    // (A month is no place: « je peux passer l'examen de NFA031 en juin ? » asks the exam's date, in understanding-stories.)
  ])("%s keeps its check", async (user, expected) => {
    expect(await repliesTo(user)).toMatch(expected);
  });
});

describe("a second question typed on a phone after « ? », without its mark", () => {
  it("rcp101 cest le soir ? faut quel niveau: its evening times and its level", async () => {
    const replies = await repliesTo("rcp101 cest le soir ? faut quel niveau");
    expect(replies).toMatch(/^Oui : RCP101 est proposée en cours du soir\./);
    expect(replies).toMatch(/le vendredi de 18h15 à 21h45/);
    expect(replies).toMatch(/Aussi assurée en journée/);
    expect(replies).toMatch(/niveau attendu : Bac\+2 informatique/);
  });

  it("nfa031 c le samedi ? cb d'heures: its Saturdays and its hours", async () => {
    const replies = await repliesTo("nfa031 c le samedi ? cb d'heures");
    expect(replies).toMatch(/^Oui : NFA031 est proposée le samedi\./);
    expect(replies).toMatch(/50 heures de cours de référence/);
  });

  it("is nsy103 online? what level do i need: not at a distance, and its level", async () => {
    const replies = await repliesTo("is nsy103 online? what level do i need");
    expect(replies).toMatch(/^No: NSY103 is not offered at a distance \(FOAD\)/);
    expect(replies).toMatch(/expected level: bases en systèmes d'exploitation/);
  });

  it.each([
    // A remark after the mark asks nothing; a code alone before the mark is the topic of one question.
    ["c'est quand NFA031 ? merci", /Cours de NFA031/, /Prérequis/],
    ["NFA031 ? c'est quand", /Cours de NFA031/, /Unité d'enseignement \(UE\)/],
  ])("%s stays one question", async (user, expected, absent) => {
    const replies = await repliesTo(user);
    expect(replies).toMatch(expected);
    expect(replies).not.toMatch(absent);
  });
});

describe("a diploma's unit named by its subject, asked compulsory", () => {
  it("La licence, … à distance ? Et l'anglais est obligatoire ?: both answered, ANG320 compulsory", async () => {
    const replies = await repliesTo("La licence, il y a une partie qu'on peut faire à distance ? Et l'anglais est obligatoire ?");
    expect(replies).toMatch(/^Les UE de LG02501A \(Licence informatique \(L3\)\) à distance \(FOAD\)/);
    expect(replies).toMatch(/NSY115/);
    expect(replies).toMatch(/\nOui : ANG320 est obligatoire \(Management de projet et anglais\)\./);
    expect(replies).not.toMatch(/à la carte/);
  });

  it("Which licence units are online? And is English compulsory?", async () => {
    const replies = await repliesTo("Which licence units are online? And is English compulsory?");
    expect(replies).toMatch(/\nYes: ANG320 is compulsory/);
    expect(replies).not.toMatch(/à la carte/);
  });

  it.each([
    ["Is English compulsory in the licence?", /^Yes: ANG320 is compulsory/],
    ["ANG320 c'est obligé pour la licence ?", /^Oui : ANG320 est obligatoire/],
  ])("%s", async (user, expected) => {
    expect(await repliesTo(user)).toMatch(expected);
  });

  it("the turn right after a diploma's question", async () => {
    expect(await repliesTo("quelles UE pour la licence ?", "et l'anglais est obligatoire ?")).toMatch(/^Oui : ANG320 est obligatoire/);
  });

  it("« et les TD sont obligatoires ? » names no unit's subject: no unit said compulsory", async () => {
    const replies = await repliesTo("La licence, il y a une partie qu'on peut faire à distance ? Et les TD sont obligatoires ?");
    expect(replies).toMatch(/^Les UE de LG02501A \(Licence informatique \(L3\)\) à distance \(FOAD\)/);
    expect(replies).not.toMatch(/est obligatoire \(/);
  });
});

describe("a unit's way of teaching, asked right after its card", () => {
  it.each([
    [["c'est quoi RCP104 ?", "et c'est en présentiel ?"], /^RCP104 est hybride : en partie en présentiel, en partie à distance\./],
    [["c'est quoi RCP104 ?", "c'est sur place ?"], /^RCP104 est hybride/],
    [["c'est quoi RCP104 ?", "c'est à distance ?"], /^RCP104 est hybride/],
    [["what is RCP104?", "is it on site?"], /^RCP104 is hybrid: partly in person, partly at a distance\./],
    [["what is RCP104?", "and is it online?"], /^RCP104 is hybrid/],
    [["what is RCP104?", "is it in person?"], /^RCP104 is hybrid/],
  ])("%j", async (turns, expected) => {
    const replies = await repliesTo(...turns);
    expect(replies).toMatch(expected);
    expect(replies).toMatch(/Séances enregistrées/);
    expect(replies).not.toMatch(/^(Oui|Non|Yes|No)\b/);
    expect(replies).not.toMatch(/Certaines UE sont proposées en FOAD|Some units are offered as FOAD/);
  });

  it("a unit held only in person is « Oui » in person", async () => {
    expect(await repliesTo("c'est quoi NFA031 ?", "et c'est en présentiel ?")).toMatch(/^Oui : NFA031 est proposée en présentiel\./);
  });

  it.each([
    [["c'est quoi RCP104 ?", "c'est quoi la FOAD ?"], /^Certaines UE sont proposées en FOAD/],
    [["what is RCP104?", "what is FOAD?"], /^Some units are offered as FOAD/],
  ])("%j asks what the notion is", async (turns, expected) => {
    expect(await repliesTo(...turns)).toMatch(expected);
  });
});
