import { describe, expect, it } from "vitest";
import { botConversation, repliesOf } from "../support/bot";
import { replyText } from "../support/turn-table";

/** The replies to one message of a new conversation, joined. */
async function replyTo(message: string): Promise<string> {
  const talk = await botConversation({});
  return (await talk.send(message)).map((reply) => replyText(reply)).join("\n");
}

describe("never having learned a programming language is not the level of a unit that asks to program", () => {
  const ACCOUNTANT =
    "Bonjour, j'ai 38 ans et un BTS comptabilité et gestion obtenu il y a longtemps. Je travaille comme assistante comptable et depuis deux ans j'automatise des tableaux Excel avec des macros, ce qui m'a donné envie de passer à l'informatique. Je n'ai jamais appris de vrai langage de programmation. Un ami m'a conseillé NFP121, Programmation avancée. Est-ce que c'est ouvert pour moi ?";

  it("warns the accountant who never learned a language off NFP121 and gives the way in, NFA031 then NFA032 (it said « ✅ Oui, si vous avez le niveau attendu »)", async () => {
    const reply = await replyTo(ACCOUNTANT);
    expect(reply).toMatch(/Attention : NFP121 attend le niveau Bac\+2 informatique, savoir déjà programmer[^\n]*BTS comptabilite\) n'y correspond pas/);
    expect(reply).toMatch(/Pour apprendre à programmer, commencez par NFA031 \(Programmation avec Java : notions de base\), sans prérequis, puis NFA032 \(Programmation Java : programmation objet\)\./);
    expect(reply).toMatch(/⚠️ Aucune règle ne vous empêche de vous inscrire à NFP121[^\n]*vous n'avez pas le niveau attendu/);
    expect(reply).not.toMatch(/✅ Oui, si vous avez le niveau attendu/);
  });

  it.each([
    ["I have a BTS in accounting and I never learned a programming language. Can I take NFP121?", /To learn to program, start with NFA031 \([^)]*\), with no prerequisite, then NFA032/],
    ["je ne sais pas programmer, je peux faire NFP121 ?", /Attention : NFP121 attend le niveau[^\n]*vous dites débuter en informatique[^\n]*Pour apprendre à programmer, commencez par NFA031/],
  ])("warns « %s » and points to NFA031 then NFA032", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/✅ (Oui|Yes), (si vous avez|if you have)/);
  });

  it.each([
    ["je ne sais pas programmer en C, je peux faire SMB101 ?", /^Noté : le niveau attendu pour SMB101 demande C, que vous dites ne pas avoir/],
    ["je ne sais pas programmer, je peux faire NFA031 ?", /^(?![\s\S]*Attention)[\s\S]*✅ Oui, vous pouvez vous inscrire à NFA031/],
  ])("keeps « %s » as it was (a language lacked only; the unit one starts with)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/commencez par NFA031/);
  });
});

