import { ABBREVIATIONS } from "./chat-lexicon";
import { numberWordsToDigits } from "./number-words";
import { foldText } from "./text-normalizer";

/**
 * Which job a message is for, learned from labeled messages rather than written as patterns: a
 * second opinion on the rules' choice (see Understanding). The rules read the slots (codes, grades,
 * credits, hours); this model reads the words around them, so « J'ai eu 9,75 à GDN100, j'ai les 4
 * crédits ? » reads as a grade whatever its numbers, and a unit code alone never makes a question
 * about the unit's card.
 */
export const ROUTES = [
  "content",
  "credit-hours",
  "grade",
  "enrol-check",
  "unit-facts",
  "unit-not-held",
  "unit-search",
  "diploma",
  "planning",
  "progress",
  "handoff",
  "request-status",
  "decline",
  "chitchat",
] as const;
export type Route = (typeof ROUTES)[number];

/** A trained model: per feature, its weight for each route it moves (sparse), and each route's bias. */
export interface RouteModel {
  version: 1;
  /** The labeled messages it was trained on (a hash of test/eval/routes.yaml), to tell a stale model. */
  labels?: string;
  routes: Route[];
  bias: number[];
  /** feature → [route index, weight, route index, weight, …] */
  weights: Record<string, number[]>;
}

/**
 * The model as stored in route-model.json (and bundled): its weights packed in one string, about a third of the
 * size of `[route index, weight, …]` arrays, which were the largest input of the bundle. Each feature is
 * `feature route weight…` with the route as one base-36 digit and the weight, in hundredths (the training rounds
 * to them), as two base-36 digits offset by half their range when every weight fits in them, else three (`weightDigits`);
 * features are separated by « | ». With `prefixed`, features come grouped by the kind their name starts with (« b: »,
 * « w: », « reading: »…), each group after a `~kind` element, and their names without it. With `frontCoded`, the names of a
 * group come sorted, each after one base-36 digit saying how many of its first characters are the name before's. Lossless.
 */
export interface StoredRouteModel {
  version: 1;
  labels?: string;
  routes: Route[];
  bias: number[];
  packed: string;
  /** How many base-36 digits each weight takes: 2 when every weight is within ±6.48 (±648 hundredths), else 3 (the default). */
  weightDigits?: 2 | 3;
  /** Features grouped by kind, each name written without it (11 kB less in the bundle). */
  prefixed?: true;
  /** Within a group, names sorted and written after the length they share with the name before (15 kB less). */
  frontCoded?: true;
}

/** The longest start a name may share with the one before, in one base-36 digit. */
const MAX_SHARED = 35;

/** How many first characters two names share, at most MAX_SHARED. */
function sharedStart(before: string, name: string): number {
  let shared = 0;
  while (shared < MAX_SHARED && shared < before.length && shared < name.length && before.charCodeAt(shared) === name.charCodeAt(shared)) shared++;
  return shared;
}

/** The largest magnitude, in hundredths, that `digits` base-36 digits offset by half their range hold. */
const offsetOf = (digits: number) => 36 ** digits / 2;

