import { describe, expect, it } from "vitest";
import { TermAnalyzer, countWords } from "../../domain/understanding/term-analyzer";
import { editDistance } from "../../domain/text/edit-distance";

const analyzer = new TermAnalyzer(countWords(["Comment obtenir l'autorisation d'inscription ?", "Quand ont lieu les examens ?", "emploi du temps"]));
const terms = (text: string, language: "fr" | "en" = "fr") => analyzer.analyzeQuery(text, language).terms;

describe("term analysis", () => {
  it("expands chat abbreviations and maps French and English words of one notion to one concept", () => {
    expect(terms("cb d'h pr 1 UE de 4 ects")).toEqual(["COMBIEN", "HEURE", "UE", "ECTS"]);
    expect(terms("how many hours is a 4-credit unit", "en")).toEqual(["COMBIEN", "HEURE", "ECTS", "UE"]);
    expect(terms("prof")).toEqual(terms("teacher", "en"));
    expect(terms("kesako une unité d'activité")).toEqual(["UA"]);
  });

  it("reads « d'accord » as an ok, and « l'accord du responsable » as the authorization", () => {
    expect(terms("d'accord, et je fais comment ?")).not.toContain("AUTORISATION");
    expect(terms("il faut l'accord du responsable")).toContain("AUTORISATION");
  });

  it("recognizes phrases, including ones spread over elisions", () => {
    expect(terms("l'emploi du temps de la session 2")).toEqual(["PLANNING", "RATTRAPAGE"]);
    expect(terms("hors temps de travail personnel")).toEqual(["TRAVAILPERSO"]);
    expect(terms("cours à distance", "fr")).toEqual(["UE", "FOAD"]);
  });

  it("tells the unit US from the English pronoun, and TO from 'to'", () => {
    expect(terms("what is a US", "en")).toContain("US");
    expect(terms("can you help us", "en")).not.toContain("US");
    expect(terms("c'est quoi TO")).toContain("JOURNEEBLOQUEE");
    expect(terms("how to enrol", "en")).not.toContain("JOURNEEBLOQUEE");
  });

  it("stems the remaining words with Snowball in the message's language", () => {
    expect(terms("inscriptions")).toEqual(["INSCRIPTION"]);
    expect(terms("entreprises voisines")).toEqual(["ENTREPRISE", "voisin"]);
    expect(terms("neighbouring companies", "en")).toEqual(["neighbour", "ENTREPRISE"]);
  });

  it("corrects typos against the content's words before stemming, not the first letter, not short words", () => {
    const analyzed = analyzer.analyzeQuery("comment obtenri l'autorisaton", "fr");
    expect(analyzed.corrections).toEqual([
      { from: "obtenri", to: "obtenir" },
      { from: "autorisaton", to: "autorisation" },
    ]);
    expect(analyzed.terms).toEqual(["HOW", "OBTENIR", "AUTORISATION"]);
    expect(analyzer.analyzeQuery("recette de tarte", "fr").corrections).toEqual([]);
    expect(analyzer.analyzeQuery("examn", "fr").corrections).toEqual([]);
  });

  it("flags off-topic words unless a core concept of the domain is present", () => {
    expect(analyzer.analyzeQuery("recette de crêpes", "fr")).toMatchObject({ offTopic: true, inDomain: false });
    expect(analyzer.analyzeQuery("quel temps fait-il", "fr")).toMatchObject({ offTopic: true });
    expect(analyzer.analyzeQuery("I would love to enrol", "en")).toMatchObject({ inDomain: true });
  });

  it("counts a swap of two letters as one edit", () => {
    expect(editDistance("inscritpion", "inscription")).toBe(1);
    expect(editDistance("examen", "examen")).toBe(0);
    expect(editDistance("carte", "tarte")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
  });
});
