import { IndexedMinHeap } from './indexedHeap';

/**
 * Exact min-cost flow by successive shortest paths with node potentials (Ahuja, Magnanti & Orlin,
 * ch. 9.7), Dijkstra on reduced costs with an indexed binary heap.
 *
 * Nodes carry supplies b(v) (> 0 supply, < 0 demand). Each iteration takes a node with remaining
 * supply (round-robin, in the given order), grows a Dijkstra tree from it *only until the first node
 * with remaining demand is settled*, moves the potentials of the settled nodes, and augments along the
 * tree path. Stopping early is what makes this fast on allocation graphs: with good potentials the
 * cheapest way out of an attendee is usually its best open opportunity, a handful of heap operations,
 * instead of a sweep over all 300k arcs.
 *
 * Invariant (reduced-cost optimality): every residual arc (u, v) has
 *   c(u, v) + pi(u) - pi(v) >= 0.
 * After the search, with D the distance of the settled demand node, pi(v) += d(v) - D for settled v
 * (others unchanged) keeps the invariant and makes the augmenting path tight (reduced cost 0), so the
 * reverse arcs it creates also satisfy it. When all supply is shipped, the flow is a min-cost flow.
 *
 * Costs and capacities must be integers (exactly representable: |values| well below 2^53); the
 * allocation layer scales scores to integers for this reason.
 *
 * Memory: arcs are stored in pairs (2k forward, 2k+1 reverse) in typed arrays, CSR adjacency; no
 * per-arc objects. Reverse arcs are only listed while they carry flow (see ResidualAdjacency).
 */
export class FlowNetwork {
  readonly supply: Float64Array;
  private readonly from: Int32Array;
  private readonly to: Int32Array;
  private readonly cap: Float64Array;
  private readonly cost: Float64Array;
  private arcPairs = 0;

  constructor(
    readonly nodeCount: number,
    readonly maxArcs: number,
  ) {
    this.supply = new Float64Array(nodeCount);
    this.from = new Int32Array(maxArcs);
    this.to = new Int32Array(maxArcs);
    this.cap = new Float64Array(maxArcs);
    this.cost = new Float64Array(maxArcs);
  }

  get arcCount(): number {
    return this.arcPairs;
  }

  /** Adds arc from -> to; returns its id, to read its flow from the result. */
  addArc(from: number, to: number, capacity: number, cost: number): number {
    if (this.arcPairs >= this.maxArcs) throw new RangeError('FlowNetwork: more arcs than maxArcs');
    const id = this.arcPairs++;
    this.from[id] = from;
    this.to[id] = to;
    this.cap[id] = capacity;
    this.cost[id] = cost;
    return id;
  }

  arcFrom(id: number): number {
    return this.from[id];
  }
  arcTo(id: number): number {
    return this.to[id];
  }
  arcCapacity(id: number): number {
    return this.cap[id];
  }
  arcCost(id: number): number {
    return this.cost[id];
  }
}

export interface MinCostFlowResult {
  /** Total cost of the flow (sum of cost x flow over arcs). */
  readonly cost: number;
  /** Final node potentials (a dual solution). */
  readonly potentials: Float64Array;
  /**
   * Lagrangian lower bound on the min cost from the final potentials:
   *   LB(pi) = -sum_v pi(v) b(v) + sum_arcs cap * min(0, c + pi(u) - pi(v)).
   * Valid for any pi (weak duality), equal to `cost` when the flow is optimal: a certificate that
   * does not trust the search code.
   */
  readonly lowerBound: number;
  /** Number of augmenting paths (for diagnostics). */
  readonly augmentations: number;
  flow(arcId: number): number;
}

export interface MinCostFlowOptions {
  /** Potentials with non-negative reduced cost on every arc; computed by Bellman-Ford if absent. */
  readonly initialPotentials?: Float64Array;
  /** Order in which supply nodes are served (round-robin). Default: node index order. */
  readonly supplyOrder?: Int32Array;
}

