import { describe, expect, it } from "vitest";
import { repliesOf } from "../support/bot";

async function replyTo(message: string): Promise<string> {
  const [reply] = await repliesOf([message]);
  return reply!;
}

describe("a grade belongs to the unit said with it, in its own clause", () => {
  it("reads « I passed UTC502 last term with 12 » as UTC502's grade, not the NSY103 named before (it said NSY103's 6 ECTS were earned)", async () => {
    const reply = await replyTo("I have my NSY103 exam on Saturday morning. I passed UTC502 last term with 12, is that enough to validate it?");
    expect(reply).toMatch(/^Yes, with 12\/20 \(at least 10\/20\) the unit is validated: the 3 ECTS of UTC502 are earned/);
    expect(reply).not.toMatch(/NSY103/);
  });

  it("reads « sat UTC503 and got 8.5 » as UTC503's grade and « passed UTC501 with 13 » as UTC501's (it gave UTC503 the 13)", async () => {
    const reply = await replyTo(
      "Last semester I sat UTC503 and got 8.5, and I missed the UTC504 exam entirely because I was called in for an emergency shift. I passed UTC501 with 13. How many credits do I have so far?",
    );
    expect(reply).toMatch(/\*\*UTC503\*\*: No, 8\.5\/20 is below the 10\/20 pass mark/);
    expect(reply).toMatch(/\*\*UTC501\*\*: Yes, with 13\/20/);
    expect(reply).toMatch(/In total: 3 ECTS earned \(UTC501\)/);
  });

  it.each([
    ["je veux faire NFA032 avec 2 amis, c'est possible ?", /NFA032/],
    ["I want to take NFA031 with 2 colleagues, can I?", /NFA031/],
  ])("reads no grade in « %s » (it said 2/20 was below the pass mark)", async (message, names) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(names);
    expect(reply).not.toMatch(/2\/20|sous la moyenne|below the 10\/20/);
  });
});

describe("a question declined alone is declined after a story that names units", () => {
  it.each([
    [
      "I have my NSY103 exam on Saturday morning and I'm coming from Lille by train on Friday night. I passed UTC502 last term with 12, so I'm fairly confident. Which hotel near Arts et Métiers would you recommend for the Friday night?",
      /^I can only answer questions about Cnam Paris evening courses/,
    ],
    ["J'ai eu 14 en NFA031 ce semestre, trop content. Tu connais un bon restaurant près du Cnam pour fêter ça ?", /^Je ne peux répondre qu'aux questions sur les formations du Cnam Paris/],
  ])("« %s » (it answered the grade and left the question unsaid)", async (message, declined) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(declined);
    expect(reply).not.toMatch(/ECTS|validée|validated/);
  });

  it.each([
    ["Je voudrais m'inscrire à une UE mais une collègue m'a dit qu'il fallait l'accord du prof. Comment je fais concrètement ?", /autorisation|accord/],
    ["je viens de voir mon resultat de NFE114 dans le bus, 9,75 ... c est arrondi a 10 ou je l ai pas ?", /^Non, 9,75\/20 est sous la moyenne/],
  ])("reads a question only unclear or unknown alone in its story: « %s »", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/^Je ne peux répondre qu'aux questions/);
  });
});