/** The model to store: its weights packed (see StoredRouteModel), in two digits each when they all fit (a sixth of the bundle less). */
export function packRouteModel(model: RouteModel): StoredRouteModel {
  const largest = Math.max(0, ...Object.values(model.weights).flatMap((moves) => moves.filter((_, i) => i % 2 === 1).map((weight) => Math.abs(Math.round(weight * 100)))));
  const digits = largest < offsetOf(2) ? 2 : 3;
  const offset = offsetOf(digits);
  // Grouped by the kind a name starts with, the kind said once before its group.
  const kindOf = (feature: string) => feature.slice(0, Math.max(0, feature.indexOf(":")));
  const byKind = new Map<string, [string, number[]][]>();
  for (const [feature, moves] of Object.entries(model.weights)) byKind.set(kindOf(feature), [...(byKind.get(kindOf(feature)) ?? []), [feature, moves]]);
  const packed = [...byKind.entries()]
    .flatMap(([kind, features]) => {
      // Sorted by name, each written after the length of the start it shares with the name before.
      const named = features.map(([feature, moves]) => [kind ? feature.slice(kind.length + 1) : feature, moves] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return [`~${kind}`, ...named.map(([name, moves], i) => {
        const shared = i === 0 ? 0 : sharedStart(named[i - 1]![0], name);
        return [`${shared.toString(36)}${name.slice(shared)}`, moves, name] as const;
      })];
    })
    .map((entry) => {
      if (typeof entry === "string") return entry;
      const [feature, moves, name] = entry;
      let pairs = "";
      for (let i = 0; i < moves.length; i += 2) {
        const hundredths = Math.round((moves[i + 1] as number) * 100);
        if (Math.abs(hundredths) >= offset || (moves[i] as number) >= 36) throw new RangeError(`route model: ${name} cannot be packed`);
        pairs += (moves[i] as number).toString(36) + (hundredths + offset).toString(36).padStart(digits, "0");
      }
      return `${feature} ${pairs}`;
    })
    .join("|");
  return { version: model.version, ...(model.labels !== undefined ? { labels: model.labels } : {}), routes: model.routes, bias: model.bias, packed, ...(digits === 2 ? { weightDigits: 2 as const } : {}), prefixed: true, frontCoded: true };
}

/** The model as the classifier reads it, from its stored form. */
export function unpackRouteModel(stored: StoredRouteModel): RouteModel {
  // Unpacked at the first prediction, not at load: the cold start only parses a string.
  let weights: Record<string, number[]> | undefined;
  return {
    version: stored.version,
    ...(stored.labels !== undefined ? { labels: stored.labels } : {}),
    routes: stored.routes,
    bias: stored.bias,
    get weights() {
      weights ??= unpackWeights(stored.packed, stored.weightDigits ?? 3, stored.prefixed === true, stored.frontCoded === true);
      return weights;
    },
  };
}

const TILDE = 126;

/** One pass over the packed weights' characters, no substrings but the features' names. */
function unpackWeights(packed: string, digits: number, prefixed: boolean, frontCoded: boolean): Record<string, number[]> {
  const offset = offsetOf(digits);
  const weights: Record<string, number[]> = Object.create(null) as Record<string, number[]>;
  const digit = (at: number) => {
    const code = packed.charCodeAt(at);
    return code <= 57 ? code - 48 : code - 87;
  };
  let start = 0;
  let kind = "";
  // The name before, in its group: a front-coded name starts with how much of it it shares.
  let before = "";
  while (start < packed.length) {
    let end = packed.indexOf("|", start);
    if (end < 0) end = packed.length;
    // « ~b »: the kind of the features that follow.
    if (prefixed && packed.charCodeAt(start) === TILDE) {
      kind = end > start + 1 ? `${packed.slice(start + 1, end)}:` : "";
      before = "";
      start = end + 1;
      continue;
    }
    const space = packed.lastIndexOf(" ", end - 1);
    const moves: number[] = [];
    for (let i = space + 1; i + digits < end; i += 1 + digits) {
      let hundredths = 0;
      for (let d = 1; d <= digits; d++) hundredths = hundredths * 36 + digit(i + d);
      moves.push(digit(i), (hundredths - offset) / 100);
    }
    const name = frontCoded ? before.slice(0, digit(start)) + packed.slice(start + 1, space) : packed.slice(start, space);
    before = name;
    weights[kind + name] = moves;
    start = end + 1;
  }
  return weights;
}

/** Slots replaced by what they are: the model learns the words around them, not their values. */
const SLOTS: readonly [RegExp, string][] = [
  [/\b[\w.+-]+@[\w-]+\.[\w.]+\b/g, " zemail "],
  [/(?:\+33 ?|\b0)[1-9](?:[ .-]?\d{2}){4}\b/g, " zphone "],
  [/\b\d{6} ?- ?[a-z0-9]{5}\b/g, " zrequest "],
  [/\b[a-z]{2,3}\d{4,5}[a-z]?\b/g, " zdiploma "],
  [/\b[a-z]{3} ?-? ?\d{3}[a-z]?\b/g, " zcode "],
  [/\b\d{1,2}(?:[.,]\d{1,2})? ?(?:\/ ?20|sur 20|out of 20)\b/g, " zgrade20 "],
  [/\b\d{1,3} ?-? ?(?:credits? ects|credits?|ects|ect|cr)\b/g, " zects "],
  [/\b\d{1,2}h\d{2}\b/g, " zclock "],
  [/\b\d{1,3} ?-? ?(?:heures?|hours?|hrs?|hr|h)\b/g, " zhours "],
  [/\b\d{1,2}[.,]\d{1,2}\b/g, " zdecimal "],
  [/\b(?:1[0-9]|20|[0-9])\b/g, " zsmall "],
  [/\b\d+\b/g, " znumber "],
];

/** The message as the model reads it: folded, phone spellings expanded, slots named. */
function normalized(text: string): string[] {
  let folded = numberWordsToDigits(foldText(text).replace(/['"]/g, " "));
  for (const [pattern, name] of SLOTS) folded = folded.replace(pattern, name);
  return folded
    .split(/[^a-z0-9?]+|(?=\?)/)
    .flatMap((word) => (ABBREVIATIONS[word] ?? word).split(" "))
    .filter((word) => word.length > 0);
}

/**
 * The features of a message: its words, their first five letters (a crude stem that survives French
 * endings and typos at the end of a word), pairs of neighbouring words, and `extra` clues (the rules'
 * own choice, which the model learns when to trust).
 */
export function routeFeatures(text: string, extra: readonly string[] = []): string[] {
  const words = normalized(text);
  const features = new Set<string>(extra);
  let previous = "^";
  for (const word of words) {
    features.add(`w:${word}`);
    if (word.length > 5) features.add(`p:${word.slice(0, 5)}`);
    features.add(`b:${previous}_${word}`);
    previous = word;
  }
  features.add(`b:${previous}_$`);
  const codes = words.filter((word) => word === "zcode").length;
  if (codes >= 2) features.add("n:codes2");
  features.add(`n:len${Math.min(4, Math.floor(words.length / 8))}`);
  return [...features];
}

/** Each route's probability for a message's features, in the model's route order. */
export function routeProbabilities(model: RouteModel, features: readonly string[]): number[] {
  const scores = [...model.bias];
  for (const feature of features) {
    const moves = model.weights[feature];
    if (!moves) continue;
    for (let i = 0; i < moves.length; i += 2) scores[moves[i] as number] = (scores[moves[i] as number] as number) + (moves[i + 1] as number);
  }
  const top = Math.max(...scores);
  const exps = scores.map((score) => Math.exp(score - top));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

export interface RoutePrediction {
  route: Route;
  probability: number;
  /** Every route's probability, by route. */
  of: (route: Route) => number;
}

export function predictRoute(model: RouteModel, features: readonly string[]): RoutePrediction {
  const probabilities = routeProbabilities(model, features);
  let best = 0;
  for (let i = 1; i < probabilities.length; i++) if ((probabilities[i] as number) > (probabilities[best] as number)) best = i;
  return {
    route: model.routes[best] as Route,
    probability: probabilities[best] as number,
    of: (route) => probabilities[model.routes.indexOf(route)] ?? 0,
  };
}

/** When the learned route overrules the rules' choice: it must be this sure of its own route... */
export const ROUTE_CONFIDENCE = 0.7;
/** ...and give the rules' route less than this. */
export const RULE_ROUTE_DOUBT = 0.2;

/**
 * The route that overrules the rules' (`ruleRoute`, "unknown" when they and retrieval found nothing
 * close enough), or undefined when the rules' choice stands.
 */
export function overrulingRoute(learned: RoutePrediction, ruleRoute: Route | "unknown", sureAnswer = false): Route | undefined {
  // The content's own way of asking (an answer retrieval is sure of) stands: admins edit the content after the model is trained.
  if (sureAnswer) return undefined;
  // Nothing close enough and « not for me » get the same reply: an honest decline with the advisor.
  const asLearned = ruleRoute === "unknown" ? "decline" : ruleRoute;
  if (learned.route === asLearned || learned.probability < ROUTE_CONFIDENCE || learned.of(asLearned) >= RULE_ROUTE_DOUBT) return undefined;
  if (ruleRoute === "unknown" && learned.route === "unit-not-held") return undefined;
  // A question the content answers is never turned into a refusal, nor into someone's record (a visitor's « mes crédits » is the rule).
  if (ruleRoute === "content" && learned.route === "decline") return undefined;
  if (learned.route === "progress") return undefined;
  return learned.route;
}

/** From this score, a retrieval answer is the content's own way of asking: the learned route does not overrule it. */
export const SURE_ANSWER = 0.9;

export interface LabeledMessage {
  features: string[];
  route: Route;
}

export interface TrainingOptions {
  epochs?: number;
  learningRate?: number;
  /** L2 penalty per step. */
  l2?: number;
  /** Weights smaller than this are dropped from the stored model (it is loaded at cold start). */
  prune?: number;
  /** Features seen fewer times than this are ignored. */
  minCount?: number;
}

/**
 * Multinomial logistic regression by stochastic gradient descent, deterministic (a fixed shuffle),
 * pruned and rounded for storage.
 */
export function trainRouteModel(samples: readonly LabeledMessage[], options: TrainingOptions = {}): RouteModel {
  const { epochs = 30, learningRate = 0.3, l2 = 1e-4, prune = 0.1, minCount = 2 } = options;
  const routes = [...ROUTES];
  const k = routes.length;
  const counts = new Map<string, number>();
  for (const sample of samples) for (const feature of sample.features) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [feature, count] of counts) if (count >= minCount) index.set(feature, index.size);
  const w = new Float64Array(index.size * k);
  const bias = new Float64Array(k);
  const encoded = samples.map((sample) => ({ features: sample.features.flatMap((f) => (index.has(f) ? [index.get(f) as number] : [])), y: routes.indexOf(sample.route) }));
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const order = encoded.map((_, i) => i);
  const scores = new Float64Array(k);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    const rate = learningRate / (1 + epoch * 0.1);
    for (const n of order) {
      const sample = encoded[n] as { features: number[]; y: number };
      for (let c = 0; c < k; c++) {
        let s = bias[c] as number;
        for (const f of sample.features) s += w[f * k + c] as number;
        scores[c] = s;
      }
      let top = -Infinity;
      for (let c = 0; c < k; c++) top = Math.max(top, scores[c] as number);
      let sum = 0;
      for (let c = 0; c < k; c++) sum += scores[c] = Math.exp((scores[c] as number) - top);
      for (let c = 0; c < k; c++) {
        const gradient = (scores[c] as number) / sum - (c === sample.y ? 1 : 0);
        bias[c] = (bias[c] as number) - rate * gradient;
        for (const f of sample.features) w[f * k + c] = (w[f * k + c] as number) * (1 - rate * l2) - rate * gradient;
      }
    }
  }
  const weights: Record<string, number[]> = {};
  for (const [feature, f] of index) {
    const moves: number[] = [];
    for (let c = 0; c < k; c++) {
      const value = w[f * k + c] as number;
      if (Math.abs(value) >= prune) moves.push(c, Math.round(value * 100) / 100);
    }
    if (moves.length) weights[feature] = moves;
  }
  return { version: 1, routes, bias: [...bias].map((b) => Math.round(b * 100) / 100), weights };
}
