import { DomainError } from "../errors";
import { bitCount, type Problem } from "./planning.problem";

/**
 * The exact search over items × semesters. A state is the set of items done before a semester
 * (passed, or planned in an earlier semester); a move is what one semester takes: items, each with
 * one of its offerings, without clashes, exclusions or more evenings (or credits, or units) than allowed.
 *
 * Whether a plan fits in H semesters with at most E evenings a week is decided depth first over
 * maximal moves only (moves no further useful item could join): taking more sooner never hurts a
 * plan's existence. What prunes: lower bounds (the chain of prerequisites and terms still ahead; the
 * evenings, credits or units the remaining ones need at the least over what a semester holds);
 * deadlines (with H semesters, an all-of unit is taken by the last one, its prerequisites before
 * it); states already known to fail. Among the plans of fewest semesters and evenings, the cheapest
 * in credits, then in offerings outside the learner's preferred modalities, is found by branch and
 * bound, which stops at once when the first plan already meets the lower bound (the usual case).
 *
 * The hot paths work in preallocated typed arrays: a plan is searched many times over (relaxations
 * included) within one turn, and garbage would cost more than the search.
 */

export type ItemSet = Uint32Array;

export function hasItem(set: ItemSet, i: number): boolean {
  return ((set[i >>> 5]! >>> (i & 31)) & 1) === 1;
}

function withItems(set: ItemSet, items: readonly number[]): ItemSet {
  const next = set.slice();
  for (const i of items) next[i >>> 5]! |= 1 << (i & 31);
  return next;
}

/** One semester's move: items with the option each follows. */
export interface Move {
  readonly items: readonly number[];
  readonly options: readonly number[];
  readonly days: number;
}

export interface SearchPlan {
  readonly moves: readonly Move[];
  /** Credits of the items taken, then offerings outside the preferred modalities. */
  readonly credits: number;
  readonly penalty: number;
}

export interface SearchLimits {
  /** Semesters the plan may use at most. */
  readonly cap: number;
  /** Evenings a week at most (a semester of kept enrolments may take more: they are kept). */
  readonly evenings: number;
}

/** Search steps before a search gives up; the planner then says its plan is not proven best. */
export const SEARCH_BUDGET = 400_000;

/** The search ran out of steps: a fault of the size of the problem, caught by the planner. */
export class SearchBudgetError extends DomainError {}

const EPSILON = 1e-9;
const ALL_DAYS = 0x3f;

/** Lower bounds from a state. */
export interface Bounds {
  /** Semesters still needed, from the state's semester (0: requirements met; Infinity: never). */
  readonly semesters: number;
  readonly credits: number;
  readonly penalty: number;
}

const NEVER: Bounds = { semesters: Infinity, credits: Infinity, penalty: Infinity };

export class PlanSearch {
  private readonly n: number;
  private readonly nOptions: number;
  private readonly firstTerm: 0 | 1;
  /** Option ids per term (0: S1, 1: S2) and item. */
  private readonly termOptions: readonly [readonly (readonly number[])[], readonly (readonly number[])[]];
  private readonly optionDays: Int32Array;
  private readonly optionPenalty: Int32Array;
  private readonly itemEcts: Float64Array;
  private readonly itemLimitEcts: Float64Array;
  private readonly itemLimitUnits: Float64Array;
  private readonly itemMinLoad: Float64Array;
  private readonly itemMinPenalty: Int32Array;
  private readonly usable: Uint8Array;
  private readonly mandatoryItem: Uint8Array;
  private readonly dependents: readonly number[][];
  private readonly choicesOf: readonly number[][];
  /** Units that unlock others, longer chains first: tried first when ordering moves. */
  private readonly urgency: Float64Array;
  private readonly maxCommittedDays: number;
  /** canBlock[i * n + j]: some offering of j clashes with one of i, or the two exclude each other. */
  private readonly canBlock: Uint8Array;

  // Scratch space, reused call after call (no call below is re-entered while another runs).
  private readonly takeAt: Float64Array;
  private readonly stamp: Uint32Array;
  private epoch = 0;
  private readonly holder: Int32Array;
  private readonly visited: Uint32Array;
  private visitEpoch = 0;
  private readonly touched: Int32Array;
  private readonly marks: Uint32Array;
  private markEpoch = 0;
  private readonly stack: Int32Array;
  private readonly bufAt: Float64Array;
  private readonly bufLoad: Float64Array;
  private readonly bufEcts: Float64Array;
  private readonly bufLimit: Float64Array;
  private readonly bufUnits: Float64Array;
  private readonly bufPenalty: Float64Array;
  private readonly bufIndex: Int32Array;
  private readonly scratchSet: Uint32Array;
  private readonly levels: Level[] = [];

  private steps = 0;