export function solveMinCostFlow(net: FlowNetwork, options: MinCostFlowOptions = {}): MinCostFlowResult {
  const n = net.nodeCount;
  const m = net.arcCount;
  // Residual graph in paired form: arc 2k is arc k, 2k+1 its reverse.
  const head = new Int32Array(2 * m);
  const rcap = new Float64Array(2 * m);
  const rcost = new Float64Array(2 * m);
  for (let k = 0; k < m; k++) {
    head[2 * k] = net.arcTo(k);
    head[2 * k + 1] = net.arcFrom(k);
    rcap[2 * k] = net.arcCapacity(k);
    rcost[2 * k] = net.arcCost(k);
    rcost[2 * k + 1] = -net.arcCost(k);
  }
  const pi = options.initialPotentials ? Float64Array.from(options.initialPotentials) : bellmanFord(net);
  for (let k = 0; k < m; k++) {
    if (rcap[2 * k] > 0 && rcost[2 * k] + pi[net.arcFrom(k)] - pi[net.arcTo(k)] < 0) {
      throw new RangeError(`solveMinCostFlow: initial potentials give arc ${k} a negative reduced cost`);
    }
  }
  const residual = new ResidualAdjacency(net, pi);

  const excess = Float64Array.from(net.supply);
  // Heap ids 0..n-1 are nodes (key = tentative distance); id n+u is the "scan cursor" of settled node
  // u (key = lower bound on the distance through u's next unscanned forward arc).
  const dist = new Float64Array(2 * n);
  const cursor = new Int32Array(n);
  const parentArc = new Int32Array(n);
  const reached = new Int32Array(n); // epoch stamp: dist/parent valid this search
  const settled = new Int32Array(n); // epoch stamp
  const settledList = new Int32Array(n);
  const heap = new IndexedMinHeap(2 * n, dist);
  const { fwd, fwdKey, fwdStart } = residual;
  let epoch = 0;
  /** Best demand node reached in the current search (-1: none yet). */
  let target = -1;
  /** Arc relaxations since the potentials were last made exact (see refreshPotentials). */
  let work = 0;

  const relax = (u: number, e: number): void => {
    work++;
    const v = head[e];
    if (settled[v] === epoch) return;
    const nd = dist[u] + rcost[e] + pi[u] - pi[v];
    if (reached[v] !== epoch || nd < dist[v]) {
      reached[v] = epoch;
      dist[v] = nd;
      parentArc[v] = e;
      heap.pushOrDecrease(v);
      if (excess[v] < 0 && (target < 0 || nd < dist[target])) target = v;
    }
  };
  const refresh = new PotentialRefresh(n, head, rcap, rcost, residual);
  /**
   * Relax u's live forward arcs from position p while their lower bound does not exceed the current
   * frontier (the heap minimum), then park u's cursor in the heap at the next arc's bound. Batching
   * up to the frontier keeps the laziness from costing a heap round trip per arc.
   */
  const scan = (u: number, p: number): void => {
    const end = fwdStart[u + 1];
    const base = dist[u] + pi[u];
    const frontier = heap.size > 0 ? heap.minKey() : Infinity;
    for (; p < end; p++) {
      const e = fwd[p];
      if (rcap[e] <= 0) continue;
      if (base + fwdKey[p] > frontier) break;
      relax(u, e);
    }
    cursor[u] = p;
    if (p < end) {
      dist[n + u] = Math.max(dist[u], base + fwdKey[p]);
      heap.pushOrDecrease(n + u);
    }
  };

  // Round-robin queue of supply nodes (each appears at most once at a time).
  const queue = new Int32Array(n + 1);
  let qHead = 0;
  let qTail = 0;
  const enqueue = (v: number): void => {
    queue[qTail] = v;
    qTail = qTail === n ? 0 : qTail + 1;
  };
  const order = options.supplyOrder;
  if (order) {
    for (let i = 0; i < order.length; i++) if (excess[order[i]] > 0) enqueue(order[i]);
  } else {
    for (let v = 0; v < n; v++) if (excess[v] > 0) enqueue(v);
  }

  let augmentations = 0;
  while (qHead !== qTail) {
    const s = queue[qHead];
    qHead = qHead === n ? 0 : qHead + 1;

    // Searches grow as potentials go stale; once they have cost about a full sweep since the last
    // refresh, make the potentials exact distances to demand again (one sweep), then carry on.
    if (work > 2 * (n + 2 * m)) {
      refresh.run(pi, excess);
      work = 0;
    }

    // Dijkstra from s on reduced costs until the first demand node is settled.
    epoch++;
    let settledCount = 0;
    let t = -1;
    target = -1;
    dist[s] = 0;
    parentArc[s] = -1;
    reached[s] = epoch;
    heap.pushOrDecrease(s);
    while (heap.size > 0) {
      // A demand node no farther than the frontier is final: stop now rather than after popping every
      // node tied with it (with exact potentials whole regions sit at reduced distance 0).
      if (target >= 0 && dist[target] <= heap.minKey()) {
        t = target;
        settled[t] = epoch;
        settledList[settledCount++] = t;
        break;
      }
      const id = heap.pop();
      if (id >= n) {
        // Lazy scan: relax u's next forward arc only now that the frontier has reached its bound.
        const u = id - n;
        relax(u, fwd[cursor[u]]);
        scan(u, cursor[u] + 1);
        continue;
      }
      const u = id;
      settled[u] = epoch;
      settledList[settledCount++] = u;
      if (excess[u] < 0) {
        t = u;
        break;
      }
      // Reverse arcs that carry flow (few) eagerly; forward arcs lazily, best bound first.
      for (let p = residual.revStart[u], end = p + residual.revCount[u]; p < end; p++) relax(u, residual.rev[p]);
      scan(u, fwdStart[u]);
    }
    heap.clear();
    if (t < 0) throw new RangeError(`solveMinCostFlow: supply at node ${s} cannot reach any demand`);

    const D = dist[t];
    for (let i = 0; i < settledCount; i++) {
      const v = settledList[i];
      pi[v] += dist[v] - D;
    }

    let delta = Math.min(excess[s], -excess[t]);
    for (let v = t; v !== s; v = head[parentArc[v] ^ 1]) delta = Math.min(delta, rcap[parentArc[v]]);
    for (let v = t; v !== s; v = head[parentArc[v] ^ 1]) {
      const e = parentArc[v];
      rcap[e] -= delta;
      rcap[e ^ 1] += delta;
      // Keep the "reverse arcs with flow" lists exact: arc k's reverse is live iff flow(k) > 0.
      if ((e & 1) === 0) {
        if (rcap[e ^ 1] === delta) residual.activate(e ^ 1);
      } else if (rcap[e] === 0) {
        residual.deactivate(e);
      }
    }
    excess[s] -= delta;
    excess[t] += delta;
    augmentations++;
    if (excess[s] > 0) enqueue(s);
  }

  // Cost and Lagrangian bound from the final state.
  let cost = 0;
  let lowerBound = 0;
  for (let v = 0; v < n; v++) lowerBound -= pi[v] * net.supply[v];
  for (let k = 0; k < m; k++) {
    const flow = rcap[2 * k + 1];
    cost += flow * rcost[2 * k];
    const reduced = rcost[2 * k] + pi[net.arcFrom(k)] - pi[net.arcTo(k)];
    if (reduced < 0) lowerBound += net.arcCapacity(k) * reduced;
  }
  return {
    cost,
    potentials: pi,
    lowerBound,
    augmentations,
    flow: (arcId: number) => rcap[2 * arcId + 1],
  };
}

