import { describe, expect, it } from "vitest";
import { botConversation } from "../support/bot";
import { replyText } from "../support/turn-table";

/** The replies to each message of one conversation, each message's replies joined. */
async function talk(...turns: string[]): Promise<string[]> {
  const conversation = await botConversation({});
  const replies: string[] = [];
  for (const turn of turns) replies.push((await conversation.send(turn)).map((reply) => replyText(reply)).join("\n"));
  return replies;
}

async function replyTo(message: string): Promise<string> {
  return (await talk(message))[0]!;
}

const SUGGESTIONS = /(I am not sure I understood|Je ne suis pas sûr d'avoir compris)/;
const SIGN_IN = /(please sign in first|connectez-vous d'abord)/;

describe("a grade said with no unit gets the rule at once, and the unit named next gets it", () => {
  it.each([
    ["I passed one of my exams with exactly 10, is that really validated?", "it was UTC503"],
    ["I got exactly 10 in one of my exams, does it count?", "it was UTC503"],
  ])('answers "%s" with the 10/20 rule, then UTC503\'s 3 ECTS after "%s" (it gave suggestions, then UTC503\'s card)', async (grade, unit) => {
    const [first, second] = await talk(grade, unit);
    expect(first).toMatch(/^Yes, with 10\/20 \(at least 10\/20\) the unit is validated/);
    expect(first).not.toMatch(SUGGESTIONS);
    expect(second).toMatch(/^Yes, with 10\/20 \(at least 10\/20\) the unit is validated: the 3 ECTS of UTC503 are earned/);
    expect(second).not.toMatch(/Paradigmes de programmation/);
  });

  it("keeps the French « j'ai eu pile 10 à un examen, c'est validé ? » then « c'était UTC503 »", async () => {
    const [first, second] = await talk("j'ai eu pile 10 à un examen, c'est validé ?", "c'était UTC503");
    expect(first).toMatch(/^Oui, avec 10\/20 \(au moins 10\/20\), l'unité est validée/);
    expect(second).toMatch(/^Oui, avec 10\/20 \(au moins 10\/20\), l'unité est validée : les 3 ECTS de UTC503 sont acquis/);
  });

  it('says 9.99 is no pass after the grade and its unit (no rounding)', async () => {
    const [, , third] = await talk("I passed one of my exams with exactly 10, is that really validated?", "it was UTC503", "and with 9.99?");
    expect(third).toMatch(/^No, 9\.99\/20 is below the 10\/20 pass mark/);
    expect(third).toMatch(/UTC503 would not be validated/);
  });

  it('reads "exactly 9" as the grade, as "9" is ("I got exactly 9 in an exam, can I sit it again?")', async () => {
    // ("can I sit it again?" gets its yes first: "No, 9/20 …" read as a no to it.)
    expect(await replyTo("I got exactly 9 in an exam, can I sit it again?")).toMatch(/^Yes: 9\/20 is below the 10\/20 pass mark[\s\S]*session 2/);
  });

  it('reads no grade in a count of exams ("with 3 exams in June, can I sit session 2?")', async () => {
    const reply = await replyTo("with 3 exams in June, can I sit session 2?");
    expect(reply).not.toMatch(/3\/20/);
  });
});

describe("a unit of some credits added to the hours just answered is the total", () => {
  it.each([
    ["How many hours is a 4-credit unit?", "ok, and a 6-credit one on top of that?"],
    ["How many hours is a 4-credit unit?", "ok, and one more of 6?"],
  ])('answers "%s" then "%s" with 40 h + 50 h = 90 h (it gave the page on personal work)', async (question, more) => {
    const [first, second] = await talk(question, more);
    expect(first).toMatch(/^A 4-ECTS unit matches 40 reference class hours/);
    expect(second).toMatch(/A 4-ECTS unit matches 40 reference class hours/);
    expect(second).toMatch(/A 6-ECTS unit matches 50 reference class hours/);
    expect(second).toMatch(/In total: 90 reference class hours \(81-99 h\), personal work excluded, for 10 ECTS/);
    expect(second).not.toMatch(/personal study time/);
  });

  it.each([
    ["d'accord, et une de 6 en plus ?", /Au total : 90 heures de cours de référence \(81-99 h\), hors travail personnel, pour 10 ECTS/],
    ["et une de 6 en plus ?", /Au total : 90 heures de cours de référence \(81-99 h\), hors travail personnel, pour 10 ECTS/],
    ["ok, plus une de 3 ?", /Au total : 70 heures de cours de référence \(63-77 h\), hors travail personnel, pour 7 ECTS/],
    ["ok, et pour 2 UE ?", /2 UE de 4 ECTS = 80 h[\s\S]*Au total : 80 heures/],
  ])("adds « %s » to a unit of 4 ECTS", async (more, total) => {
    const [, second] = await talk("combien d'heures pour une UE de 4 crédits ?", more);
    expect(second).toMatch(total);
  });

  it('keeps "okay, and a 6-credit one?" as the same question of 6 ECTS (nothing added)', async () => {
    const [, second] = await talk("How many hours is a 4-credit unit?", "okay, and a 6-credit one?");
    expect(second).toMatch(/^A 6-ECTS unit matches 50 reference class hours/);
    expect(second).not.toMatch(/In total/);
  });

  it("keeps the personal work asked after the hours (« d'accord, et le travail perso en plus ? »)", async () => {
    const [, second] = await talk("combien d'heures pour une UE de 6 ECTS ?", "d'accord, et le travail perso en plus ?");
    expect(second).toMatch(/hors temps de travail personnel\. Prévoyez du temps en plus/);
  });
});

describe("where one stands, after grades told, is the grades' summary", () => {
  const STORY =
    "Last semester was chaos: new baby, new job, no sleep. I sat UTC501 and got 12, UTC502 I got 8.5, and I completely missed the UTC504 exam because my daughter was in hospital that day. Where do I stand now, and what do I have to do next?";

  it("sums up the story's grades (it asked to sign in)", async () => {
    const reply = await replyTo(STORY);
    expect(reply).toMatch(/^\*\*UTC501\*\*: Yes, with 12\/20/);
    expect(reply).toMatch(/\*\*UTC502\*\*: No, 8\.5\/20 is below the 10\/20 pass mark[\s\S]*session 2/);
    expect(reply).toMatch(/\*\*UTC504\*\*: absent from the exam: credits not earned; session 2 is open to those absent, with no registration/);
    expect(reply).toMatch(/In total: 3 ECTS earned \(UTC501\)\. To sit again: UTC502 and UTC504/);
    expect(reply).not.toMatch(SIGN_IN);
    expect(reply).not.toMatch(/Each unit is worth a number of ECTS credits/);
  });

  it.each([
    "j'ai eu 12 en UTC501 et 8,5 en UTC502, j'ai raté l'examen d'UTC504. Où j'en suis ?",
    "j'ai eu 12 en UTC501 et 8,5 en UTC502, j'ai raté l'examen d'UTC504. Où j'en suis ? Et je fais quoi maintenant ?",
  ])("sums up « %s » in French", async (message) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(/^\*\*UTC501\*\* : Oui, avec 12\/20/);
    expect(reply).toMatch(/\*\*UTC502\*\* : Non, 8,5\/20/);
    expect(reply).toMatch(/Au total : 3 ECTS acquis \(UTC501\)\. À repasser : UTC502 et UTC504/);
    expect(reply).not.toMatch(SIGN_IN);
  });

  it('sums up "I got 12 in UTC501 and 8.5 in UTC502. Where do I stand? What now?"', async () => {
    const reply = await replyTo("I got 12 in UTC501 and 8.5 in UTC502. Where do I stand? What now?");
    expect(reply).toMatch(/^\*\*UTC501\*\*: Yes, with 12\/20/);
    expect(reply).toMatch(/In total: 3 ECTS earned \(UTC501\)\. To sit again: UTC502/);
    expect(reply).not.toMatch(SIGN_IN);
  });

  it.each(["où j'en suis dans ma licence ?", "Where do I stand in my licence?", "I passed UTC501 and UTC502. Where do I stand now, and what do I have to do next?"])(
    "keeps « %s », with no grade told, for the record (sign in)",
    async (message) => {
      expect(await replyTo(message)).toMatch(SIGN_IN);
    },
  );
});