  constructor(private readonly problem: Problem) {
    const n = problem.items.length;
    this.n = n;
    this.nOptions = problem.options.length;
    this.firstTerm = problem.firstSemester.term === "S1" ? 0 : 1;
    this.termOptions = [problem.items.map((item) => item.options.S1.map((o) => o.id)), problem.items.map((item) => item.options.S2.map((o) => o.id))];
    this.optionDays = Int32Array.from(problem.options, (o) => o.days);
    this.optionPenalty = Int32Array.from(problem.options, (o) => o.penalty);
    this.itemEcts = Float64Array.from(problem.items, (item) => item.unit.ects);
    this.itemLimitEcts = Float64Array.from(problem.items, (item) => item.limitEcts);
    this.itemLimitUnits = Float64Array.from(problem.items, (item) => item.limitUnits);
    this.itemMinLoad = Float64Array.from(problem.items, (item) => item.minLoad);
    this.itemMinPenalty = Int32Array.from(problem.items, (item) => Math.min(1, ...item.options.S1.map((o) => o.penalty), ...item.options.S2.map((o) => o.penalty)));
    this.usable = Uint8Array.from(problem.items, (item) => (item.usable ? 1 : 0));
    this.mandatoryItem = Uint8Array.from(problem.items, (item) => (problem.allItems.has(item.index) ? 1 : 0));
    this.dependents = problem.items.map(() => []);
    for (const item of problem.items) for (const p of new Set([...item.allOf, ...item.anyOf.flat()])) this.dependents[p]!.push(item.index);
    this.choicesOf = problem.items.map((item) => problem.choices.flatMap((choice, c) => (choice.items.includes(item.index) ? [c] : [])));
    this.urgency = new Float64Array(n);
    const depth = (i: number, seen: Set<number>): number => {
      if (seen.has(i)) return 0;
      seen.add(i);
      let d = 0;
      for (const next of this.dependents[i]!) d = Math.max(d, depth(next, seen) + 1);
      seen.delete(i);
      return d;
    };
    for (const item of problem.items) {
      const terms = (item.options.S1.length > 0 ? 1 : 0) + (item.options.S2.length > 0 ? 1 : 0);
      this.urgency[item.index] = depth(item.index, new Set()) * 4 + (this.mandatoryItem[item.index] ? 2 : 0) + (terms === 1 ? 1 : 0);
    }
    let most = 0;
    for (const [index, items] of problem.committed) {
      let days = 0;
      for (const i of items) days |= this.optionDays[this.termOptions[this.termAt(index)][i]![0] ?? 0] ?? 0;
      most = Math.max(most, bitCount(days));
    }
    this.maxCommittedDays = most;
    this.canBlock = new Uint8Array(n * n);
    for (let a = 0; a < this.nOptions; a++) {
      for (let b = 0; b < this.nOptions; b++) {
        if (problem.clash[a * this.nOptions + b]) this.canBlock[problem.options[a]!.item * n + problem.options[b]!.item] = 1;
      }
    }
    for (let i = 0; i < n * n; i++) if (problem.excluded[i]) this.canBlock[i] = 1;

    this.takeAt = new Float64Array(n);
    this.stamp = new Uint32Array(n);
    this.holder = new Int32Array(n).fill(-1);
    this.visited = new Uint32Array(n);
    this.touched = new Int32Array(n);
    this.marks = new Uint32Array(n);
    this.stack = new Int32Array(n);
    this.bufAt = new Float64Array(n);
    this.bufLoad = new Float64Array(n);
    this.bufEcts = new Float64Array(n);
    this.bufLimit = new Float64Array(n);
    this.bufUnits = new Float64Array(n);
    this.bufPenalty = new Float64Array(n);
    this.bufIndex = new Int32Array(n);
    this.scratchSet = new Uint32Array(problem.words);
  }

  /** Steps of the last search. */
  get explored(): number {
    return this.steps;
  }

  private termAt(index: number): 0 | 1 {
    return ((this.firstTerm + index) & 1) as 0 | 1;
  }

  private tick(): void {
    if (++this.steps > SEARCH_BUDGET) throw new SearchBudgetError(`the planning search stopped after ${SEARCH_BUDGET} steps`);
  }

  // ---- requirements -------------------------------------------------------------------------

  /** Whether item i counts for choice c: in the set, and not given to another choice. */
  private counts(i: number, set: ItemSet, owner: Int32Array | undefined, c: number): boolean {
    return hasItem(set, i) && (owner === undefined || owner[i]! < 0 || owner[i] === c);
  }

  /** Augmenting path from group g of choice c (distinct groups: one item per group, one group per item). */
  private augment(c: number, g: number, set: ItemSet, owner: Int32Array | undefined, touchedCount: { value: number }): boolean {
    for (const i of this.problem.choices[c]!.groups[g]!) {
      if (this.visited[i] === this.visitEpoch || !this.counts(i, set, owner, c)) continue;
      this.visited[i] = this.visitEpoch;
      const h = this.holder[i]!;
      if (h < 0 || this.augment(c, h, set, owner, touchedCount)) {
        if (h < 0) this.touched[touchedCount.value++] = i;
        this.holder[i] = g;
        return true;
      }
    }
    return false;
  }