describe("set 74's first run, read after it (not blind)", () => {
  it.each([
    ["hw much is nfa031", /^My sources do not give the price of NFA031/],
    ["hw many hours is a 6 ects unit", /^A 6-ECTS unit matches 50 reference class hours/],
    ["What does FOAD mean in the course list?", /^Some units are offered as FOAD \(open distance learning\)/],
    ["Any news on request 250114-XK9PQ?", /^I cannot find request 250114-XK9PQ in this conversation/],
    ["des nouvelles de la demande 250114-XK9PQ ?", /^Je ne trouve pas la demande 250114-XK9PQ dans cette conversation/],
    ["J'ai validé NSY104 avec 14, je suis trop fier ! Tu me conseilles une série à regarder ce soir pour fêter ça ?", /^Je ne peux répondre qu'aux questions sur les formations du Cnam Paris/],
  ])("« %s » (the card, suggestions, the authorization's steps, the grade alone)", async (message, reads) => {
    expect(await replyTo(message)).toMatch(reads);
  });

  it("reads a question that names studying in its story: the units looked for after a story are no decline (« droit du travail » alone read as a dispute)", async () => {
    const reply = await replyTo(
      "Je suis assistante de direction depuis douze ans dans un cabinet d'avocats. On me confie de plus en plus la gestion du personnel, et j'aimerais me former sérieusement. Mais j'habite à 1h30 de Paris et je ne peux pas me déplacer le soir. Qu'est-ce que vous avez en RH ou en droit du travail que je pourrais suivre à distance ?",
    );
    // (Each subject apart since set 80: the HR unit at a distance, then labour law's own units as they are taught and the law
    // department's at a distance — the two subjects had been searched as one, labour law left unsaid.)
    expect(reply).toMatch(/^Les UE du catalogue sur « RH » à distance \(FOAD\) :\n- FPG114 — Outils RH[\s\S]*« droit du travail »[\s\S]*DRS101/);
  });

  it("looks for units in labour law: « vous avez quoi en droit du travail ? » (it was declined as a dispute at work)", async () => {
    expect(await replyTo("vous avez quoi en droit du travail ?")).toMatch(/DRS101 — Droit du travail : relations individuelles[\s\S]*DRS102/);
    expect(await replyTo("mon employeur refuse de me libérer, c'est légal selon le droit du travail ?")).toMatch(/^Je ne peux répondre qu'aux questions/);
  });
});

describe("a grade told, then a question of something else: both answered", () => {
  it("says the grade, then the units at a distance (only the grade was said)", async () => {
    const reply = await replyTo("I work night shifts at a hospital and passed NFA031 with 13. Which of your units could I take at a distance next?");
    expect(reply).toMatch(/^Yes, with 13\/20 \(at least 10\/20\) the unit is validated: the 6 ECTS of NFA031 are earned[\s\S]*\n[\s\S]*FOAD/);
  });

  it("says the grade, then the hours of 6 ECTS: « J'ai eu 12 en UTC501. Combien d'heures fait une UE de 6 ECTS ? »", async () => {
    const reply = await replyTo("J'ai eu 12 en UTC501. Combien d'heures fait une UE de 6 ECTS ?");
    expect(reply).toMatch(/^Oui, avec 12\/20[\s\S]*\nUne UE de 6 ECTS correspond à 50 heures de cours de référence/);
  });

  it.each([
    ["J'ai eu 12 en UTC501. Ça me fait combien de crédits ?", /^Oui, avec 12\/20[\s\S]*3 ECTS de UTC501/],
    ["J'ai eu 8 en UTC501. Je fais quoi ?", /^Non, 8\/20 est sous la moyenne de 10\/20[\s\S]*session 2/],
  ])("keeps the grade's answer alone to a question about it: « %s »", async (message, reads) => {
    const replies = await repliesOf([message]);
    expect(replies[0]).toMatch(reads);
    expect(replies.join("\n")).not.toMatch(/Vouliez-vous dire|je ne sais pas répondre/i);
  });
});

describe("known misses of set 73, read again (not blind)", () => {
  it.each([
    ["l'examen d'admission, on peut le tenter 4 fois ?", /^Non\. Les diplômes d'ingénieur[\s\S]*trois fois au plus/],
    ["can I try the admission exam five times?", /^No\. The part-time engineering degrees[\s\S]*at most three times/],
    ["on peut tenter l'examen d'admission 3 fois ?", /^Oui\. Les diplômes d'ingénieur/],
  ])("a number the claim does not say decides no yes by likeness: « %s » (it said « Oui » to 4 times)", async (message, reads) => {
    expect(await replyTo(message)).toMatch(reads);
  });

  it("gives the fact alone when the number asked is within the claim's most: no « Oui » by likeness", async () => {
    const reply = await replyTo("l'examen d'admission on peut le passer 2 fois ?");
    expect(reply).toMatch(/^Les diplômes d'ingénieur[\s\S]*trois fois au plus/);
  });

  it.each(["c pas grave", "tant pis", "c'est pas grave"])("lets the matter go at « %s » after a grade (it gave the page on the ID to bring)", async (said) => {
    const [, reply] = await repliesOf(["j'ai eu 8 en NFA031", said]);
    expect(reply).toMatch(/Que puis-je faire pour vous \?/);
    expect(reply).not.toMatch(/pièce d'identité/);
  });

  it("reads « c grave si jai 9 a nfa031 » as NFA031's grade (it checked the enrolment: « ✅ Oui »)", async () => {
    const reply = await replyTo("c grave si jai 9 a nfa031");
    expect(reply).toMatch(/^Non, 9\/20 est sous la moyenne de 10\/20/);
  });

  it("keeps the ID page for « Ma carte d'identité est expirée, c'est grave pour l'examen ? »", async () => {
    expect(await replyTo("Ma carte d'identité est expirée, c'est grave pour l'examen ?")).toMatch(/^Une pièce d'identité en cours de validité est exigée/);
  });
});

describe("the review's probes of this change, mended (not blind)", () => {
  it.each([
    ["I have 2 kids and my exams are in June, can I sit session 2 in September instead?", /^Session 2 is open to those who were absent/],
    ["with 2 jobs and exams next month, can I postpone my exams?", /^No\. Exam dates cannot be moved/],
    ["I have exactly 2 weeks before my exams, how many hours is a 6-credit unit?", /^A 6-ECTS unit matches 50 reference class hours/],
    ["I'm doing NFA032 with 2 mates from work, is that ok?", /^I do not know the answer to this question/],
  ])("reads no grade in a count of things: « %s » (it said 2/20 was below the pass mark)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/2\/20/);
  });

  it.each([
    ["J'ai eu 8 en UTC501. Je dois me réinscrire ?", /Pour préparer votre inscription/],
    ["I got 9 in UTC502. Can I still get the licence?", /Accès en L3|L3 access|DUT\/BTS/],
  ])("keeps the grade's answer alone when the question is what the grade means: « %s »", async (message, notThere) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(/^(Non|No), [89]\/20/);
    expect(reply).not.toMatch(notThere);
  });

  it.each([
    ["is NSY103 hard? what a question lol", /^My sources do not say that about NSY103/, /^NSY103 — /],
    ["is GDN100 compulsory? what a shame", /^My sources do not say that about GDN100/, /^GDN100 — /],
  ])("takes no exclamation for a second question: « %s » (it gave the card alone)", async (message, names, card) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(names);
    expect(reply).not.toMatch(card);
  });

  it("asks English compulsory of the diploma the part names: « … Et l'anglais est obligatoire pour l'ingénieur ? » gets no licence's ANG320", async () => {
    const reply = await replyTo("La licence en combien de temps ? Et l'anglais est obligatoire pour l'ingénieur ?");
    expect(reply).toMatch(/^Les diplômes d'ingénieur hors temps de travail/);
    expect(reply).not.toMatch(/Oui : ANG320 est obligatoire \(Management de projet et anglais\)/);
  });

  it("reads « le présentiel c'est quoi ? » after a card as what the notion is (it gave RCP104's card again)", async () => {
    const [, reply] = await repliesOf(["c'est quoi RCP104 ?", "et le présentiel c'est quoi ?"]);
    expect(reply).toMatch(/^Certaines UE sont proposées en FOAD/);
    expect(reply).not.toMatch(/^RCP104 — /);
  });

  it("keeps « UTC503 was my favourite: » as the topic of the questions after it", async () => {
    const reply = await replyTo("UTC503 was my favourite: is there a follow-up unit? is it online?");
    expect(reply).toMatch(/^UTC503 — Paradigmes de programmation[\s\S]*Required before: SEC105/);
    expect(reply).not.toMatch(/cannot find a unit/);
  });
});

describe("a grade told, then a question of another unit or of where the graded one counts", () => {
  it("says NFA031's grade, then whether NFA032 is at a distance (NFA032's question was dropped)", async () => {
    const reply = await replyTo("J'ai eu 12 en NFA031. Et NFA032, c'est à distance ?");
    expect(reply).toMatch(/^Oui, avec 12\/20[\s\S]*NFA031[\s\S]*\nOui : NFA032 est proposée à distance \(FOAD\)/);
  });

  it("says UTC504's grade, then the diplomas it counts toward: \"Does it count for the engineering degree?\"", async () => {
    const reply = await replyTo("I got 11 in UTC504. Does it count for the engineering degree?");
    expect(reply).toMatch(/^Yes, with 11\/20[\s\S]*\nUTC504 counts toward: CYC9101A/);
  });

  it("keeps a check of another unit read with the grade told: « J'ai eu 12 en NFA031. Je peux faire NFA032 ? »", async () => {
    const reply = await replyTo("J'ai eu 12 en NFA031. Je peux faire NFA032 ?");
    expect(reply).toMatch(/✅ Oui, vous pouvez vous inscrire à NFA032/);
    expect(reply).not.toMatch(/^Oui, avec 12\/20/);
  });
});

describe("a grade supposed after « ok, »", () => {
  it.each([
    ["I got 12 in UTC501", "ok, and with 9?", /^No, 9\/20 is below the 10\/20 pass mark[\s\S]*UTC501 would not be validated/],
    ["j'ai eu 9 en NFA031", "ok, et avec 10 ?", /^Oui, avec 10\/20 \(au moins 10\/20\), l'unité est validée : les 6 ECTS de NFA031/],
  ])("after « %s », « %s » is the same unit's grade (it did not understand)", async (first, second, reads) => {
    const [, reply] = await repliesOf([first, second]);
    expect(reply).toMatch(reads);
  });
});

describe("sealed set 75's two false replies, mended after its run (not blind)", () => {
  it.each([
    [
      "Mon entreprise m'accorde un financement pour 120 heures de formation maximum sur l'année. J'aimerais prendre NFA008 et NFA040, et si possible une petite UE de 3 crédits pour compléter, genre UTC504. Est-ce que tout ça rentre dans les 120 heures ou est-ce que je dépasse ?",
      /^Oui : NFA008 \(50 h\) \+ NFA040 \(40 h\) \+ UTC504 \(30 h\) = 120 heures/,
    ],
    ["My employer pays 120 hours: NFA008, NFA040 and a small 3-credit unit to round it off, like UTC504. Does it fit?", /^Yes: NFA008 \(50 h\) \+ NFA040 \(40 h\) \+ UTC504 \(30 h\) = 120 reference class hours/],
    ["j'ai 120 h, NFA008 et une UE de 3 crédits, ça rentre ?", /^Oui : NFA008 \(50 h\) \+ une UE de 3 ECTS \(30 h\) = 80 heures/],
  ])("counts a unit said by its credits then named a few words on once: « %s » (it counted UTC504 twice: 150 h)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/150/);
  });

  it("gives the facts, no « Non », to « 50 heures pour une UE de 4 crédits, c'est pas un peu trop ? » (« Non » beside a 25 % gap)", async () => {
    const reply = await replyTo("50 heures pour une UE de 4 crédits, c'est pas un peu trop ?");
    expect(reply).toMatch(/^50 h, c'est hors de la plage de référence de 4 ECTS \(36-44 h, référence 40 h\) : un écart de 25 %/);
  });

  it("keeps « Oui » to « une UE de 6 ECTS fait 50 h ? »", async () => {
    expect(await replyTo("une UE de 6 ECTS fait 50 h ?")).toMatch(/^Oui : 50 h de cours sont dans la plage de 6 ECTS/);
  });
});

describe("an exam sat in a month, asked (the review's unchanged probes, not blind)", () => {
  it.each([
    ["je peux passer l'examen de NFA031 en janvier ?", /^Je n'ai pas la date de l'examen de NFA031 dans mes sources/],
    ["can I sit the NFA031 exam in January?", /^My sources do not give the date of the exam of NFA031/],
    // (A month is no place: not the room or place of the exam.)
    ["je peux passer l'examen de NFA031 en juin ?", /^Je n'ai pas la date de l'examen de NFA031 dans mes sources/],
  ])("« %s » asks the exam's date, not the enrolment (it said « ✅ Oui … en 2026-2027 S2 »)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/✅/);
  });

  it("keeps the check for « je peux m'inscrire à NFA031 en janvier ? »", async () => {
    expect(await replyTo("je peux m'inscrire à NFA031 en janvier ?")).toMatch(/NFA031 \(Programmation avec Java : notions de base\)/);
  });
});
