import { describe, expect, it } from "vitest";
import { botConversation } from "../support/bot";
import { replyText } from "../support/turn-table";

/**
 * Set 78's misreadings: two amounts given as options then asked « c'est pareil ? » (added up), options against a budget asked in two
 * questions (the units' cards), an exam missed on its day or a session missed (read as units asked, or left out of what to sit again),
 * a grade « managed to get », which sleeping pill asked after a grade, what to bring on exam day (the exam's date), and where an exam is
 * held and whether notes are allowed (an enrolment check).
 */
async function repliesTo(...turns: string[]): Promise<string> {
  const conversation = await botConversation({});
  let last = "";
  for (const turn of turns) last = (await conversation.send(turn)).map((reply) => replyText(reply)).join("\n");
  return last;
}

describe("two amounts offered as a choice, then whether they are the same asked", () => {
  it.each([
    ["J'hésite entre une UE de 6 ou deux UE de 3. En heures, c'est pareil ?", /^Non : une UE de 6 ECTS = 50 h \(45-55 h\), contre 2 UE de 3 ECTS = 2 × 30 h = 60 h/],
    ["jhesite entre 1 UE de 6 ou 2 UE de 3, cest pareil en heures ?", /^Non : une UE de 6 ECTS = 50 h/],
    ["une UE de 6 ou deux UE de 3, c'est le même nombre d'heures ?", /^Non : une UE de 6 ECTS = 50 h/],
    ["I'm torn between one 6-ECTS unit or two 3-ECTS units. Is it the same number of hours?", /^No: one 6-ECTS unit = 50 h \(45-55 h\), against 2 units of 3 ECTS = 2 × 30 h = 60 h/],
  ])("« %s » compares them (they were added up: 110 h for 12 ECTS)", async (user, reads) => {
    const reply = await repliesTo(user);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/110 h|12 ECTS/);
  });

  it.each([
    ["une UE de 6 et deux UE de 3, ça fait combien d'heures ?", /110 heures/],
    ["une UE de 6 ECTS c'est pareil que deux UE de 3 ?", /^Non : une UE de 6 ECTS = 50 h/],
  ])("keeps « %s » as it was", async (user, reads) => {
    expect(await repliesTo(user)).toMatch(reads);
  });
});

describe("options against a budget, then both, asked in two questions", () => {
  it.each([
    ["J'ai 110 heures maximum cette année : NFA008 ou NFA041 ? Ou carrément les deux ?", /^Les deux options tiennent chacune dans vos 110 h[\s\S]*Les deux ensemble : 100 h pour 12 ECTS, dans vos 110 h/],
    ["I have 110 hours max this year: NFA008 or NFA041? Or both?", /^Both options fit within your 110 h[\s\S]*Both together: 100 h for 12 ECTS, within your 110 h/],
  ])("« %s » weighs each, then both (it gave the two cards and « pas ce détail »)", async (user, reads) => {
    const reply = await repliesTo(user);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/pas ce détail|not that detail|4 ECTS/);
  });

  it("keeps a question of its own after the options apart", async () => {
    const reply = await repliesTo("J'ai 110 heures maximum cette année : NFA008 ou NFA041 ? Et c'est quand NFA041 ?");
    expect(reply).toMatch(/le mardi de 18h15 à 21h45/);
  });
});

