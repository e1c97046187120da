import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";
import { z } from "zod/v4";
import { loadContentFiles, formatContentProblem } from "../knowledge/content-files.loader";
import { createUnderstanding, isSureAnswer, routeOf, ruleClues, type Understanding } from "../../domain/understanding/understanding";
import { ROUTES, overrulingRoute, packRouteModel, predictRoute, routeFeatures, trainRouteModel, type Route, type RouteModel } from "../../domain/understanding/route-classifier";

/**
 * `npm run route:train`: trains the route model (domain/understanding/route-model.json) on the
 * labeled messages of test/eval/routes.yaml, with the rules' own choice as a clue, and prints how it
 * does on each question set when trained on the others (leave one set out): the rules alone, the model
 * alone, and the model as it is used (overruling the rules only when sure). `--check`: fails when the
 * stored model was not trained on the labeled messages as they are (labels edited without training again).
 */

export const ROUTES_FILE = join(import.meta.dirname, "../../test/eval/routes.yaml");
/** Labeled messages of later question sets, measured and never trained on. */
export const FRESH_ROUTES_FILE = join(import.meta.dirname, "../../test/eval/routes-fresh.yaml");
export const MODEL_FILE = join(import.meta.dirname, "../../domain/understanding/route-model.json");

const routesFileSchema = z
  .object({
    cases: z
      .array(z.object({ q: z.string().min(1), route: z.enum(ROUTES), set: z.string().min(1) }).strict())
      .min(1),
  })
  .strict();

/** The set of messages labeled from the tests rather than written blind: trained on, not measured. */
export const ANCHOR_SET = "anchor";

export type LabeledRoute = z.infer<typeof routesFileSchema>["cases"][number];

export async function loadLabeledRoutes(file = ROUTES_FILE): Promise<LabeledRoute[]> {
  return routesFileSchema.parse(parse(await readFile(file, "utf8"))).cases;
}

/** What the stored model records of the labeled messages it was trained on. */
export async function labelsHash(file = ROUTES_FILE): Promise<string> {
  return createHash("sha256").update(await readFile(file)).digest("hex").slice(0, 16);
}

interface Example extends LabeledRoute {
  rule: Route | "unknown";
  /** Retrieval answered it with a score the learned route never overrules. */
  sure: boolean;
  features: string[];
}

/** The labeled messages with the rules' route (no model: the rules and retrieval alone) and their features. */
export function examplesOf(cases: readonly LabeledRoute[], rulesOnly: Understanding): Example[] {
  return cases.map((c) => {
    const { intent } = rulesOnly.understand(c.q);
    return { ...c, rule: routeOf(intent), sure: isSureAnswer(intent), features: routeFeatures(c.q, ruleClues(intent)) };
  });
}

export function train(examples: readonly Example[]): RouteModel {
  return trainRouteModel(examples.map((e) => ({ features: e.features, route: e.route })));
}

/** The rules' route is right: "unknown" (nothing close enough) is the honest decline. */
function ruleRight(e: Example): boolean {
  return e.rule === e.route || (e.rule === "unknown" && (e.route === "decline" || e.route === "unit-not-held"));
}

export interface FoldFigures {
  set: string;
  messages: number;
  rules: number;
  model: number;
  used: number;
  /** Messages the model moved: to the right route, away from it. */
  fixed: number;
  broken: number;
}

/** Leave one question set out: train on the others, measure on it. */
export function leaveOneSetOut(examples: readonly Example[]): FoldFigures[] {
  // Anchors (the turn tables' first messages, labeled with the route their tests pin) are always trained on, never measured.
  const sets = [...new Set(examples.map((e) => e.set))].filter((set) => set !== ANCHOR_SET).sort();
  return sets.map((set) => measure(train(examples.filter((e) => e.set !== set)), set, examples.filter((e) => e.set === set)));
}

