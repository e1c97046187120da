import { describe, expect, it } from "vitest";
import { botConversation } from "../support/bot";
import { replyText } from "../support/turn-table";

describe("unit information", () => {
  it("describes a unit: title, ECTS and hours, modality, semesters and slots, prerequisites, diplomas", async () => {
    const { send } = await botConversation();
    const [reply] = await send("c'est quoi RSX101 ?");
    const text = replyText(reply!);
    expect(text).toMatch(/^RSX101 — Réseaux et protocoles pour l'Internet/);
    expect(text).toMatch(/6 ECTS/);
    expect(text).toMatch(/50 heures/);
    expect(text).toMatch(/Semestres et horaires/);
    expect(text).toMatch(/Prérequis : UTC505/);
    expect(text).toMatch(/À ne pas suivre le même semestre que UTC505/);
    expect(text).toMatch(/LG02501A/);
  });

  it("says when a unit needs the teacher's authorization", async () => {
    const { send } = await botConversation();
    const [reply] = await send("c'est quoi ANG320 ?");
    expect(replyText(reply!)).toMatch(/autorisation de l'enseignant/);
  });

  it("names the closest codes for an unknown unit", async () => {
    const { send } = await botConversation();
    const [reply] = await send("c'est quoi NSY113 ?");
    expect(replyText(reply!)).toMatch(/^Je ne trouve pas l'unité NSY113 dans le catalogue\. Vouliez-vous dire NSY1/);
  });
});

describe("progress toward a diploma", () => {
  it("shows an identified learner's credits, what remains and what is open next semester", async () => {
    const { send } = await botConversation({ userId: "demo-12" });
    const [reply] = await send("où en suis-je dans ma licence ?");
    const text = replyText(reply!);
    expect(text).toMatch(/^Licence informatique \(L3\) \(LG02501A\) : \d+ ECTS sur 60\n\n[▓░]{10} \d+ %/);
    expect(text).toMatch(/En 2026-2027 S2, vous pouvez suivre :/);
  });

  it("says a complete diploma is complete", async () => {
    const { send } = await botConversation({ userId: "demo-11" });
    const [reply] = await send("que me reste-t-il à valider ?");
    expect(replyText(reply!)).toMatch(/60 ECTS sur 60/);
  });

  it("asks an anonymous visitor to sign in, and reveals nothing", async () => {
    const { send } = await botConversation({ userId: "visitor" });
    const [reply] = await send("où en suis-je dans ma licence ?");
    expect(replyText(reply!)).toMatch(/connectez-vous/i);
    expect(replyText(reply!)).not.toMatch(/ECTS sur/);
  });
});