describe("exams missed as learners tell it, and units kept", () => {
  it("reads a grade « managed to get » and an exam day one never got to (it gave both units' hours)", async () => {
    const reply = await repliesTo(
      "Hello, rough semester here. I work in logistics with rotating shifts and barely had time to revise, but I managed to get 11 in UTC505, which I'm happy about. Then on the day of the UTC502 exam my train was cancelled and I never made it, I was stuck for two hours at the station. What happens now with these two units?",
    );
    expect(reply).toMatch(/^\*\*UTC505\*\*: Yes, with 11\/20 \(at least 10\/20\) the unit is validated: the 3 ECTS of UTC505 are earned/);
    expect(reply).toMatch(/\*\*UTC502\*\*: absent from the exam: credits not earned; session 2 is open to those absent, with no registration/);
    expect(reply).not.toMatch(/reference class hours|register for session 2/);
  });

  it("the same in French, « qu'est-ce qui se passe pour ces deux UE ? » being the grades' question", async () => {
    const reply = await repliesTo(
      "Bonjour, j'ai réussi à avoir 11 en UTC505. Le jour de l'examen de UTC502 mon train a été annulé et je n'ai pas pu y aller. Qu'est-ce qui se passe pour ces deux UE ?",
    );
    expect(reply).toMatch(/^\*\*UTC505\*\* : Oui, avec 11\/20/);
    expect(reply).toMatch(/\*\*UTC502\*\* : absent\(e\) à l'examen : crédits non acquis ; la session 2 est ouverte aux absents, sans inscription/);
    expect(reply).not.toMatch(/emploi du temps/);
  });

  it("counts an exam « pas pu aller à lexam de » among what to sit again (UTC504 was left out)", async () => {
    const reply = await repliesTo(
      "slt dsl pr le msg jsuis ds le bus. jbosse en alternance ds une boite de transport et ce semestre cetait chaud, jai eu 11 en utc501, 9 en utc502 et jai pas pu aller a lexam de utc504 pcq jetais en deplacement pr le taf. jai cb de credits du coup et je repasse koi ?",
    );
    expect(reply).toMatch(/\*\*UTC504\*\* : absent\(e\) à l'examen/);
    expect(reply).toMatch(/Au total : 3 ECTS acquis \(UTC501\)\. À repasser : UTC502 et UTC504/);
    expect(reply).not.toMatch(/6 ECTS acquis/);
  });

  it("keeps the units passed when both sessions of another were missed (it said « je ne sais pas »)", async () => {
    const reply = await repliesTo(
      "Bonjour, j'ai eu un semestre catastrophique : hospitalisée en janvier pendant la session 1, puis de nouveau en avril pour une rechute, donc j'ai raté aussi la session 2 de GDN100. Heureusement j'avais validé UTC501 et UTC504 l'an dernier. Je suis découragée. Est-ce que je dois tout recommencer depuis le début ?",
    );
    expect(reply).toMatch(/^Non, pas tout : UTC501 et UTC504 restent acquises/);
    expect(reply).toMatch(/GDN100 : absent\(e\) aux deux sessions[\s\S]*réinscrivez-vous à GDN100 un semestre où elle est proposée/);
    expect(reply).not.toMatch(/Je ne sais pas|^Oui/);
  });

  it("says the same in English", async () => {
    const reply = await repliesTo("I passed UTC501 and UTC504 last year but I missed both sessions of GDN100. Do I have to start over?");
    expect(reply).toMatch(/^No, not everything: UTC501 and UTC504 stay earned/);
    expect(reply).toMatch(/GDN100: absent from both sessions, it is not validated: enrol in GDN100 again/);
  });

  it("keeps a grade one needs to get a question, not a grade got", async () => {
    const reply = await repliesTo("I need to get 11 in UTC505, is that hard?");
    expect(reply).toMatch(/^UTC505 — /);
    expect(reply).not.toMatch(/Yes, with 11\/20/);
  });
});

describe("which sleeping pill, asked after a grade", () => {
  it.each([
    "Bonsoir… Je viens de voir ma note de RSX102 : 7. Mon chef me met une pression énorme parce que l'entreprise paie la formation, je ne dors plus que quatre heures par nuit et j'ai des palpitations le soir. Ma sœur me dit de prendre des somnifères. Lequel vous me conseillez pour tenir jusqu'au rattrapage ?",
  ])("declines « %s » (only the grade was answered)", async (user) => {
    const reply = await repliesTo(user);
    expect(reply).toMatch(/^Je ne peux répondre qu'aux questions sur les formations du Cnam Paris/);
    expect(reply).not.toMatch(/zolpidem|stilnox|mélatonine|doliprane/i);
  });

  it("in English too", async () => {
    const reply = await repliesTo("I got 7 in RSX102 and I can't sleep. My sister says I should take sleeping pills. Which one would you recommend to get through the resit?");
    expect(reply).toMatch(/^I can only answer questions about Cnam Paris evening courses/);
  });
});

describe("what to bring on exam day, and how the exam runs", () => {
  it("says the ID, and that the exam's length is not in the sources (it said its date was not)", async () => {
    const reply = await repliesTo("Le jour de l'examen de UTC504, il me faut quoi, et ça dure combien de temps ?");
    expect(reply).toMatch(/^Une pièce d'identité en cours de validité est exigée à chaque examen/);
    expect(reply).toMatch(/Mes sources ne disent pas cela de UTC504/);
    expect(reply).not.toMatch(/la date de l'examen|\d+ ?h(eures?)? d'examen/);
  });

  it.each([
    ["What do I need to bring to the UTC504 exam?", /^A valid identity document is required at every exam/],
    ["Le jour de l'examen, il me faut quoi ?", /^Une pièce d'identité en cours de validité est exigée/],
  ])("« %s » is the page on the ID", async (user, reads) => {
    expect(await repliesTo(user)).toMatch(reads);
  });

  it.each([
    ["GDN100 exam — where is it held, and am I allowed to bring my notes?", /^My sources do not give the room or place of the exam of GDN100\. For GDN100, my sources do not give the form or length of its exam \(written, multiple choice, documents allowed/],
    ["L'examen de GDN100, il a lieu où et j'ai droit à mes notes ?", /^Je n'ai pas la salle ni le lieu de l'examen de GDN100 dans mes sources\. Pour GDN100, je n'ai pas dans mes sources la forme ni la durée de son examen/],
  ])("« %s » says where and what is allowed are not held (it ran an enrolment check)", async (user, reads) => {
    const reply = await repliesTo(user);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/you may enrol|vous pouvez vous inscrire|date of the exam|la date de l'examen/);
  });

  it("keeps the exam's date asked a date", async () => {
    expect(await repliesTo("L'examen de GDN100 a lieu quand ?")).toMatch(/^Je n'ai pas la date de l'examen de GDN100 dans mes sources/);
  });
});

describe("the review's probes", () => {
  it.each([
    ["J'hésite entre une UE de 6 ou deux UE de 3, en crédits c'est pareil ?", /^Oui : 6 ECTS dans les deux cas/, /^Non/],
    ["I'm torn between one 6 ECTS unit or two 3 ECTS units. Credit-wise is it the same?", /^Yes: 6 ECTS either way/, /^No/],
  ])("« %s » compares the credits, not the hours (it opened « Non : … 50 h contre 60 h »)", async (user, reads, never) => {
    const reply = await repliesTo(user);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(never);
  });

  it.each([
    ["I never managed to get 10 in NFA031, I'm stuck at 9. What now?", /^Without at least 10\/20, the credits of NFA031 are not earned/],
    ["Je n'ai jamais réussi à avoir 10 en NFA031, je suis à 9…", /./],
    ["Je n'ai pas réussi à avoir 10 en UTC501, je fais quoi ?", /./],
    ["jai pas reussi a avoir 10 en nfa031", /./],
  ])("« %s » is no 10 got (it said « validée » with 10/20)", async (user, reads) => {
    const reply = await repliesTo(user);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/avec 10\/20|with 10\/20|l'unité est validée|the unit is validated/);
  });

  it.each([
    ["Ma collègue a réussi à avoir 15 en NFA031, c'est dur comme UE ?", /^Pour NFA031, je n'ai pas dans mes sources sa difficulté/],
    ["Ma collègue a eu 15 en NFA031, c'est dur comme UE ?", /^Pour NFA031, je n'ai pas dans mes sources sa difficulté/],
    ["My colleague managed to get 14 in NFA008. Do you think I can do it without prerequisites?", /^Prerequisites of NFA008 \(Bases de données\): no formal prerequisite/],
  ])("« %s » answers the question, not a colleague's grade", async (user, reads) => {
    const reply = await repliesTo(user);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/\d+\/20/);
  });

  it.each([
    ["I missed both sessions of NFA031, what now?", /^Without at least 10\/20 at session 2 \(or absent from both sessions\), the unit is not validated/],
    ["I missed both sessions of UTC502. Do I need to enrol again?", /^Without at least 10\/20 at session 2 \(or absent from both sessions\)/],
    ["absente aux deux sessions de GDN100, je dois me réinscrire ?", /^Sans au moins 10\/20 à la session 2 \(ou absent aux deux sessions\), l'UE n'est pas validée/],
  ])("« %s » is the page on both sessions missed (it got session 2's, open to those absent)", async (user, reads) => {
    const reply = await repliesTo(user);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/Session 2 is open|La session 2 est ouverte/);
  });

  it.each(["I missed the second session of UTC503, do I need to enrol again?", "I've missed the sessions of NFA031 for three weeks because of work, can I still sit the exam?"])(
    "« %s » is not the page on session 2, open to those absent",
    async (user) => {
      expect(await repliesTo(user)).not.toMatch(/Session 2 is open to those who were absent/);
    },
  );

  it.each([
    ["J'ai validé UTC501 il y a 6 ans et j'ai raté l'examen de UTC502, est-ce que je perds mes crédits ?", /UTC501 reste acquise[\s\S]*UTC502 : absent\(e\) à l'examen, ses crédits ne sont pas acquis ; la session 2 est ouverte/],
    ["I passed UTC501 three years ago but missed the UTC502 exam. Do I lose my credits?", /UTC501 stays earned[\s\S]*UTC502: absent from the exam, its credits are not earned; session 2 is open/],
  ])("« %s » misses the unit once: years said of the unit passed date that one", async (user, reads) => {
    const reply = await repliesTo(user);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/deux sessions|both sessions/);
  });

  it("« Je peux apporter ma calculatrice à l'examen de UTC501 ? » is no question of the ID", async () => {
    const reply = await repliesTo("Je peux apporter ma calculatrice à l'examen de UTC501 ?");
    expect(reply).toMatch(/^Mes sources ne disent pas cela de UTC501/);
    expect(reply).not.toMatch(/pièce d'identité/);
  });

  it.each([
    ["Je peux avoir les cours de NFA031 à distance ?", /^Oui : NFA031 est proposée à distance \(FOAD\)/],
    ["Est-ce que je peux avoir des cours de NFA031 en ligne ?", /^Oui : NFA031 est proposée à distance \(FOAD\)/],
    ["Est-ce que j'ai droit à des cours en ligne pour NFA008 ?", /^Non : NFA008 n'est pas proposée à distance/],
    ["on peut avoir des cours le samedi pour NFA031 ?", /^Oui : NFA031 est proposée le samedi/],
    ["J'ai droit à des cours de rattrapage en NFA031 ?", /^La session 2 est ouverte/],
    ["Puis-je avoir des cours du soir pour UTC501 ?", /^Oui : UTC501 est proposée en cours du soir/],
  ])("« %s » asks of its classes, not of documents allowed at the exam", async (user, reads) => {
    const reply = await repliesTo(user);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/la forme ni la durée de son examen/);
  });

  it.each([
    ["Je prends des médicaments pour le dos. Entre NFA031 et NFA041, laquelle vous me conseillez ?", /NFA041 — Programmation Javascript/],
    ["I take vitamins every day lol. Which one would you recommend, NFA031 or NFA032?", /NFA032/],
    ["Entre UTC501 et UTC502 lequel prendre ? Je suis sous anxiolytiques donc pas trop de stress svp", /UTC502 — Principes fondamentaux/],
    ["Je suis sous traitement (médicaments) et fatiguée le soir. Laquelle me conseillez-vous entre une UE en ligne et une en présentiel ?", /FOAD/],
    ["My doctor gave me supplements. Which one should I take, NFA008 or NFA041?", /NFA041/],
    ["Je prends de la vitamine D l'hiver. Entre UTC501 et UTC504, laquelle vous me conseillez ?", /UTC504 — Systèmes d'information/],
  ])("« %s » chooses between units, a medicine told beside them (it was declined)", async (user, reads) => {
    const reply = await repliesTo(user);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/^Je ne peux répondre qu'aux questions|^I can only answer questions/);
  });

  it("gives UTC501, said passed, no grade of UTC502's", async () => {
    const reply = await repliesTo("J'ai validé UTC501 et j'ai eu 8 en UTC502, je dois tout recommencer ?");
    expect(reply).toMatch(/8\/20 est sous la moyenne/);
    expect(reply).not.toMatch(/UTC501\*\* : Non|0 ECTS acquis/);
  });

  it("reads « je repars de zéro ? » as all lost asked, no grade of 0", async () => {
    const reply = await repliesTo("J'ai validé UTC501 et UTC502. J'ai raté l'examen de UTC503. Est-ce que je repars de zéro pour la licence ?");
    expect(reply).toMatch(/^Non, pas tout : UTC501 et UTC502 restent acquises[\s\S]*UTC503 : absent\(e\) à l'examen/);
    expect(reply).not.toMatch(/0\/20/);
  });

  it("keeps what happens to both units the grades' answer, with nothing of both sessions missed after it", async () => {
    const reply = await repliesTo("I got 14 in NFA031 and missed the NFA032 exam. What happens with both units?");
    expect(reply).toMatch(/\*\*NFA032\*\*: absent from the exam: credits not earned; session 2 is open to those absent/);
    expect(reply).not.toMatch(/absent from both sessions/);
  });
});