/**
 * Makes the potentials exact again: r(v) = reduced distance from v to the nearest demand node, by one
 * backward Dijkstra from all demand nodes over the residual arcs, then pi(v) -= r(v) (nodes that
 * cannot reach demand move by the largest r). Reduced costs stay non-negative (r(u) <= c(u,v) + r(v))
 * and potentials still never increase (r >= 0), which the lazy scan relies on. Afterwards shortest
 * paths are exactly the tight arcs, so the next searches settle little more than their own path.
 * This is the SSP analogue of a primal-dual phase, run only when searches have become expensive.
 */
class PotentialRefresh {
  private readonly r: Float64Array;
  private readonly done: Uint8Array;
  private readonly heap: IndexedMinHeap;

  constructor(
    private readonly n: number,
    private readonly head: Int32Array,
    private readonly rcap: Float64Array,
    private readonly rcost: Float64Array,
    private readonly residual: ResidualAdjacency,
  ) {
    this.r = new Float64Array(n);
    this.done = new Uint8Array(n);
    this.heap = new IndexedMinHeap(n, this.r);
  }

  run(pi: Float64Array, excess: Float64Array): void {
    const { n, head, rcap, rcost, residual, r, done, heap } = this;
    r.fill(Infinity);
    done.fill(0);
    for (let v = 0; v < n; v++) {
      if (excess[v] < 0) {
        r[v] = 0;
        heap.pushOrDecrease(v);
      }
    }
    let farthest = 0;
    const relax = (u: number, v: number, e: number): void => {
      if (done[u]) return;
      const nr = r[v] + rcost[e] + pi[u] - pi[v];
      if (nr < r[u]) {
        r[u] = nr;
        heap.pushOrDecrease(u);
      }
    };
    while (heap.size > 0) {
      const v = heap.pop();
      done[v] = 1;
      farthest = r[v];
      // Residual arcs into v: forward arcs ending at v with room, reverse arcs of v's forward arcs
      // that carry flow.
      for (let p = residual.revStart[v], end = residual.revStart[v + 1]; p < end; p++) {
        const e = residual.inFwd[p];
        if (rcap[e] > 0) relax(head[e ^ 1], v, e);
      }
      for (let p = residual.fwdStart[v], end = residual.fwdStart[v + 1]; p < end; p++) {
        const e = residual.fwd[p] ^ 1;
        if (rcap[e] > 0) relax(head[e ^ 1], v, e);
      }
    }
    for (let v = 0; v < n; v++) pi[v] -= done[v] ? r[v] : farthest;
  }
}