  /** What choice c still needs from the items of the set that count for it: units (by count) or credits. */
  private need(c: number, set: ItemSet, owner?: Int32Array): number {
    const choice = this.problem.choices[c]!;
    if (choice.pick !== undefined) {
      if (choice.distinct) {
        const touchedCount = { value: 0 };
        let filled = 0;
        for (let g = 0; g < choice.groups.length && filled < choice.pick; g++) {
          this.visitEpoch++;
          if (this.augment(c, g, set, owner, touchedCount)) filled++;
        }
        for (let t = 0; t < touchedCount.value; t++) this.holder[this.touched[t]!] = -1;
        return choice.pick - filled;
      }
      let have = 0;
      for (const i of choice.items) if (this.counts(i, set, owner, c)) have++;
      return choice.pick - have;
    }
    let credits = 0;
    for (const i of choice.items) if (this.counts(i, set, owner, c)) credits += this.itemEcts[i]!;
    return choice.ects - credits;
  }

  /**
   * Whether a set of items meets every requirement: each all-of unit, then the choices, each unit
   * counting toward one requirement only (all-of first, as diplomaProgress counts them).
   */
  meets(set: ItemSet): boolean {
    const problem = this.problem;
    for (const requirement of problem.all) for (const i of requirement.items) if (!hasItem(set, i)) return false;
    if (!problem.sharedChoices) {
      for (let c = 0; c < problem.choices.length; c++) if (this.need(c, set) > 0) return false;
      return true;
    }
    // A unit two choices name counts for one of them: try each way of sharing them out.
    const shared = [...new Set(problem.choices.flatMap((choice) => choice.items))].filter((i) => hasItem(set, i) && this.choicesOf[i]!.length > 1);
    const owner = new Int32Array(this.n).fill(-1);
    const tryFrom = (k: number): boolean => {
      if (k === shared.length) {
        for (let c = 0; c < problem.choices.length; c++) if (this.need(c, set, owner) > 0) return false;
        return true;
      }
      const i = shared[k]!;
      for (const c of this.choicesOf[i]!) {
        owner[i] = c;
        if (tryFrom(k + 1)) return true;
      }
      owner[i] = -1;
      return false;
    };
    return tryFrom(0);
  }

  /** Whether the requirements can be met at all with the units the learner may take. */
  possible(): boolean {
    const all = this.problem.start.slice();
    for (const item of this.problem.items) if (item.usable || item.committedAt !== undefined) all[item.index >>> 5]! |= 1 << (item.index & 31);
    return this.meets(all);
  }

  // ---- bounds -------------------------------------------------------------------------------

  /** The earliest semester index ≥ s at which item i can be taken (s - 1 for an item done). */
  private earliest(i: number, s: number, done: ItemSet): number {
    if (this.stamp[i] === this.epoch) return this.takeAt[i]!;
    this.stamp[i] = this.epoch;
    // Marked before the prerequisites are visited: a cycle (which the catalog refuses) reads as never.
    this.takeAt[i] = Infinity;
    const item = this.problem.items[i]!;
    let value = Infinity;
    if (hasItem(done, i)) value = s - 1;
    else if (item.committedAt !== undefined) value = item.committedAt >= s ? item.committedAt : Infinity;
    else if (this.usable[i]) {
      let base = s;
      for (const p of item.allOf) base = Math.max(base, this.earliest(p, s, done) + 1);
      for (const group of item.anyOf) {
        let best = Infinity;
        for (const p of group) best = Math.min(best, this.earliest(p, s, done) + 1);
        base = Math.max(base, best);
      }
      if (Number.isFinite(base)) {
        if (this.termOptions[this.termAt(base)][i]!.length > 0) value = base;
        else if (this.termOptions[this.termAt(base + 1)][i]!.length > 0) value = base + 1;
      }
    }
    this.takeAt[i] = value;
    return value;
  }

