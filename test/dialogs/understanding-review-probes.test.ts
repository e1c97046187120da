import { describe, expect, it } from "vitest";
import { botConversation } from "../support/bot";
import { replyText } from "../support/turn-table";

/**
 * Probes two reviewers wrote against this round's readings (options against a budget, grades in lists, « c'est après X », a
 * request's follow-ups, « how quickly … », notions not understood, searches of a beginner's field): each reply the readings had
 * made worse, as it must be now — what it says, and the wrong reply it had got.
 */
async function conversationReplies(turns: string[]): Promise<string> {
  const conversation = await botConversation({});
  let last: string[] = [];
  for (const turn of turns) last = (await conversation.send(turn)).map((reply) => replyText(reply));
  return last.join("\n");
}

describe("reviewers' probes: what a wider reading had taken over", () => {
  it.each<[string[], RegExp, RegExp]>([
    // A request's status follow-up takes no question of its own.
    [["où en est ma demande ?", "il y a cours le samedi ?"], /le samedi/, /aucune demande/],
    [["où en est ma demande ?", "les cours du lundi c'est à quelle heure ?"], /18h15/, /aucune demande/],
    [["où en est ma demande ?", "j'ai demandé si la licence est faisable à distance"], /Votre plan pour Licence informatique \(L3\)/, /Je ne vois toujours aucune demande/],
    [["where is my request?", "I asked it yesterday I think"], /I still see no request to an advisor/, /I do not know the answer/],
    // « how quickly » of something else than the diploma asks no plan.
    [["How quickly can I finish my enrolment?"], /^I am not sure I understood\. Did you mean:/, /Which diploma should I plan/],
    [["how quickly could I finish my internship?"], /^I am not sure I understood\. Did you mean:/, /Which diploma should I plan/],
    // Not understanding notions is asked alone; a question of its own stays one.
    [["UE UA : je comprends pas, mon UA de la licence elle demande combien d'années d'expérience ?"], /1 an/, /Une unité d'enseignement \(UE\) est un module/],
    [["FOAD HTT, I don't understand"], /Some units are offered as FOAD/, /Certaines UE/],
    // « c'est après X » said of a unit named in a turn before, or of when classes fall, asks no prerequisites of X.
    [["RSX101", "c'est après UTC505 ?"], /UTC505/, /Prérequis de UTC505 : aucun/],
    [["Le samedi, NFA031 c'est après NFA040 ?"], /samedi/, /n'est pas un prérequis/],
    [["Which units come after UTC505?"], /RSX101/, /Prerequisites of UTC505/],
    // Budget options are the units the question offers; none said twice added up.
    [["J'ai 110 h max, soit NFA031 soit NFA008, mais pas NFA009."], /NFA031 \(50 h\)[\s\S]*NFA008 \(50 h\)/, /NFA009 \(/],
    [["j'ai 200 h max : NFA031 et NFA008 ou NFA031 et RSX101 ?"], /Les deux options tiennent chacune dans vos 200 h/, /Les deux ensemble/],
    [["J'ai 100 h max, je peux faire la licence en un an avec des UE de 6 ?"], /^Sans votre dossier, je fais un plan indicatif/, /^Oui : une UE de 6 ECTS \(50 h\)/],
    // Hours of a project are no unit's volume; a class's end is no time one works until.
    [["j'ai mis 20h sur le projet de NFA031, c'est peu ?"], /^Mes sources ne disent pas cela de NFA031/, /plage de référence/],
    [["Je quitte le Cnam à 20h, NFA008 c'est jouable ?"], /^NFA008 — Bases de données/, /à partir de 20h/],
    // A job's « application » is no applying; a remote job no distance-only studies.
    [["Développeur d'application depuis 3 ans, quelles sont les conditions d'accès à la licence informatique ?"], /DUT|BTS/, /^Oui :/],
    [["I work fully remotely, so weekday evenings in Paris are fine. How quickly could I finish the licence?"], /Your plan for Licence informatique/, /I find no plan/],
    // Grades of a list read in each unit's own clause.
    [["J'ai validé UTC501 et UTC502, j'ai eu 8 à UTC503, je dois repasser quoi ?"], /8\/20 est sous la moyenne/, /\*\*UTC502\*\* : Non/],
    [["j'ai validé utc501 et utc502 j'ai eu 8 a utc503 je fais quoi"], /8\/20 est sous la moyenne/, /\*\*UTC502\*\* : Non/],
    [["Je n'ai pas validé UTC501 ni UTC502, j'ai eu 12 à UTC505. Je peux faire RSX103 ?"], /UTC502/, /✅ UTC502 validée/],
    [["J'ai passé UTC501 et UTC502 (j'étais absent au premier cours mais bon). Il me reste quoi pour la licence ?"], /6 (of|sur) 60 ECTS|6\/60|6 ECTS/, /absent\(e\) à l'examen/],
    [["j'ai eu 12 en UTC501, UTC502 j'ai eu 8 et UTC503 (absent), combien de crédits ?"], /\*\*UTC502\*\* : Non, 8\/20[\s\S]*\*\*UTC503\*\* : absent/, /\*\*UTC502\*\* : Oui/],
    // An exam prep session is no exam; « le semestre dernier » at the units' question is no semester chosen.
    [["I didn't attend the NFA031 exam prep session, is that a problem?"], /^I do not know the answer to this question/, /session 2/i],
    [["je veux faire RSX103", "le semestre dernier"], /^Avez-vous validé UTC502, UTC505 et RSX101 \?/, /Noté : je regarde pour/],
    // A titre RNCP's internship route asks its years too.
    [["J'ai fait un stage de 6 mois, ça compte pour l'UA du titre RNCP ?"], /titre RNCP/, /^Oui, par la voie du stage/],
    // A language one is bad at is no subject beside one the catalog knows.
    [["je suis nul en anglais, je veux me mettre au réseau, vous avez quoi ?"], /RSX101/, /ANG100/],
    // Somewhere to eat said beside a unit asked: the unit's answer.
    [["where can I eat near the Cnam, and is NFA031 on Thursdays?"], /NFA031/, /^I can only answer questions/],
  ])("%j", async (turns, expected, notExpected) => {
    const replies = await conversationReplies(turns);
    expect(replies).toMatch(expected);
    expect(replies).not.toMatch(notExpected);
  });
});

describe("the offer a request's status makes when it finds none", () => {
  it.each([
    [["where is my request?", "yes please"], /^I will pass your request to an advisor\. What is your question\?/],
    [["où en est ma demande ?", "je l'ai envoyée hier", "ouais"], /^Je transmets votre demande à un conseiller\. Quelle est votre question \?/],
    [["où en est ma demande ?", "non merci"], /^Très bien/],
  ])("%j: « I can pass your question on » is kept (« yes » got « What can I do for you? »)", async (turns, expected) => {
    expect(await conversationReplies(turns)).toMatch(expected);
  });
});