/**
 * Feasible potentials for arbitrary (possibly negative) costs: shortest distances from a virtual root
 * joined to every node at cost 0, by round-based Bellman-Ford. Throws on a negative cycle.
 * Allocation passes its own O(arcs) potentials; this is for general use and tests.
 */
function bellmanFord(net: FlowNetwork): Float64Array {
  const n = net.nodeCount;
  const m = net.arcCount;
  const d = new Float64Array(n);
  for (let round = 0; round <= n; round++) {
    let changed = false;
    for (let k = 0; k < m; k++) {
      if (net.arcCapacity(k) <= 0) continue;
      const nd = d[net.arcFrom(k)] + net.arcCost(k);
      if (nd < d[net.arcTo(k)]) {
        d[net.arcTo(k)] = nd;
        changed = true;
      }
    }
    if (!changed) return d;
  }
  throw new RangeError('solveMinCostFlow: negative-cost cycle');
}

/**
 * Residual adjacency without the dead weight.
 *
 * Forward arcs are scanned lazily in order of key(e) = cost(e) - pi0(head(e)), pi0 the initial
 * potentials. Potentials never increase (pi(v) += d(v) - D with d(v) <= D), so the reduced cost
 * cost(e) + pi(u) - pi(head) >= key(e) + pi(u): a lower bound that grows along u's sorted list. The
 * search relaxes u's next arc only when the frontier reaches that bound, so a popular opportunity
 * with thousands of candidates is not swept in full each time it is visited (correct Dijkstra: when a
 * node is popped, every unscanned arc into it has a bound, hence a distance, no smaller).
 * An opportunity at a fair has ~250 incoming candidate
 * edges but at most `slots` of them carry flow; scanning all their reverse arcs on every visit was ~90%
 * of the solve time. So each node keeps its forward arcs in a static CSR list and, separately, only
 * the reverse arcs that currently have residual capacity (flow > 0 on the forward arc), in a
 * swap-remove list inside a CSR region sized by its in-degree.
 */