  /**
   * Lower bounds from semester s with the items done: the semester by which the last requirement
   * can be met (prerequisite chains, terms), the evenings the remaining units take at the least
   * over what a semester holds, their credits over the ECTS limit, their number over the limit of
   * units; credits and penalty at the least.
   */
  bounds(s: number, done: ItemSet, evenings: number): Bounds {
    const problem = this.problem;
    this.epoch++;
    this.markEpoch++;
    let end = s - 1;
    let load = 0;
    let credits = 0;
    let limitCredits = 0;
    let limitUnits = 0;
    let penalty = 0;
    // The all-of units left and, transitively, their all-of prerequisites: taken in any plan.
    let top = 0;
    for (const requirement of problem.all) {
      for (const i of requirement.items) {
        if (hasItem(done, i) || this.marks[i] === this.markEpoch) continue;
        this.marks[i] = this.markEpoch;
        this.stack[top++] = i;
      }
    }
    for (let t = 0; t < top; t++) {
      for (const p of problem.items[this.stack[t]!]!.allOf) {
        if (hasItem(done, p) || this.marks[p] === this.markEpoch) continue;
        this.marks[p] = this.markEpoch;
        this.stack[top++] = p;
      }
    }
    for (let t = 0; t < top; t++) {
      const i = this.stack[t]!;
      end = Math.max(end, this.earliest(i, s, done));
      load += this.itemMinLoad[i]!;
      credits += this.itemEcts[i]!;
      limitCredits += this.itemLimitEcts[i]!;
      limitUnits += this.itemLimitUnits[i]!;
      penalty += this.itemMinPenalty[i]!;
    }
    const mandatory = (i: number) => this.marks[i] === this.markEpoch;
    for (let c = 0; c < problem.choices.length; c++) {
      const choice = problem.choices[c]!;
      const need = this.need(c, done);
      if (need <= 0) continue;
      if (choice.pick !== undefined) {
        // By count: the need-th earliest unit (one per group for distinct groups), the lightest ones.
        let m = 0;
        const consider = (members: readonly number[]) => {
          let a = Infinity;
          let l = Infinity;
          let e = Infinity;
          let x = Infinity;
          let u = Infinity;
          let p = Infinity;
          for (const i of members) {
            if (hasItem(done, i)) continue;
            a = Math.min(a, this.earliest(i, s, done));
            const free = mandatory(i);
            l = Math.min(l, free ? 0 : this.itemMinLoad[i]!);
            e = Math.min(e, free ? 0 : this.itemEcts[i]!);
            x = Math.min(x, free ? 0 : this.itemLimitEcts[i]!);
            u = Math.min(u, free ? 0 : this.itemLimitUnits[i]!);
            p = Math.min(p, free ? 0 : this.itemMinPenalty[i]!);
          }
          if (a === Infinity) return;
          this.bufAt[m] = a;
          this.bufLoad[m] = l;
          this.bufEcts[m] = e;
          this.bufLimit[m] = x;
          this.bufUnits[m] = u;
          this.bufPenalty[m] = p;
          m++;
        };
        if (choice.distinct) for (const group of choice.groups) consider(group);
        else for (const i of choice.items) consider([i]);
        if (m < need) return NEVER;
        end = Math.max(end, this.bufAt.subarray(0, m).sort()[need - 1]!);
        load += sumSmallest(this.bufLoad, m, need);
        credits += sumSmallest(this.bufEcts, m, need);
        limitCredits += sumSmallest(this.bufLimit, m, need);
        limitUnits += sumSmallest(this.bufUnits, m, need);
        penalty += sumSmallest(this.bufPenalty, m, need);
      } else {
        // By credits: the semester by which enough credits can be taken; the least load per credit.
        let m = 0;
        for (const i of choice.items) {
          if (hasItem(done, i) || this.itemEcts[i]! <= 0 || !Number.isFinite(this.earliest(i, s, done))) continue;
          this.bufIndex[m++] = i;
        }
        const open = this.bufIndex;
        insertionSort(open, m, (i) => this.takeAt[i]!);
        let sum = 0;
        let reached = Infinity;
        for (let t = 0; t < m && reached === Infinity; t++) {
          sum += this.itemEcts[open[t]!]!;
          if (sum >= need) reached = this.takeAt[open[t]!]!;
        }
        if (reached === Infinity) return NEVER;
        end = Math.max(end, reached);
        load += this.fractional(m, need, (i) => (mandatory(i) ? 0 : this.itemMinLoad[i]!));
        limitCredits += this.fractional(m, need, (i) => (mandatory(i) ? 0 : this.itemLimitEcts[i]!));
        // The fewest units that make the credits, a unit taken in part: the big ones first.
        limitUnits += this.fractional(m, need, (i) => (mandatory(i) ? 0 : this.itemLimitUnits[i]!));
        penalty += 0;
        credits += need;
      }
    }
    if (!Number.isFinite(end)) return NEVER;
    const perSemester = Math.max(evenings, this.maxCommittedDays);
    const byEvenings = load > EPSILON ? (perSemester === 0 ? Infinity : Math.ceil(load / perSemester - EPSILON)) : 0;
    // A semester of kept enrolments holds them whatever the limits: what they take over a limit is
    // room that semester has and no other, taken off before the rest is shared out at the limit.
    let overEcts = 0;
    let overUnits = 0;
    for (const [index, items] of problem.committed) {
      if (index < s) continue;
      let ects = 0;
      let units = 0;
      for (const i of items) {
        if (hasItem(done, i)) continue;
        ects += this.itemLimitEcts[i]!;
        units += this.itemLimitUnits[i]!;
      }
      overEcts += Math.max(0, ects - problem.maxEcts);
      overUnits += Math.max(0, units - problem.maxUnits);
    }
    const byCredits = limitCredits - overEcts > EPSILON ? Math.ceil((limitCredits - overEcts) / problem.maxEcts - EPSILON) : 0;
    const byUnits = limitUnits - overUnits > EPSILON ? Math.ceil((limitUnits - overUnits) / problem.maxUnits - EPSILON) : 0;
    return { semesters: Math.max(end - s + 1, byEvenings, byCredits, byUnits), credits, penalty };
  }