/** Sets the model was never trained on (routes-fresh.yaml), each measured by the model trained on every labeled message. */
export function onFreshSets(model: RouteModel, fresh: readonly Example[]): FoldFigures[] {
  return [...new Set(fresh.map((e) => e.set))].sort().map((set) => measure(model, set, fresh.filter((e) => e.set === set)));
}

/** How the rules alone, the model alone and the model as used (overruling the rules only when sure) route one set. */
function measure(model: RouteModel, set: string, held: readonly Example[]): FoldFigures {
  let rules = 0;
  let alone = 0;
  let used = 0;
  let fixed = 0;
  let broken = 0;
  for (const e of held) {
    const prediction = predictRoute(model, e.features);
    const overruled = overrulingRoute(prediction, e.rule, e.sure);
    const rulesRight = ruleRight(e);
    const usedRight = overruled === undefined ? rulesRight : overruled === e.route;
    if (rulesRight) rules++;
    if (prediction.route === e.route) alone++;
    if (usedRight) used++;
    if (usedRight && !rulesRight) fixed++;
    if (!usedRight && rulesRight) broken++;
  }
  return { set, messages: held.length, rules, model: alone, used, fixed, broken };
}

function percent(part: number, whole: number): string {
  return `${((100 * part) / whole).toFixed(1)} %`;
}

export function formatFolds(folds: readonly FoldFigures[], title = "route, leave one set out"): string {
  const lines = [`${title.padEnd(27)}messages  rules    model alone  as used  fixed  broken`];
  const total = { messages: 0, rules: 0, model: 0, used: 0, fixed: 0, broken: 0 };
  for (const f of folds) {
    lines.push(`  ${f.set.padEnd(24)} ${String(f.messages).padStart(8)}  ${percent(f.rules, f.messages).padStart(7)}  ${percent(f.model, f.messages).padStart(11)}  ${percent(f.used, f.messages).padStart(7)}  ${String(f.fixed).padStart(5)}  ${String(f.broken).padStart(6)}`);
    for (const key of Object.keys(total) as (keyof typeof total)[]) total[key] += f[key];
  }
  lines.push(`  ${"all".padEnd(24)} ${String(total.messages).padStart(8)}  ${percent(total.rules, total.messages).padStart(7)}  ${percent(total.model, total.messages).padStart(11)}  ${percent(total.used, total.messages).padStart(7)}  ${String(total.fixed).padStart(5)}  ${String(total.broken).padStart(6)}`);
  return lines.join("\n");
}

async function main(): Promise<number> {
  const content = await loadContentFiles();
  if (!content.valid) {
    console.error(content.problems.map(formatContentProblem).join("\n"));
    return 1;
  }
  const labels = await labelsHash();
  if (process.argv.includes("--check")) {
    // The rules' routes (a clue) depend on the content too, but an admin's content edit needs no new model: only the labels count.
    const stored = JSON.parse(await readFile(MODEL_FILE, "utf8")) as { labels?: string };
    if (stored.labels !== labels) {
      console.error("route-model.json was not trained on test/eval/routes.yaml as it is: run `npm run route:train`.");
      return 1;
    }
    console.log("route-model.json is up to date.");
    return 0;
  }
  const examples = examplesOf(await loadLabeledRoutes(), createUnderstanding(content.entries, undefined, undefined, null));
  const model = { ...train(examples), labels };
  const json = `${JSON.stringify(packRouteModel(model))}\n`;
  console.log(formatFolds(leaveOneSetOut(examples)));
  const fresh = examplesOf(await loadLabeledRoutes(FRESH_ROUTES_FILE), createUnderstanding(content.entries, undefined, undefined, null));
  console.log(`\n${formatFolds(onFreshSets(model, fresh), "route, never trained on")}`);
  await writeFile(MODEL_FILE, json);
  console.log(`\n${examples.length} labeled messages; model written to domain/understanding/route-model.json (${Object.keys(model.weights).length} features, ${(json.length / 1024).toFixed(0)} KB).`);
  return 0;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  main().then(
    (code) => process.exit(code),
    (error: Error) => {
      console.error(error);
      process.exit(2);
    },
  );
}
