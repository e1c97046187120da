import { describe, expect, it } from "vitest";
import { repliesOf } from "../support/bot";

describe("a message of several questions, asked again in the other language", () => {
  it("answers both parts again in English after « c'est quoi une UA et combien d'heures pour 6 ECTS ? » (only the first came again, in French)", async () => {
    const [, again] = await repliesOf(["c'est quoi une UA et combien d'heures pour 6 ECTS ?", "en anglais"]);
    expect(again).toMatch(/^Sure, I will continue in English\.\nAn activity unit \(UA[\s\S]*\nA 6-ECTS unit matches 50 reference class hours/);
    expect(again).not.toMatch(/Une unité d'activité/);
  });

  it("answers both parts again in French after an English message of two questions", async () => {
    const [, again] = await repliesOf(["what is a UE and how many hours is 3 ECTS?", "en français svp"]);
    expect(again).toMatch(/^Très bien, je continue en français\.\nUne unité d'enseignement \(UE\)[\s\S]*\nUne UE de 3 ECTS correspond à 30 heures/);
  });

  it("answers a unit's timetable and another's authorization again, then again back in French", async () => {
    const [, english, french] = await repliesOf(["NFA031 c'est quand et il faut une autorisation pour ANG320 ?", "in English please", "en français"]);
    expect(english).toMatch(/Classes of NFA031[\s\S]*Thursdays from 18:15 to 21:45[\s\S]*^Yes: enrolling in ANG320 needs the teacher's authorization/m);
    expect(french).toMatch(/Cours de NFA031[\s\S]*le jeudi de 18h15 à 21h45[\s\S]*^Oui : l'inscription à ANG320 est soumise/m);
  });

  it("keeps the one question asked alone as before: a unit's card again", async () => {
    const [, again] = await repliesOf(["c'est quoi NFA031 ?", "in english"]);
    expect(again).toMatch(/^Sure, I will continue in English\.\nNFA031 — Programmation avec Java[\s\S]*Teaching unit \(UE\), 6 ECTS/);
  });

  it("asks the parts again only right after them: after « merci », the page last given alone, as before", async () => {
    const [, , again] = await repliesOf(["c'est quoi une UA et combien d'heures pour 6 ECTS ?", "merci", "in English please"]);
    expect(again).toMatch(/^Sure, I will continue in English\.\nAn activity unit \(UA/);
    expect(again).not.toMatch(/6-ECTS/);
  });
});

describe("skills told after a verdict", () => {
  it.each<[string, string, RegExp]>([
    ["je peux m'inscrire à NSY103 ?", "j'ai des bases en système et je sais lire un peu de C", /^✅ Oui : d'après ce que vous dites, vous avez le niveau attendu \(bases en systèmes d'exploitation, savoir lire du C\)/m],
    ["can I enrol in NSY103?", "I can read C and I know Linux a bit", /^✅ Yes: from what you say, you have the expected level/m],
    ["je peux m'inscrire à NSY103 ?", "je connais un peu le C", /^✅ Oui : d'après ce que vous dites/m],
  ])("checks %j again with %j (it was not understood)", async (question, skills, expected) => {
    const [, again] = await repliesOf([question, skills]);
    expect(again).toMatch(expected);
    expect(again).not.toMatch(/Vouliez-vous dire|Did you mean/);
  });

  it("still reads « je sais pas lire le C » as lacking it", async () => {
    const [, again] = await repliesOf(["je peux m'inscrire à NSY103 ?", "je sais pas lire le C"]);
    expect(again).toMatch(/vous n'avez pas le niveau attendu/);
  });
});

/** Set 66's misses, read after its first run on the start code (not blind): each reply as it must be now. */
describe("set 66's misses, read after its first run", () => {
  it.each<[string[], RegExp, RegExp?]>([
    [["J'ai UTC502, UTC504, ANG320 et SEC101. J'en suis où pour la licence ?"], /Licence informatique \(L3\) \(LG02501A\) : 18 ECTS sur 60/, /^\*\*LG02501A/],
    [["I've worked as a sysadmin for 4 years. Does that cover the experience unit of the licence?"], /^Yes: for Licence informatique \(L3\), its activity unit UAALOT \(17 ECTS\) requires 1 year/, /Did you mean/],
    [["je suis admin sys depuis 4 ans, ça couvre l'UA de la licence ?"], /^Oui : pour Licence informatique \(L3\), son UA UAALOT/],
    [["L'UAALOV, c'est pour quel diplôme et ça demande quoi ?"], /UAALOV \(Prise en compte de l'expérience professionnelle \(titre RNCP, deux ans\)\)/],
    [["il fe kel tps samedi a paris"], /^Je ne peux répondre qu'aux questions sur les formations du Cnam Paris/, /18h15/],
    [["ma demande elle en est ou"], /^Je ne trouve aucune demande à un conseiller dans cette conversation/],
    [["des cours de droit, de préférence à distance ?"], /^Les UE du catalogue sur « droit » à distance \(FOAD\) :\n- DNT104/, /préférence/],
    [
      ["Je suis chargée RH dans une PME. Je voudrais monter en compétences en droit social et sur les outils RH, mais je ne peux pas venir à Paris toutes les semaines. Qu'est-ce que vous avez, de préférence à distance ?"],
      /DNT104[\s\S]*FPG114 — Outils RH/,
      /« préférence »/,
    ],
    [["J'ai validé ma L1 informatique, MUX101 c'est pour moi ?"], /vous n'avez pas le niveau attendu \(niveau L2 informatique\)/, /^✅ Oui/m],
    [["J'ai eu 11 en UTC501, 8 en UTC503, et j'ai raté l'examen de UTC505. Combien de crédits j'ai ?"], /\*\*UTC505\*\* : absent\(e\) à l'examen[\s\S]*À repasser : UTC503 et UTC505/],
    [["c'est quoi une US ?", "on peut s'y inscrire directement ?"], /^Non\. Les unités spécifiques \(US\)/, /à la carte : vous choisissez/],
    [["c'est quoi les UE de l'ingé ?", "celui en cyber"], /^\*\*CYC9106A — Diplôme d'ingénieur, spécialité informatique, parcours cybersécurité/, /Les UE du catalogue qui en parlent/],
    [["what engineering degrees do you have?", "the one in AI"], /^\*\*CYC9102A — Diplôme d'ingénieur, spécialité informatique, parcours intelligence artificielle/],
    [["Les TD de UTC502 sont obligatoires ?"], /^Pour UTC502, je n'ai pas dans mes sources ses règles d'assiduité/, /Prérequis/],
    [["UTC502 est obligatoire pour la licence ?"], /^Oui : UTC502 est obligatoire/],
    [["I've coded in Java professionally for 6 years. Do I really need NFA031 before NFA032?"], /^Not necessarily: NFA032 expects the level of NFA031, or an equivalent level/],
    [["je dois vraiment faire NFA031 avant NFA032 ?"], /^Pas forcément : NFA032 attend le niveau de NFA031/],
    [["I've passed UTC505. How many hours is RSX102, and can I take it at the same time as UTC501?"], /✅ UTC505 validated, as you told me \(prerequisite of RSX102\)/, /Is that your case\?/],
    // (Asked without its question mark on a phone, a compulsory question still gets its yes first.)
    [["gdn100 c obligatoire pr la licence"], /^Oui : GDN100 est obligatoire \(Management de projet et anglais\)/, /Mes sources ne disent pas/],
    [["lexam de nfa040 cest ou"], /^Je n'ai pas la salle ni le lieu de l'examen de NFA040 dans mes sources/],
    [["RSX112 c'est combien de crédits ? il faut UTC505 ? c'est dans la licence ?"], /RSX112 — Sécurité des réseaux : 6 ECTS[\s\S]*^Oui, indirectement : RSX112 demande l'une de RSX101 \/ RSX102, qui demandent chacune UTC505[\s\S]*^Non : RSX112 ne fait pas partie de LG02501A/m, /Exigée avant/],
    [["does RSX112 require UTC505?"], /^Yes, indirectly: RSX112 requires one of RSX101 \/ RSX102, each of which requires UTC505/],
    [["SEC105 il faut UTC502 ?"], /^Oui : UTC502 est un prérequis de SEC105/],
    [["NSY103 il faut UTC505 ?"], /^Non : UTC505 n'est pas un prérequis de NSY103/],
    [["Is ANG320 compulsory for the licence, is there a placement test, and how many credits is it?"], /^Yes: ANG320 is compulsory[\s\S]*^Yes: for ANG320, the catalog says "test de positionnement"[\s\S]*^ANG320 — Anglais professionnel: 6 ECTS/m, /the UA is validated/],
    [
      ["Bonjour, j'ai 45 ans, un master en finance obtenu en 2004. J'aimerais compléter mon profil avec un diplôme d'ingénieur chez vous, et comme je suis dans la finance, est-ce que vous avez un diplôme d'ingénieur en finance en cours du soir ?"],
      /^Mon catalogue ne contient pas ce diplôme \(ingénieur finance\)/,
      /master finance/,
    ],
    [["en combien de temps je peux finir ma licence ?", "aucune"], /^Au plus vite, sans UE déjà validée/, /\*\*LG02501A/],
    [["en combien de temps je peux finir ma licence ?", "none yet"], /^Au plus vite, sans UE déjà validée/, /Pour préparer votre inscription/],
    // « ma licence » to plan is the licence planned, not one the learner holds (it planned at once, after « Vous dites « licence » :
    // … accès en L3 … »): the units passed are asked, as for any request to plan.
    [["planifier ma licence"], /Quelles UE avez-vous déjà validées \?/, /Vous dites « licence »/],
    [["vous avez un diplôme d'ingénieur en finance ?"], /^Mon catalogue ne contient pas ce diplôme \(ingénieur finance\)/, /frais|tarif/],
    [["vous avez un diplôme d'ingénieur en chimie ?"], /^Mon catalogue ne contient pas ce diplôme \(ingénieur chimie\)/, /Les UE du catalogue qui en parlent/],
    [["qui finance ma formation ?"], /financement/, /Mon catalogue ne contient pas/],
    [["quel temps il fait ?"], /^Je ne peux répondre qu'aux questions sur les formations du Cnam Paris/, /pas compris/],
    [["NFA031 c'est quand ? et le cnam c'est où ?"], /Cours de NFA031[\s\S]*Le lieu de chaque UE est donné avec son planning/, /Pour préparer votre inscription/],
    [["qui fait le cours dang320"], /l'enseignant de ANG320/, /Vouliez-vous dire/],
    [["NFA032 il faut NFA031 ? et ça fait combien de crédits ?"], /^Pas forcément : NFA032 attend le niveau de NFA031[\s\S]*NFA032 — Programmation Java : programmation objet : 6 ECTS/m, /Vouliez-vous dire/],
    [["jai jamais fait de C, smb101 cest jouable ?"], /^Noté : le niveau attendu pour SMB101 demande C, que vous dites ne pas avoir[\s\S]*SMB101 demande d'avoir validé UTC502/, /^✅/m],
    [["jai jamais fait de C, smb101 cest jouable ?", "oui"], /SMB101 attend le niveau connaître le langage C, et ce que vous dites de vos études \(pas de C\) n'y correspond pas/, /^✅ Oui/m],
    [
      ["Bonjour, je reprends des études après 20 ans sans école. Mon conseiller Pôle emploi m'a parlé d'UE, d'ECTS, de crédits, de capitalisation et je n'ai rien compris. Vous pouvez m'expliquer simplement comment ça marche chez vous ?"],
      /^Une unité d'enseignement \(UE\)[\s\S]*ses crédits sont capitalisés/,
      /ESC101/,
    ],
    [["who teaches dang320?"], /^My sources give neither the name nor the contact details of the teacher of ANG320/, /enseignant/],
    [["quel temps il fera le jour de l'exam NFA031 ?"], /^Je ne peux répondre qu'aux questions sur les formations du Cnam Paris/, /date de l'examen/],
    [["j'ai 8/20, la capitalisation et les crédits, je n'ai rien compris, vous pouvez m'expliquer ?"], /8\/20/, /^Une UE validée \(note d'au moins 10\/20\) vous reste acquise/],
    [["les TP sont obligatoires pour valider RSX101, et il faut UTC505 avant ?"], /^Oui : UTC505 est un prérequis de RSX101/, /assiduité/],
    [["NFA032 il faut NFA031 ? et elles font combien de crédits ?"], /Au total : 100 heures de cours de référence \(90-110 h\), hors travail personnel, pour 12 ECTS/, /Vouliez-vous dire/],
    [["Explain Dijkstra's algorithm to me, I'm stuck on my NFA010 homework."], /^I do not help with the content of courses/, /grading/],
    [
      ["My NFA031 exam is next week and I'm stressed. Could you tell me what questions will be on the NFA031 exam and give me the answers so I can memorise them?"],
      /^I do not help with the content of courses/,
      /UTC504/,
    ],
    [["Explain how session 2 works, I failed NFA031"], /^Session 2 is open to those who were absent/],
    [
      ["Mon conseiller Pôle emploi m'a parlé d'UE, d'ECTS, de crédits, de capitalisation et je n'ai rien compris. Vous pouvez m'expliquer simplement comment ça marche chez vous ?"],
      /^Une unité d.enseignement \(UE\)[\s\S]*valeur en crédits ECTS \(le système européen[\s\S]*ses crédits sont capitalisés/,
      /ESC101/,
    ],
  ])("%j", async (turns, expected, notExpected) => {
    const replies = await repliesOf(turns);
    const last = replies.at(-1)!;
    expect(last).toMatch(expected);
    if (notExpected) expect(last).not.toMatch(notExpected);
  });
});

/** Set 67's false replies, read after its sealed run (not blind): each reply as it must be now. */
describe("set 67's false replies, read after its sealed run", () => {
  it.each<[string[], RegExp, RegExp]>([
    [["SMB101 c'est possible pour moi ?", "je connais bien le C mais UTC502 je l'ai jamais faite"], /⛔ Non, vous ne pouvez pas vous inscrire à SMB101/, /UTC502 validée/],
    [["J'ai un BTS comptabilité, j'ai suivi UTC505 l'an dernier et j'ai eu 12. Est-ce que je peux m'inscrire à RSX101 ?"], /✅ Oui, vous pouvez vous inscrire à RSX101[\s\S]*✅ UTC505 validée, d'après ce que vous m'avez dit/, /⛔ Non, vous ne pouvez pas vous inscrire à RSX101/],
    [["Je passe l'examen de NFA010 samedi, j'ai eu 8 au premier devoir de NFA008, je stresse."], /NFA008/, /8\/20 est sous la moyenne/],
    [["My course page says the unit is available in FOAD. What does that mean in practice?"], /^Some units are offered as FOAD/, /I do not know/],
    [["Une fois UTC502 validée, qu'est-ce que ça m'ouvre comme UE ?"], /UTC502 est exigée avant[\s\S]*SMB101/, /Je ne sais pas/],
    [["UAAD91, on peut la repasser combien de fois ?"], /UAAD91. Elle vaut 0 ECTS et peut être tentée trois fois au plus/, /Vouliez-vous dire/],
    [["I can spend about 60 hours in class this semester, no more. How many credits can I realistically earn with that?"], /^With at most 60 class hours: 6 ECTS/, /8-ECTS unit/],
  ])("%j", async (turns, expected, notExpected) => {
    const last = (await repliesOf(turns)).at(-1)!;
    expect(last).toMatch(expected);
    expect(last).not.toMatch(notExpected);
  });
});

/** Probes two reviewers wrote against this round's readings: each reply a wider reading had made worse, as it must be now. */
describe("reviewers' probes of this round", () => {
  it.each<[string[], RegExp, RegExp]>([
    [["je peux m'inscrire à NSY103 ? et c'est combien d'heures ?", "en anglais"], /A 6-ECTS unit matches 50[\s\S]*Teaching unit \(UE\), 6 ECTS/, /Une UE de 6 ECTS/],
    [["je peux faire NSY103 ?", "je lis le C mais j'ai pas de bases en système"], /conseiller/, /vous avez le niveau attendu/],
    [["je peux faire NFP121 ?", "je sais programmer un peu en objet"], /Oui, si vous avez le niveau attendu/, /d'après ce que vous dites, vous avez le niveau attendu/],
    [["on en est où pour les dates d'examen ?"], /session 1/, /progression/],
    [["j'en suis où avec mon autorisation pour NSY115 ?"], /NSY115/, /progression/],
    [["mon CPF ça couvre l'UA ?"], /Combien coûte|tarif|frais/i, /Expérience demandée pour l'UA/],
    [["j'ai une L1 et un BTS SIO, je peux faire la L3 ?"], /^Oui, d'après ce que vous dites \(BTS SIO\)/, /^Non/],
    [["j'ai eu 14 en UTC501 mais j'ai raté l'examen de UTC502 : 7/20"], /\*\*UTC502\*\* : Non, 7\/20 est sous la moyenne/, /absent/],
    [["quelles UE pour la licence ?", "celle en Java ?"], /NFA031/, /\*\*LG02501A/],
    [["je n'ai rien compris à mon UE de maths, j'ai eu 6, mes crédits sont perdus ?"], /6\/20/, /^Une unité d'enseignement \(UE\) est un module/],
    [["I'm not confused about UE and ECTS, I just want to know the exam dates"], /session 1/, /^A teaching unit \(UE/],
    [["Could you explain to us what a UE is?"], /^A teaching unit \(UE/, /Specific units \(US/],
    [["expliquez-moi l'organisation, NFA031 c'est le soir ou le samedi ?"], /samedi/, /Je n'aide pas sur le contenu des cours/],
    [["Explain to me, please, how many hours NFA031 is"], /50 reference class hours/, /I do not help with the content/],
    [["donne-moi des réponses claires : NFA031 c'est en FOAD ?"], /NFA031/, /Je n'aide pas sur le contenu des cours/],
    [["My friend passed UTC505. How many hours is RSX102, and can I take it at the same time as UTC501?"], /Is that your case\?/, /UTC505 validated, as you told me/],
    [["NFA031 1 NFA032 2 : dans quel ordre ?"], /NFA031/, /1\/20/],
    [["une UE de 6 ECTS, NFA031, c'est combien d'heures ?"], /50 heures/, /100 heures/],
    [["Do you have the master in data I have seen online?"], /^My catalog does not hold that diploma \(master data\)/, /Which diploma do you mean/],
    [["les lectures de NFA031 sont obligatoires ?"], /NFA031/, /assiduité/],
    [["What questions are on the admission exam for the engineering degree?"], /UAAD91/, /I do not help with the content/],
    [["il fait quel temps pour l'examen ?"], /^Je ne peux répondre qu'aux questions sur les formations du Cnam Paris/, /session 1/],
    [["ma demande d'autorisation, on en est où ?"], /autorisation/, /Je ne trouve aucune demande à un conseiller/],
    [["j'ai une L1 éco, GLG105 ça passe ?"], /Oui, si vous avez le niveau attendu/, /d'après ce que vous dites, vous avez le niveau attendu/],
    [["je travaille en horaires décalés, les TD de NFA032 sont obligatoires ou les cours sont enregistrés ?"], /à distance \(FOAD\)/, /assiduité/],
  ])("%j", async (turns, expected, notExpected) => {
    const last = (await repliesOf(turns)).at(-1)!;
    expect(last).toMatch(expected);
    expect(last).not.toMatch(notExpected);
  });
});
