import { FlowNetwork, solveMinCostFlow } from './minCostFlow';

describe('solveMinCostFlow', () => {
  it('routes supply over the cheapest paths and certifies it with the Lagrangian bound', () => {
    // s=0 supplies 4, t=3 demands 4; two routes of capacity 2 and 3 with costs 1+1 and 3+1.
    const net = new FlowNetwork(4, 5);
    const a = net.addArc(0, 1, 2, 1);
    const b = net.addArc(0, 2, 3, 3);
    const c = net.addArc(1, 3, 5, 1);
    const d = net.addArc(2, 3, 5, 1);
    net.supply[0] = 4;
    net.supply[3] = -4;
    const result = solveMinCostFlow(net);
    expect([a, b, c, d].map((k) => result.flow(k))).toEqual([2, 2, 2, 2]);
    expect(result.cost).toBe(2 * 2 + 2 * 4);
    expect(result.lowerBound).toBe(result.cost);
  });

  it('handles negative costs via Bellman-Ford potentials and reroutes flow through reverse arcs', () => {
    // Classic augmenting-path case: the second unit must undo part of the first path.
    //   0 -> 1 (-5), 0 -> 2 (-1), 1 -> 3 (0), 1 -> 4 (0), 2 -> 3 (0); demand 1 at 3 and 1 at 4, but
    //   1 -> 4 is the only way to 4, so 1 must serve 4 and 2 serves 3.
    const net = new FlowNetwork(5, 5);
    const e01 = net.addArc(0, 1, 1, -5);
    const e02 = net.addArc(0, 2, 1, -1);
    const e13 = net.addArc(1, 3, 1, 0);
    const e14 = net.addArc(1, 4, 1, 0);
    const e23 = net.addArc(2, 3, 1, 0);
    net.supply[0] = 2;
    net.supply[3] = -1;
    net.supply[4] = -1;
    const result = solveMinCostFlow(net);
    expect(result.cost).toBe(-6);
    expect([e01, e02, e13, e14, e23].map((k) => result.flow(k))).toEqual([1, 1, 0, 1, 1]);
    expect(result.lowerBound).toBe(-6);
  });

  it('rejects initial potentials that violate reduced-cost optimality', () => {
    const net = new FlowNetwork(2, 1);
    net.addArc(0, 1, 1, -3);
    net.supply[0] = 1;
    net.supply[1] = -1;
    expect(() => solveMinCostFlow(net, { initialPotentials: new Float64Array(2) })).toThrow(/negative reduced cost/);
  });

  it('reports infeasible supply', () => {
    const net = new FlowNetwork(3, 1);
    net.addArc(0, 1, 1, 0);
    net.supply[0] = 1;
    net.supply[2] = -1;
    expect(() => solveMinCostFlow(net)).toThrow(/cannot reach any demand/);
  });
});