  /** The least cost of `need` credits among the first m items of bufIndex, items divisible. */
  private fractional(m: number, need: number, cost: (i: number) => number): number {
    const order = this.bufIndex.slice(0, m);
    insertionSort(order, m, (i) => cost(i) / this.itemEcts[i]!);
    let left = need;
    let total = 0;
    for (let t = 0; t < m && left > 0; t++) {
      const i = order[t]!;
      const part = Math.min(left, this.itemEcts[i]!);
      total += (cost(i) * part) / this.itemEcts[i]!;
      left -= part;
    }
    return left > 0 ? Infinity : total;
  }

  // ---- moves --------------------------------------------------------------------------------

  /** The scratch of one semester's move generation: one per depth, as a parent's survives its children's. */
  private level(s: number): Level {
    while (this.levels.length <= s) this.levels.push(new Level(this.n, this.problem.choices.length));
    return this.levels[s]!;
  }

  /** Marks the items worth taking from a state: the requirements' open units and the prerequisites they need. */
  private markUseful(done: ItemSet, useful: Uint8Array): void {
    const problem = this.problem;
    useful.fill(0);
    let top = 0;
    const mark = (i: number) => {
      if (useful[i] || hasItem(done, i)) return;
      useful[i] = 1;
      this.stack[top++] = i;
    };
    for (const requirement of problem.all) for (const i of requirement.items) mark(i);
    for (let c = 0; c < problem.choices.length; c++) if (this.need(c, done) > 0) for (const i of problem.choices[c]!.items) mark(i);
    while (top > 0) {
      const item = problem.items[this.stack[--top]!]!;
      for (const p of item.allOf) mark(p);
      for (const group of item.anyOf) {
        let met = false;
        for (const p of group) if (hasItem(done, p)) met = true;
        if (!met) for (const p of group) mark(p);
      }
    }
  }

  /** Every move of semester s (see moveBatches). */
  moves(s: number, done: ItemSet, evenings: number, maximal: boolean, deadlines?: Int32Array, last = false): Move[] {
    const all: Move[] = [];
    for (const batch of this.moveBatches(s, done, evenings, maximal, deadlines, last)) all.push(...batch);
    return all;
  }

