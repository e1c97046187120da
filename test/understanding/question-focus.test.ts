import { describe, expect, it } from "vitest";
import { focusOnQuestion, questionsOf } from "../../domain/understanding/question-focus";

describe("questionsOf: the questions of one message", () => {
  it.each<[string, string[]]>([
    ["C'est quoi une UE ? Et une UA ?", ["C'est quoi une UE ?", "Et une UA ?"]],
    // Several questions in one sentence, joined by commas; a clause keeps the word that says it goes on from the one before.
    ["c'est quoi le FOAD, quand sont les examens, et je peux tout faire à distance ?", ["c'est quoi le FOAD ?", "quand sont les examens ?", "et je peux tout faire à distance ?"]],
    ["c koi une UA, cb de credits pr celle de la licence, et jpeux la faire avec un stage ?", ["c koi une UA ?", "cb de credits pr celle de la licence ?", "et jpeux la faire avec un stage ?"]],
    ["is NSY103 in the licence, and when are its classes?", ["is NSY103 in the licence", "and when are its classes?"]],
    // A French question written with its subject inverted asks, and so does the one after « et » that inverts it.
    ["Ce cours est-il pour moi, et faut-il une autorisation ?", ["Ce cours est-il pour moi", "et faut-il une autorisation ?"]],
    ["est-ce que je peux aller directement en L3, et mon expérience suffit-elle pour l'UA ?", ["est-ce que je peux aller directement en L3", "et mon expérience suffit-elle pour l'UA ?"]],
    // What does not ask goes with the question after it.
    ["Pour le diplôme d'ingénieur, comment on y entre, et combien de temps ça dure ?", ["Pour le diplôme d'ingénieur, comment on y entre", "et combien de temps ça dure ?"]],
    // A question asked with « quoi » inside it; one that goes on with « faut ».
    ["NSY103 ça parle de quoi, et faut avoir fait NFA031 avant ?", ["NSY103 ça parle de quoi", "et faut avoir fait NFA031 avant ?"]],
    // On a phone, the last question goes without its mark; « et 4 ? » asks the same of another value.
    ["on peut prendre deux UE le même soir? et ca fait cb dheures", ["on peut prendre deux UE le même soir?", "et ca fait cb dheures"]],
    ["6 crédits c'est combien d'heures ? et 4 ?", ["6 crédits c'est combien d'heures ?", "et 4 ?"]],
    // A difference is what each one is.
    ["quelle différence entre une UE et une UA ?", ["C'est quoi une UE ?", "C'est quoi une UA ?"]],
    ["What's the difference between FOAD and evening classes?", ["What is FOAD?", "What is evening classes?"]],
    // Questions joined as typed on a phone: no accents, apostrophes or hyphens (« ca fait », « y a t il », « est ce »).
    [
      "Bonjour, est ce que NFA032 demande d'avoir fait NFA031, ca fait combien d'heures et y a t il des cours le samedi ?",
      ["Bonjour, est ce que NFA032 demande d'avoir fait NFA031", "ca fait combien d'heures", "et y a t il des cours le samedi ?"],
    ],
    ["SMB101 ca fait combien d'ECTS, ca compte pour la licence et faut savoir coder en C ?", ["SMB101 ca fait combien d'ECTS", "ca compte pour la licence", "et faut savoir coder en C ?"]],
    ["quelle est la note pour valider une UE, y a-t-il un rattrapage et faut-il s'y inscrire ?", ["quelle est la note pour valider une UE", "y a-t-il un rattrapage", "et faut-il s'y inscrire ?"]],
    // Words that turn to another matter, and a request going on after a question.
    ["how many hours is a 2 ECTS unit, and btw are TDs held on saturdays too?", ["how many hours is a 2 ECTS unit", "and btw are TDs held on saturdays too?"]],
    ["MUX101 ça demande quoi comme niveau, par contre elle est dans quel groupe de la licence ?", ["MUX101 ça demande quoi comme niveau", "par contre elle est dans quel groupe de la licence ?"]],
    ["la licence info il faut combien d'expérience pro ? et tu aurais une recette de crêpes rapide stp", ["la licence info il faut combien d'expérience pro ?", "et tu aurais une recette de crêpes rapide stp"]],
  ])("%j", (text, questions) => {
    expect(questionsOf(text)).toEqual(questions);
  });

  it.each([
    "Si j'ai validé NFA031, est-ce que je peux faire NFA032 ?",
    "Bonsoir, c'est quoi une UA ?",
    "J'ai eu 8, comment je fais ?",
    "L'examen de GDN100 dure combien de temps ? 2 h, 3 h ?",
    // What is told before a typed question, a limit or how long one has wanted something, asks nothing.
    "Je suis maman solo, je peux venir que en journée quand les enfants sont à l'école, y a des cours en journée ?",
    // « aussi » inside a question is no turn to another one.
    "est-ce que l'université Paris-Saclay fait aussi des cours du soir ?",
    "j ai un bac+2 en compta (BTS CG) et ca fait longtemps que je veux faire de l info, je peux rentrer directement en L3 de la licence informatique ?",
  ])("%j asks one thing", (text) => {
    expect(questionsOf(text)).toEqual([text]);
  });
});

describe("focusOnQuestion: the question after the learner's situation", () => {
  it("keeps the situation apart from the question", () => {
    expect(focusOnQuestion("Je travaille de nuit dans un entrepôt depuis des années. Je voudrais reprendre des études. Les cours du samedi, c'est le matin ?")).toEqual({
      question: "Les cours du samedi, c'est le matin ?",
      context: "Je travaille de nuit dans un entrepôt depuis des années. Je voudrais reprendre des études.",
    });
  });
});
