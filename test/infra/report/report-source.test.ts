import { describe, expect, it } from "vitest";
import { sourceLabel } from "../../../infra/report/report-wording";

describe("the report's source, in the report's language", () => {
  it.each([
    ["the local store (.data/store)", "la base locale (.data/store)", "the local store (.data/store)"],
    ["the store of the running assistant (/tmp/data, pid 4242)", "la base de l'assistant en cours d'exécution (/tmp/data, pid 4242)", "the store of the running assistant (/tmp/data, pid 4242)"],
    ["DynamoDB at http://127.0.0.1:8000", "DynamoDB à l'adresse http://127.0.0.1:8000", "DynamoDB at http://127.0.0.1:8000"],
    ["AWS DynamoDB in eu-west-3", "AWS DynamoDB, région eu-west-3", "AWS DynamoDB, region eu-west-3"],
  ])("names %j in French and English", (target, fr, en) => {
    expect(sourceLabel(target, "fr")).toBe(fr);
    expect(sourceLabel(target, "en")).toBe(en);
  });
});