  /**
   * The moves of semester s, in batches, one per set of days (the most urgent first), so that a
   * search can stop at the first move that leads to a plan. `maximal`: only moves no candidate could
   * join (to decide existence). Otherwise every move, each set of items once with its least penalty,
   * but none that leaves out an all-of unit it could take at its least penalty (taking it now costs
   * nothing more). A choice's own units are never taken beyond what it still needs: an optimal plan
   * takes no unit it does not count, and a plan that exists needs none. With deadlines, a unit due
   * now is taken now; `last`: the move must complete the requirements.
   */
  *moveBatches(s: number, done: ItemSet, evenings: number, maximal: boolean, deadlines?: Int32Array, last = false): Generator<Move[]> {
    const problem = this.problem;
    const term = this.termAt(s);
    const byTerm = this.termOptions[term];
    const scratch = this.level(s);
    const { useful, candidates, choiceOnly, blockable, due, walk, inMove, chosenItems, chosenOptions, taken, needs } = scratch;
    this.markUseful(done, useful);
    let k = 0;
    for (let i = 0; i < this.n; i++) {
      const item = problem.items[i]!;
      if (!useful[i] || !this.usable[i] || item.committedAt !== undefined || byTerm[i]!.length === 0) continue;
      let ready = true;
      for (const p of item.allOf) if (!hasItem(done, p)) ready = false;
      for (const group of item.anyOf) {
        let met = false;
        for (const p of group) if (hasItem(done, p)) met = true;
        if (!met) ready = false;
      }
      if (ready) candidates[k++] = i;
    }
    for (let c = 0; c < problem.choices.length; c++) {
      needs[c] = this.need(c, done);
      taken[c] = 0;
    }
    const finiteCredits = Number.isFinite(problem.maxEcts);
    const finiteUnits = Number.isFinite(problem.maxUnits);
    for (let j = 0; j < k; j++) {
      const i = candidates[j]!;
      let only = !problem.sharedChoices && !this.mandatoryItem[i];
      if (only) for (const d of this.dependents[i]!) if (useful[d]) only = false;
      choiceOnly[j] = only ? 1 : 0;
      due[j] = deadlines !== undefined && deadlines[i]! <= s ? 1 : 0;
    }

    const n = this.nOptions;
    const clash = problem.clash;
    const excluded = problem.excluded;
    let size = 0;
    let found = new Map<string, Move & { penalty: number }>();
    const seen = new Set<string>();
    let eveningLimit = evenings;
    let creditLimit = problem.maxEcts;
    let unitLimit = problem.maxUnits;
    let daysBlock = false;
    // The candidates walked, as positions in `candidates`: those with an offering on the days chosen.
    let w = 0;

    const fits = (option: number, days: number, ects: number, units: number, i: number): boolean => {
      if (bitCount(days | this.optionDays[option]!) > eveningLimit) return false;
      if (ects + this.itemLimitEcts[i]! > creditLimit) return false;
      if (units + this.itemLimitUnits[i]! > unitLimit) return false;
      for (let t = 0; t < size; t++) if (clash[option * n + chosenOptions[t]!] || excluded[i * this.n + chosenItems[t]!]) return false;
      return true;
    };
    const allowed = (j: number): boolean => {
      if (!choiceOnly[j]) return true;
      for (const c of this.choicesOf[candidates[j]!]!) if (taken[c]! < needs[c]!) return true;
      return false;
    };
    const count = (j: number, sign: number) => {
      if (!choiceOnly[j]) return;
      const i = candidates[j]!;
      for (const c of this.choicesOf[i]!) taken[c]! += sign * (problem.choices[c]!.pick !== undefined ? 1 : this.itemEcts[i]!);
    };
    const push = (i: number, o: number) => {
      chosenItems[size] = i;
      chosenOptions[size] = o;
      size++;
      inMove[i] = 1;
    };
    const pop = () => {
      size--;
      inMove[chosenItems[size]!] = 0;
    };
    const record = (days: number, ects: number, units: number, penalty: number) => {
      for (let j = 0; j < k; j++) {
        const i = candidates[j]!;
        if (inMove[i] || !allowed(j)) continue;
        for (const o of byTerm[i]!) {
          // Maximal: nothing joins. Otherwise: no all-of unit joins at its least penalty.
          if (!maximal && !(this.mandatoryItem[i] && this.optionPenalty[o] === this.itemMinPenalty[i])) continue;
          if (fits(o, days, ects, units, i)) return;
        }
      }
      if (last) {
        const set = this.scratchSet;
        set.set(done);
        for (let t = 0; t < size; t++) set[chosenItems[t]! >>> 5]! |= 1 << (chosenItems[t]! & 31);
        if (!this.meets(set)) return;
      }
      let key = "";
      for (let t = 0; t < size; t++) key += `${chosenItems[t]},`;
      if (seen.has(key) && !found.has(key)) return;
      const known = found.get(key);
      if (!known || penalty < known.penalty) {
        found.set(key, { items: Array.from(chosenItems.subarray(0, size)), options: Array.from(chosenOptions.subarray(0, size)), days, penalty });
      }
    };
    const choose = (x: number, days: number, ects: number, units: number, penalty: number, dayFilter: number): void => {
      this.tick();
      if (x === w) return record(days, ects, units, penalty);
      const j = walk[x]!;
      const i = candidates[j]!;
      let fitsNow = false;
      if (allowed(j)) {
        for (const o of byTerm[i]!) {
          if ((this.optionDays[o]! & ~dayFilter) !== 0 || !fits(o, days, ects, units, i)) continue;
          fitsNow = true;
          push(i, o);
          count(j, 1);
          choose(x + 1, days | this.optionDays[o]!, ects + this.itemLimitEcts[i]!, units + this.itemLimitUnits[i]!, penalty + this.optionPenalty[o]!, dayFilter);
          count(j, -1);
          pop();
        }
      }
      // A unit at its deadline is taken now or never; a unit nothing could keep out is taken.
      if (due[j] || (maximal && fitsNow && !blockable[x] && !daysBlock)) return;
      choose(x + 1, days, ects, units, penalty, dayFilter);
    };
    /** Walks the candidates with an offering within the days; false when a unit due now has none. */
    const prepare = (dayFilter: number): boolean => {
      w = 0;
      for (let j = 0; j < k; j++) {
        let within = false;
        for (const o of byTerm[candidates[j]!]!) if ((this.optionDays[o]! & ~dayFilter) === 0) within = true;
        if (within) walk[w++] = j;
        else if (due[j]) return false;
      }
      // Whether a later candidate could still keep candidate x out of the move: without one, a move
      // that skips x while x fits is not maximal, and the branch is cut.
      for (let x = 0; x < w; x++) {
        const j = walk[x]!;
        const i = candidates[j]!;
        let can = 0;
        for (let y = x + 1; y < w && !can; y++) {
          const l = walk[y]!;
          const other = candidates[l]!;
          if (this.canBlock[i * this.n + other]) can = 1;
          else if (finiteCredits && this.itemLimitEcts[i]! > 0 && this.itemLimitEcts[other]! > 0) can = 1;
          else if (finiteUnits && this.itemLimitUnits[i]! > 0 && this.itemLimitUnits[other]! > 0) can = 1;
          else if (choiceOnly[j] && choiceOnly[l]) for (const c of this.choicesOf[i]!) if (this.choicesOf[other]!.includes(c)) can = 1;
        }
        blockable[x] = can;
      }
      return true;
    };
    const batch = (): Move[] => {
      const moves: Move[] = [];
      for (const [key, { items, options, days }] of found) {
        seen.add(key);
        moves.push({ items, options, days });
      }
      found = new Map();
      return moves;
    };

    // Kept enrolments come first, in each way their offerings allow; they may already take more
    // evenings, credits or units than the limits: they stay.
    const forced = (problem.committed.get(s) ?? []).filter((i) => !hasItem(done, i));
    const starts: { items: number[]; options: number[]; days: number; ects: number; units: number; penalty: number }[] = [];
    const placeForced = (f: number, items: number[], options: number[], days: number, ects: number, units: number, penalty: number): void => {
      if (f === forced.length) return void starts.push({ items, options, days, ects, units, penalty });
      const i = forced[f]!;
      for (const o of byTerm[i]!) {
        placeForced(f + 1, [...items, i], [...options, o], days | this.optionDays[o]!, ects + this.itemLimitEcts[i]!, units + this.itemLimitUnits[i]!, penalty + this.optionPenalty[o]!);
      }
    };
    placeForced(0, [], [], 0, 0, 0, 0);
    for (const start of starts) {
      size = 0;
      for (let t = 0; t < start.items.length; t++) push(start.items[t]!, start.options[t]!);
      eveningLimit = Math.max(evenings, bitCount(start.days));
      creditLimit = Math.max(problem.maxEcts, start.ects);
      unitLimit = Math.max(problem.maxUnits, start.units);
      let offered = start.days;
      for (let j = 0; j < k; j++) for (const o of byTerm[candidates[j]!]!) offered |= this.optionDays[o]!;
      // Days are the scarce resource: a maximal move uses as many as allowed, so they are chosen
      // first, the most urgent first, and only the candidates that fit them are packed.
      if (!maximal || bitCount(offered) <= eveningLimit) {
        daysBlock = false;
        if (prepare(ALL_DAYS)) choose(0, start.days, start.ects, start.units, start.penalty, ALL_DAYS);
        yield batch();
      } else {
        const sets = daySets(offered, start.days, eveningLimit);
        const weight = sets.map((set) => {
          let sum = 0;
          for (let j = 0; j < k; j++) if (byTerm[candidates[j]!]!.some((o) => (this.optionDays[o]! & ~set) === 0)) sum += this.urgency[candidates[j]!]! + 1;
          return sum;
        });
        const order = sets.map((_, index) => index).sort((x, y) => weight[y]! - weight[x]!);
        for (const index of order) {
          const set = sets[index]!;
          daysBlock = bitCount(set) < eveningLimit;
          if (prepare(set)) choose(0, start.days, start.ects, start.units, start.penalty, set);
          const moves = batch();
          if (moves.length > 0) yield moves;
        }
      }
      for (let t = 0; t < start.items.length; t++) pop();
    }
  }