describe("a unit named after another's check, asked whether it is needed", () => {
  it("answers « et NFA040 c'est obligé ? » after NFP119's check: not required, only advised (it gave NFA040's card)", async () => {
    const [, , reply] = await repliesOf(["NFP119 je peux la suivre ?", "j'ai validé NFA031 et NFA032", "et NFA040 c'est obligé ?"]);
    expect(reply).toMatch(/^Pas obligatoire : NFA040 n'est pas un prérequis formel de NFP119, mais elle est conseillée avant/);
    expect(reply).toMatch(/Conseillé avant : NFA040, NFA041/);
    expect(reply).not.toMatch(/Architecture et langages du Web\n|^Oui/);
  });

  it.each([
    ["c'est quoi NFP119 ?", "NFA041 c'est obligatoire ?", /^Pas obligatoire : NFA041 n'est pas un prérequis formel de NFP119/],
    ["c'est quoi NFP119 ?", "and is NFA040 compulsory?", /^Pas obligatoire : NFA040 n'est pas un prérequis formel de NFP119/],
    ["c'est quoi RSX101 ?", "et UTC505 c'est obligé ?", /^Oui : UTC505 est un prérequis de RSX101/],
  ])("after « %s », « %s » is whether that unit is needed for it", async (first, second, reads) => {
    const [, reply] = await repliesOf([first, second]);
    expect(reply).toMatch(reads);
  });

  it.each([
    ["c'est quoi NFP119 ?", "et ANG320 c'est obligatoire ?", /^ANG320 — Anglais professionnel/],
    ["c'est quoi NFP119 ?", "et NFA040 c'est quoi ?", /^NFA040 — Architecture et langages du Web/],
  ])("after « %s », « %s » keeps its own reading (a unit neither required nor advised; what it is)", async (first, second, reads) => {
    const [, reply] = await repliesOf([first, second]);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/prérequis formel de NFP119/);
  });
});

describe("two units to take the same semester, the second added after the first's question", () => {
  it("checks SMB101 and NSY103 together for one semester (it gave NSY103's card, then SMB101's check)", async () => {
    const reply = await replyTo("J'ai validé UTC502. Je peux m'inscrire à SMB101 ? et en même temps à NSY103 ?");
    expect(reply).toMatch(/^Je regarde pour 2027-2028 S1, le prochain semestre où vous pouvez suivre SMB101 et NSY103 :/);
    expect(reply).toMatch(/✅ Oui, si vous avez le niveau attendu \(connaître le langage C\)[^\n]*SMB101/);
    expect(reply).toMatch(/pas de chevauchement d'horaires avec NSY103, suivie le même semestre/);
    expect(reply).toMatch(/✅ Oui, si vous avez le niveau attendu \(bases en systèmes d'exploitation, savoir lire du C\)[^\n]*NSY103/);
    expect(reply).not.toMatch(/^NSY103 — Linux/m);
  });

  it("says « RSX101 ? et en même temps à UTC505 ? » cannot be taken together", async () => {
    const reply = await replyTo("je peux m'inscrire à RSX101 ? et en même temps à UTC505 ?");
    expect(reply).toMatch(/⛔ Non, vous ne pouvez pas vous inscrire à RSX101/);
    expect(reply).toMatch(/RSX101 et UTC505 ne peuvent pas être suivies le même semestre/);
  });

  it("keeps « Je peux m'inscrire à SMB101 ? et NSY103 c'est quand ? » two questions", async () => {
    const reply = await replyTo("Je peux m'inscrire à SMB101 ? et NSY103 c'est quand ?");
    expect(reply).toMatch(/Cours de NSY103 — Linux : principes et programmation/);
    expect(reply).not.toMatch(/suivre SMB101 et NSY103/);
  });
});

describe("a unit taken from far from Paris is a check at a distance", () => {
  const LYON =
    "Hi, I moved to Lyon last year for my partner's job and I work full time in an HR department there. Travelling to Paris every week is impossible, but I'd like to keep earning credits at the Cnam Paris, especially on organisations and management. I hold a master's degree in sociology. Can I enrol in DSY101 from Lyon?";

  it("answers Yes to DSY101 from Lyon, at a distance, the level met (it gave DSY101's card)", async () => {
    const reply = await replyTo(LYON);
    expect(reply).toMatch(/✅ Yes: from what you say, you have the expected level \(niveau L3\)/);
    expect(reply).toMatch(/DSY101 is offered in 2027-2028 S1: at a distance \(FOAD\)/);
    expect(reply).not.toMatch(/^DSY101 — L'organisation et ses modèles/m);
  });

  it.each([
    ["je peux suivre NFP121 depuis Lyon ?", /⛔ Non, pas à distance : [^]*elle n'est pas proposée à distance en 2026-2027 S2/],
    ["je peux faire NFA031 depuis Lyon ?", /Je regarde pour 2027-2028 S1[\s\S]*NFA031 est proposée en 2027-2028 S1 : à distance \(FOAD\)/],
    ["je peux suivre ESD104 de province ?", /ESD104 est enseignée à distance, mais pas entièrement/],
  ])("weighs « %s » at a distance only", async (message, reads) => {
    expect(await replyTo(message)).toMatch(reads);
  });

  it.each([
    ["je peux faire NFA031 depuis septembre ?"],
    ["I moved from Lyon to Paris, can I enrol in NFA031?"],
  ])("keeps « %s » a check on every way of taking it", async (message) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(/NFA031 (est proposée|is offered) en 2026-2027 S2 : le samedi|NFA031 is offered in 2026-2027 S2: Saturdays/);
  });
});

describe("experience told, weighed as asked", () => {
  it.each([
    ["I have 8 months of fixed-term contract as a developer. Is that enough experience for the licence's UA?", /^Not yet: for Licence informatique \(L3\), its activity unit UAALOT \(17 ECTS\) requires 1 year of experience in the field, and you mention 8 months of experience in IT/],
    ["j'ai 8 mois de CDD comme développeur, c'est assez pour l'UA de la licence ?", /^Pas encore : pour Licence informatique \(L3\), son UA UAALOT \(17 ECTS\) demande 1 an d'expérience dans le domaine, et vous dites 8 mois/],
  ])("answers « %s » not yet (it gave the rule without a verdict)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/^(Yes|Oui)/);
  });

  it.each([
    ["I have 2 years as a developer. Is that enough experience for the licence's UA?", /^Yes: for Licence informatique \(L3\)/],
    // (Years outside the field do not grow into it: no « Pas encore ».)
    ["j'ai 10 ans d'expérience en compta, c'est assez pour l'UA de la licence info ?", /^Pas par un dossier d'expérience : pour Licence informatique \(L3\)/],
  ])("keeps « %s » as it was", async (message, reads) => {
    expect(await replyTo(message)).toMatch(reads);
  });

  const SOC =
    "Bonjour, je travaille depuis 2 ans et demi comme technicien en cybersécurité dans un SOC, après un BTS systèmes numériques. Je voudrais devenir ingénieur au Cnam, spécialité cybersécurité. On m'a dit qu'il fallait de l'expérience pour candidater et encore plus pour soutenir le mémoire. J'ai assez d'expérience ?";

  it("says the 6 months missing at the defence come with the course, not the internship route (it concluded the internship)", async () => {
    const reply = await replyTo(SOC);
    expect(reply).toMatch(/^Oui pour candidater : le diplôme d'ingénieur demande 2 ans d'expérience à la candidature, et vous dites 2,5 ans/);
    expect(reply).toMatch(/Pas encore pour la soutenance : [^\n]*demande 3 ans d'expérience, dont 2 dans le domaine, [^\n]*il vous manque 6 mois d'expérience, que vous aurez normalement acquis d'ici la soutenance/);
    expect(reply).not.toMatch(/L'UA se valide alors par un projet d'application professionnelle, pendant un stage\./);
  });

  it("keeps the internship route for one who says they no longer work", async () => {
    const reply = await replyTo("j'ai 2 ans et demi comme technicien réseau mais je suis au chômage depuis 3 mois, pour l'ingé cyber j'ai assez d'expérience pour soutenir le mémoire ?");
    expect(reply).toMatch(/^Pas encore pour la soutenance :[^\n]*L'UA se valide alors par un projet d'application professionnelle, pendant un stage\./);
    expect(reply).not.toMatch(/il vous manque/);
  });
});

describe("the units a unit opens, asked once it is passed", () => {
  it.each([
    ["Which units can I take once I've passed UTC505?", /^UTC505 is required before:\n- RSX101 [^\n]*\n- RSX102 [^\n]*\n- RSX103 [^\n]*you still need UTC502, RSX101[\s\S]*SEC105/],
    ["once I have passed UTC505, which units can I take?", /^UTC505 is required before:/],
    ["une fois UTC505 validée, je peux suivre quoi ?", /^UTC505 est exigée avant :\n- RSX101/],
    ["quand j'aurai validé UTC505, quelles UE je pourrai prendre ?", /^UTC505 est exigée avant :/],
  ])("lists what « %s » opens (it searched the catalog for « once »)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/"once"|« quand j'aurai validé UTC505 »/);
  });

  it("keeps « quand j'aurai validé UTC505, je pourrai faire RSX101 ? » a check of RSX101", async () => {
    expect(await replyTo("quand j'aurai validé UTC505, je pourrai faire RSX101 ?")).toMatch(/✅ Oui, vous pouvez vous inscrire à RSX101/);
  });
});

describe("a field to start with, no diploma named, is a beginner's search", () => {
  it("lists the web units for the cashier who never really coded, with NFA031 beside them (it asked which diploma to plan)", async () => {
    const reply = await replyTo(
      "J'ai 34 ans, je suis caissière dans un supermarché depuis 12 ans et le week-end je monte des petits sites pour des associations avec des outils tout faits. Je n'ai jamais vraiment codé et je n'ai que le bac. Mon CPF ne couvrira pas tout, donc je veux commencer doucement, une UE à la fois. Je voudrais me reconvertir dans le développement web : je commence par quoi ?",
    );
    expect(reply).toMatch(/^Les UE du catalogue sur « développement web » pour débutants \(sans prérequis\) :\n- NFA040 [^\n]*\n- NFA041 [^\n]*\n- NFA042 /);
    expect(reply).toMatch(/Vous dites n'avoir jamais programmé : [^\n]*NFA031 \(Programmation avec Java : notions de base\)/);
    expect(reply).not.toMatch(/Pour quel diplôme|NFP119|NFP121|€/);
  });

  it("keeps a beginner in networks off Java: « je n'ai jamais codé, des cours de réseau pour débuter ? »", async () => {
    expect(await replyTo("je n'ai jamais codé, des cours de réseau pour débuter ?")).not.toMatch(/jamais programmé/);
  });
});

describe("whether a unit is compulsory in the licence, typed on a phone", () => {
  it.each([
    ["ang320 cest oblige pr la licence", /^Oui : ANG320 est obligatoire \(Management de projet et anglais\)\./],
    ["ANG320 c'est obligé pour la licence ?", /^Oui : ANG320 est obligatoire/],
    ["GDN100 obligatoire pour la licence", /^Oui : GDN100 est obligatoire/],
    ["nfp121 cest oblige pr la licence", /^Non, pas obligatoire : NFP121 compte dans le bloc/],
  ])("answers « %s » (it said « pas dans mes sources »)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/Mes sources ne disent pas/);
  });

  it.each([
    ["les TD c'est obligé ?", /^Je ne suis pas sûr d'avoir compris/],
    ["ANG320 est obligatoire pour la licence donc je la prends quand", /^ANG320 est obligatoire/],
  ])("keeps « %s » as it was", async (message, reads) => {
    expect(await replyTo(message)).toMatch(reads);
  });
});

describe("« il y a quelque chose pour moi ? » after a subject", () => {
  it.each([
    ["Je suis infirmière et je viens d'être élue déléguée syndicale. Je voudrais comprendre le droit du travail, il y a quelque chose pour moi ?", /^Les UE du catalogue qui en parlent :\n- DRS101 — Droit du travail : relations individuelles[^\n]*\n- DRS102 — Droit du travail : relations collectives/],
    ["I'm a nurse and was just elected union rep. I'd like to understand labour law, is there anything for me?", /^Units of the catalog that speak of it:\n- DRS101[^\n]*\n- DRS102/],
  ])("lists the labour law units for « %s » (it was declined out of scope)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/Je ne peux répondre qu'aux questions|I can only answer/);
  });

  it.each([
    ["Mon employeur refuse de me payer mes heures sup, le droit du travail dit quoi, il y a quelque chose pour moi ?", /^Je ne peux répondre qu'aux questions sur les formations/],
    ["je suis en conflit avec mon patron, il y a quelque chose pour moi ?", /^Toutes les UE disponibles à Paris sont répertoriées/],
    ["il y a quelque chose pour moi ?", /^Toutes les UE disponibles à Paris sont répertoriées/],
  ])("keeps « %s » as it was (a dispute at work; no subject)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/DRS101/);
  });
});

/** The replies to each message of one conversation, the last turn's joined. */
async function lastReplyOf(...messages: string[]): Promise<string> {
  const talk = await botConversation({});
  let last: string[] = [];
  for (const message of messages) last = (await talk.send(message)).map((reply) => replyText(reply));
  return last.join("\n");
}

describe("the review of part c: a far city is a place to study far from Paris, said as such", () => {
  it.each([
    ["je peux faire NFA031 depuis Septembre ?"],
    ["je peux faire NFA031 depuis Janvier ?"],
    ["Can I enrol in GDN100 from Jan?"],
    ["Can I do GDN100 from Feb?"],
    ["can I take NFA031 starting from Semester 2?"],
    ["Can I enrol in NFA031, I'm from Brazil?"],
    ["Can I take NFA031 with a diploma from Morocco?"],
    ["je peux faire GDN100 depuis Versailles le jeudi soir ?"],
    ["je peux faire NFA031 depuis Montreuil ?"],
    ["je peux suivre NFA031 en venant depuis Créteil ?"],
    ["Can I enrol in NFA031 with a degree from Lyon?"],
  ])("does not read « %s » as taken at a distance (it said « vous dites ne pas pouvoir suivre de cours du soir / le samedi »)", async (message) => {
    const reply = await replyTo(message);
    expect(reply).not.toMatch(/ne pas pouvoir suivre de cours|cannot follow (evening|Saturday) classes|qu'à distance|only take classes at a distance|not at a distance|pas à distance/);
  });

  it.each([
    ["je peux faire GDN100 depuis Toulouse ?", /⛔ Non, pas à distance : [^\n]*GDN100[^\n]*n'est pas proposée à distance en 2026-2027 S2/],
    ["je peux faire NFP121 depuis Strasbourg ?", /⛔ Non, pas à distance : [^\n]*NFP121[^\n]*n'est pas proposée à distance/],
    ["Can I enrol in NFP121 from Lyon?", /⛔ No, not at a distance: [^\n]*NFP121[^\n]*it is not offered at a distance in 2026-2027 S2/],
    ["je peux suivre NFP121 uniquement à distance ?", /⛔ Non, pas à distance : /],
    ["je peux suivre NFP121 de l'étranger ?", /⛔ Non, pas à distance : /],
  ])("says « %s » is not offered at a distance, not evenings or Saturdays refused", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/ne pas pouvoir suivre de cours|cannot follow (evening|Saturday) classes|ses cours tombent|its classes fall/);
  });

  it.each([
    ["I live in Marseille, can I do NFA031 from there?", /choose at a distance \(FOAD\): [^\n]*not at a distance, and you say you can only take classes at a distance/],
    ["je peux faire NFA031 depuis Rennes ?", /choisissez à distance \(FOAD\) : [^\n]*pas à distance, or vous dites ne pouvoir suivre les cours qu'à distance/],
    ["Can I enrol in DSY101 from Lyon?", /DSY101 is offered in 2027-2028 S1: at a distance \(FOAD\)/],
  ])("points « %s » to the distance offering", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/cannot follow evening classes|ne pas pouvoir suivre de cours du soir/);
  });

  it.each([
    ["je suis de Lyon, je peux faire NFA031 ?"],
    ["I moved from Lyon to Paris, can I enrol in NFA031?"],
    ["Can I take NFA031 from Paris?"],
  ])("keeps « %s » as a plain check", async (message) => {
    expect(await replyTo(message)).toMatch(/✅ (Oui|Yes)[^\n]*NFA031[^\n]*2026-2027 S2/);
  });
});

describe("the review of part c: only years in the field grow into the defence's", () => {
  it.each([
    ["j'ai 2 ans d'expérience en compta, j'ai assez pour candidater et soutenir le mémoire d'ingénieur ?", /Pas encore pour la soutenance : [^\n]*hors informatique\. L'UA se valide alors par un projet d'application professionnelle, pendant un stage\./],
    ["I have 2 years in sales, do I have enough experience to apply and for the defence of the engineering degree?", /Not yet, for the thesis defence: [^\n]*outside IT\. The unit is then validated with a professional application project, during an internship\./],
    ["j'ai 2 ans comme comptable et je veux me reconvertir, pour l'ingénieur j'ai assez d'expérience pour soutenir le mémoire ?", /L'UA se valide alors par un projet d'application professionnelle, pendant un stage/],
  ])("keeps the internship's route for « %s » (it said the years would be earned by the defence)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/d'ici la soutenance|by the defence/);
  });

  it.each([
    ["j'ai 2 ans comme technicien, pour l'ingénieur cyber j'ai assez d'expérience pour soutenir le mémoire ?", /il vous manque 1 an d'expérience, que vous aurez normalement acquis d'ici la soutenance/],
    ["I have 2 years as a developer, do I have enough experience to apply and for the defence of the engineering degree?", /you are 1 year of experience short, which you will normally have by the defence/],
    ["j'ai 1 an comme technicien réseau, j'ai assez d'expérience pour la soutenance de l'ingénieur ?", /il vous manque 2 ans d'expérience, que vous aurez normalement acquis d'ici la soutenance/],
  ])("still says the gap of years in the field earned by the defence for « %s »", async (message, reads) => {
    expect(await replyTo(message)).toMatch(reads);
  });
});

describe("the review of part c: « quand j'aurai » a diploma is the level said, a unit passed the condition", () => {
  it.each([
    ["quand j'aurai mon bac+2, quelles UE je pourrai prendre ?"],
    ["quand j'aurai mon BTS, quelles UE je pourrai prendre ?"],
  ])("answers « %s » with the licence's access (it lost it)", async (message) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(/^On entre en licence informatique L3 \(LG02501A\) avec un DUT ou un BTS informatique/m);
    expect(reply).not.toMatch(/« pourrai »|dont l'intitulé en parle/);
  });

  it.each([
    ["quand j'aurai validé UTC505, quelles UE je pourrai prendre ?", /^UTC505 est exigée avant :/m],
    ["lorsque j'aurai validé UTC502, quelles ue je pourrai faire le soir ?", /^UTC502 est exigée avant :/m],
    ["quand j'aurai validé UTC505 je pourrai prendre quelles UE ?", /^UTC505 est exigée avant :/m],
  ])("keeps what the unit opens for « %s »", async (message, reads) => {
    expect(await replyTo(message)).toMatch(reads);
  });
});

describe("the review of part c: the subject of « il y a quelque chose pour moi ? » is what is to be learned", () => {
  it.each([
    ["je suis comptable et je veux apprendre Java, il y a quelque chose pour moi ?", /NFA031 — Programmation avec Java/],
    ["je suis comptable et je voudrais apprendre la cybersécurité, il y a quelque chose pour moi ?", /SEC101 — Cybersécurité/],
    ["I'd like to learn about databases, is there something for me?", /NFA008 — Bases de données/],
    ["I'm interested in AI, is there anything for me?", /NFP106 — Intelligence artificielle/],
  ])("lists for « %s » the units on what is to be learned, not the learner's job", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/CFA109|I cannot find a unit on|Units can be taken à la carte/);
  });

  it.each([
    ["je suis développeur et je voudrais comprendre le droit du travail, il y a quelque chose pour moi ?", /DRS101 — Droit du travail/],
    ["je suis infirmière et je veux apprendre l'anglais, il y a quelque chose pour moi ?", /ANG320 — Anglais professionnel/],
    ["Mon employeur refuse de me payer mes heures sup, le droit du travail dit quoi, il y a quelque chose pour moi ?", /^Je ne peux répondre qu'aux questions sur les formations/],
    ["je suis maman de 3 enfants et je travaille de nuit, il y a quelque chose pour moi ?", /^Toutes les UE disponibles à Paris/],
  ])("keeps « %s » as it was", async (message, reads) => {
    expect(await replyTo(message)).toMatch(reads);
  });
});

describe("the review of part c: wrong before the change", () => {
  it("says a beginner lacks NFP119's level, not that they said NFA031 and NFA032 were not validated", async () => {
    const reply = await replyTo("je ne sais pas coder, je peux faire NFP119 ?");
    expect(reply).toMatch(/Attention : d'après ce que vous dites, vous n'avez pas encore le niveau qu'attend NFP119 \(niveau NFA031 et NFA032\)/);
    expect(reply).not.toMatch(/vous dites ne pas avoir validé/);
  });

  it("keeps « vous dites ne pas avoir validé NFA032 » when the unit is named", async () => {
    expect(await replyTo("je n'ai pas validé NFA032, je peux faire NFP119 ?")).toMatch(/Attention : vous dites ne pas avoir validé NFA032, or NFP119 attend ce niveau/);
  });

  it.each([["et RSX101 c'est obligé ?"], ["RSX101 il la faut ?"]])("answers « %s » at RSX103's question as a question, RSX101 not said passed", async (question) => {
    const reply = await lastReplyOf("je peux faire RSX103 ?", question);
    expect(reply).toMatch(/^Oui : RSX101 est un prérequis de RSX103/m);
    expect(reply).not.toMatch(/RSX101 validée, d'après ce que vous m'avez dit/);
  });

  it("still takes « j'ai validé RSX101 » at RSX103's question as RSX101 passed", async () => {
    expect(await lastReplyOf("je peux faire RSX103 ?", "j'ai validé RSX101")).toMatch(/✅ RSX101 validée, d'après ce que vous m'avez dit/);
  });

  it.each([
    ["ENG261 obligatoire pour l'ingénieur ?", /^Oui : ENG261 est obligatoire dans chacun des diplômes d'ingénieur du catalogue \(CYC9101A, CYC9102A et CYC9106A\)/m],
    ["is ENG261 compulsory for the engineering degree?", /^Yes: ENG261 is compulsory in each of the catalog's engineering degrees/m],
    ["ENG261 obligatoire pour l'ingénieur cyber ?", /^Oui : ENG261 est obligatoire \(Information et communication scientifique\)/m],
  ])("says whether ENG261 is compulsory for « %s » (it said « Mes sources ne disent pas cela »)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/Mes sources ne disent pas cela|My sources do not say/);
  });

  it("asks which engineering degree for a unit compulsory in none of them all (NFP121)", async () => {
    expect(await replyTo("NFP121 obligatoire pour l'ingénieur ?")).toMatch(/^De quel diplôme parlez-vous \?/m);
  });
});