class ResidualAdjacency {
  readonly fwdStart: Int32Array;
  readonly fwd: Int32Array;
  /** key(fwd[p]), aligned with fwd. */
  readonly fwdKey: Float64Array;
  readonly revStart: Int32Array;
  readonly revCount: Int32Array;
  readonly rev: Int32Array;
  /** All forward arcs into each node (static; region revStart[v]..revStart[v+1]). */
  readonly inFwd: Int32Array;
  /** Position of reverse arc 2k+1 in `rev`, or -1 when inactive; indexed by k. */
  private readonly revPos: Int32Array;
  private readonly to: Int32Array;

  constructor(net: FlowNetwork, pi0: Float64Array) {
    const n = net.nodeCount;
    const m = net.arcCount;
    this.fwdStart = new Int32Array(n + 1);
    this.revStart = new Int32Array(n + 1);
    for (let k = 0; k < m; k++) {
      this.fwdStart[net.arcFrom(k) + 1]++;
      this.revStart[net.arcTo(k) + 1]++;
    }
    for (let v = 0; v < n; v++) {
      this.fwdStart[v + 1] += this.fwdStart[v];
      this.revStart[v + 1] += this.revStart[v];
    }
    this.fwd = new Int32Array(m);
    const fill = this.fwdStart.slice(0, n);
    for (let k = 0; k < m; k++) this.fwd[fill[net.arcFrom(k)]++] = 2 * k;
    this.fwdKey = new Float64Array(m);
    for (let p = 0; p < m; p++) {
      const k = this.fwd[p] >> 1;
      this.fwdKey[p] = net.arcCost(k) - pi0[net.arcTo(k)];
    }
    for (let v = 0; v < n; v++) this.sortSegment(this.fwdStart[v], this.fwdStart[v + 1]);
    this.inFwd = new Int32Array(m);
    const inFill = this.revStart.slice(0, n);
    for (let k = 0; k < m; k++) this.inFwd[inFill[net.arcTo(k)]++] = 2 * k;
    this.revCount = new Int32Array(n);
    this.rev = new Int32Array(m);
    this.revPos = new Int32Array(m).fill(-1);
    this.to = new Int32Array(m);
    for (let k = 0; k < m; k++) this.to[k] = net.arcTo(k);
  }

  /** Sort fwd[from..to) by (key, arc id); builders usually add arcs in order, so check first. */
  private sortSegment(from: number, to: number): void {
    let sorted = true;
    for (let p = from + 1; p < to && sorted; p++) {
      const kp = this.fwdKey[p];
      const kq = this.fwdKey[p - 1];
      sorted = kq < kp || (kq === kp && this.fwd[p - 1] < this.fwd[p]);
    }
    if (sorted) return;
    const idx = Array.from({ length: to - from }, (_, i) => from + i);
    idx.sort((x, y) => this.fwdKey[x] - this.fwdKey[y] || this.fwd[x] - this.fwd[y]);
    const arcs = idx.map((p) => this.fwd[p]);
    const keys = idx.map((p) => this.fwdKey[p]);
    this.fwd.set(arcs, from);
    this.fwdKey.set(keys, from);
  }

  /** Reverse arc e (odd) gained residual capacity. */
  activate(e: number): void {
    const k = e >> 1;
    if (this.revPos[k] >= 0) return;
    const v = this.headOfReverse(e);
    const p = this.revStart[v] + this.revCount[v]++;
    this.rev[p] = e;
    this.revPos[k] = p;
  }

  /** Reverse arc e (odd) lost its residual capacity. */
  deactivate(e: number): void {
    const k = e >> 1;
    const p = this.revPos[k];
    if (p < 0) return;
    const v = this.headOfReverse(e);
    const last = this.revStart[v] + --this.revCount[v];
    const moved = this.rev[last];
    this.rev[p] = moved;
    this.revPos[moved >> 1] = p;
    this.revPos[k] = -1;
  }

  /** The node reverse arc e leaves from: the head of its forward arc. */
  private headOfReverse(e: number): number {
    return this.to[e >> 1];
  }
}