  private creditsOf(move: Move): number {
    let sum = 0;
    for (const i of move.items) sum += this.itemEcts[i]!;
    return sum;
  }

  private penaltyOf(move: Move): number {
    let sum = 0;
    for (const o of move.options) sum += this.optionPenalty[o]!;
    return sum;
  }

  private urgencyOf(move: Move): number {
    let sum = 0;
    for (const i of move.items) sum += this.urgency[i]! + 1;
    return sum;
  }

  // ---- searches -----------------------------------------------------------------------------

  /**
   * The last semester index at which each item can be taken for a plan of `cap` semesters: the
   * all-of units by the last one, their prerequisites a semester before the units that need them,
   * each moved back to a semester of a term that offers it. Others have none (`cap`).
   */
  deadlines(cap: number): Int32Array {
    const problem = this.problem;
    const latest = new Int32Array(this.n).fill(cap);
    const fit = (i: number, at: number): number => {
      const item = problem.items[i]!;
      if (item.committedAt !== undefined) return Math.min(at, item.committedAt);
      let k = at;
      while (k >= 0 && !item.ua && this.termOptions[this.termAt(k)][i]!.length === 0) k--;
      return k;
    };
    const visit = (i: number, at: number, depth: number) => {
      if (problem.items[i]!.done) return;
      const value = fit(i, at);
      if (value >= latest[i]! || depth > this.n) return;
      latest[i] = value;
      for (const p of problem.items[i]!.allOf) visit(p, value - 1, depth + 1);
    };
    for (const requirement of problem.all) for (const i of requirement.items) visit(i, cap - 1, 0);
    return latest;
  }

  /** Whether an item with a deadline, not done, is past it. */
  private late(s: number, done: ItemSet, deadlines: Int32Array): boolean {
    for (let i = 0; i < this.n; i++) if (deadlines[i]! < s && !hasItem(done, i)) return true;
    return false;
  }

  /**
   * A plan within the limits, or undefined when there is none: depth first over maximal moves,
   * those that unlock the most first, failures remembered by state.
   */
  feasible(limits: SearchLimits): SearchPlan | undefined {
    this.steps = 0;
    const failed = new Set<string>();
    const deadlines = this.deadlines(limits.cap);
    const dfs = (s: number, done: ItemSet): Move[] | undefined => {
      this.tick();
      if (this.meets(done)) return [];
      if (s >= limits.cap || this.late(s, done, deadlines)) return undefined;
      if (s + this.bounds(s, done, limits.evenings).semesters > limits.cap) return undefined;
      const key = `${s}:${done.join(",")}`;
      if (failed.has(key)) return undefined;
      for (const moves of this.moveBatches(s, done, limits.evenings, true, deadlines, s === limits.cap - 1)) {
        const score = new Map(moves.map((m) => [m, this.urgencyOf(m)]));
        moves.sort((a, b) => score.get(b)! - score.get(a)! || bitCount(a.days) - bitCount(b.days) || this.penaltyOf(a) - this.penaltyOf(b));
        for (const move of moves) {
          const rest = dfs(s + 1, withItems(done, move.items));
          if (rest) return [move, ...rest];
        }
      }
      failed.add(key);
      return undefined;
    };
    const moves = dfs(0, this.problem.start);
    return moves ? this.priced(moves) : undefined;
  }

