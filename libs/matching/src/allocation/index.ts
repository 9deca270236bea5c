export * from './types';
export { buildAllocationInput, validateAllocationInput } from './input';
export type { AllocationInputSpec, EdgeLike } from './input';
export { allocate, DEFAULT_SCORE_SCALE } from './allocate';
export { FlowNetwork, solveMinCostFlow } from './minCostFlow';
export type { MinCostFlowOptions, MinCostFlowResult } from './minCostFlow';
export { generateFairInstance, mulberry32 } from './generator';