  private priced(moves: readonly Move[]): SearchPlan {
    let credits = 0;
    let penalty = 0;
    for (const move of moves) {
      credits += this.creditsOf(move);
      penalty += this.penaltyOf(move);
    }
    return { moves, credits, penalty };
  }

  /**
   * The plan of least credits, then least penalty, within the limits, from a plan that meets them:
   * branch and bound, cut by the lower bounds and by the best cost reached at each state.
   */
  cheapest(limits: SearchLimits, first: SearchPlan): SearchPlan {
    const problem = this.problem;
    const costOf = (credits: number, penalty: number) => credits * 1024 + penalty;
    const floor = this.bounds(0, problem.start, limits.evenings);
    let best = first;
    let bestCost = costOf(first.credits, first.penalty);
    if (bestCost <= costOf(floor.credits, floor.penalty)) return best;
    this.steps = 0;
    const seen = new Map<string, number>();
    const deadlines = this.deadlines(limits.cap);
    const path: Move[] = [];
    const dfs = (s: number, done: ItemSet, credits: number, penalty: number): void => {
      this.tick();
      const cost = costOf(credits, penalty);
      if (this.meets(done)) {
        if (cost < bestCost) {
          bestCost = cost;
          best = this.priced([...path]);
        }
        return;
      }
      if (s >= limits.cap || this.late(s, done, deadlines)) return;
      const b = this.bounds(s, done, limits.evenings);
      if (s + b.semesters > limits.cap || cost + costOf(b.credits, b.penalty) >= bestCost) return;
      const key = `${s}:${done.join(",")}`;
      if ((seen.get(key) ?? Infinity) <= cost) return;
      seen.set(key, cost);
      const moves = this.moves(s, done, limits.evenings, false, deadlines, s === limits.cap - 1).map((move) => ({ move, credits: this.creditsOf(move), penalty: this.penaltyOf(move) }));
      moves.sort((a, b) => a.credits - b.credits || a.penalty - b.penalty);
      for (const { move, credits: c, penalty: p } of moves) {
        path.push(move);
        dfs(s + 1, withItems(done, move.items), credits + c, penalty + p);
        path.pop();
      }
    };
    dfs(0, problem.start, 0, 0);
    return best;
  }
}

/** The sets of `size` days among `offered` that contain `required` (fewer when fewer are offered). */
function daySets(offered: number, required: number, size: number): number[] {
  const free: number[] = [];
  for (let bit = 0; bit < 6; bit++) if (offered & (1 << bit) && !(required & (1 << bit))) free.push(1 << bit);
  const wanted = Math.max(0, Math.min(size - bitCount(required), free.length));
  const sets: number[] = [];
  const pick = (from: number, chosen: number, left: number) => {
    if (left === 0) return void sets.push(chosen);
    for (let i = from; i <= free.length - left; i++) pick(i + 1, chosen | free[i]!, left - 1);
  };
  pick(0, required, wanted);
  return sets;
}

/** The sum of the `count` smallest of the first m values (sorts them in place). */
function sumSmallest(values: Float64Array, m: number, count: number): number {
  const part = values.subarray(0, m).sort();
  let sum = 0;
  for (let i = 0; i < count; i++) sum += part[i]!;
  return sum;
}

function insertionSort(items: Int32Array, m: number, key: (i: number) => number): void {
  for (let a = 1; a < m; a++) {
    const value = items[a]!;
    const k = key(value);
    let b = a - 1;
    while (b >= 0 && key(items[b]!) > k) {
      items[b + 1] = items[b]!;
      b--;
    }
    items[b + 1] = value;
  }
}

/** The scratch arrays of one depth of the search. */
class Level {
  readonly useful: Uint8Array;
  readonly candidates: Int32Array;
  readonly choiceOnly: Uint8Array;
  readonly blockable: Uint8Array;
  readonly due: Uint8Array;
  readonly walk: Int32Array;
  readonly inMove: Uint8Array;
  readonly chosenItems: Int32Array;
  readonly chosenOptions: Int32Array;
  readonly taken: Float64Array;
  readonly needs: Float64Array;

  constructor(n: number, choices: number) {
    this.useful = new Uint8Array(n);
    this.candidates = new Int32Array(n);
    this.choiceOnly = new Uint8Array(n);
    this.blockable = new Uint8Array(n);
    this.due = new Uint8Array(n);
    this.walk = new Int32Array(n);
    this.inMove = new Uint8Array(n);
    this.chosenItems = new Int32Array(n);
    this.chosenOptions = new Int32Array(n);
    this.taken = new Float64Array(choices);
    this.needs = new Float64Array(choices);
  }
}
